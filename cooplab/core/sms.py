"""Kept for compatibility: SMS backends now live in cooplab.notifications.sms (an SMS_BACKEND
setting naming `cooplab.core.sms.…` still works). New code queues messages through
cooplab.notifications.services instead of sending directly."""

from __future__ import annotations

from cooplab.notifications.sms import (
    ConsoleSMSBackend,
    FileSMSBackend,
    HttpSMSBackend,
    LocmemSMSBackend,
    SMSBackend,
    SMSDeliveryError,
    SMSMessage,
    get_backend,
    send_sms,
)

__all__ = [
    "ConsoleSMSBackend",
    "FileSMSBackend",
    "HttpSMSBackend",
    "LocmemSMSBackend",
    "SMSBackend",
    "SMSDeliveryError",
    "SMSMessage",
    "get_backend",
    "send_sms",
]
