"""Sending SMS. Backends are chosen by the SMS_BACKEND setting: console (development),
locmem (tests), or an HTTP provider (configured by SMS_* settings, added with notifications)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SMSMessage:
    to: str
    body: str


class SMSBackend(Protocol):
    def send(self, message: SMSMessage) -> None: ...


class ConsoleSMSBackend:
    """Development: print the message where the developer sees it (codes included)."""

    def send(self, message: SMSMessage) -> None:
        logger.warning("SMS to %s: %s", message.to, message.body)


class LocmemSMSBackend:
    """Tests: keep messages in memory, like Django's locmem email backend."""

    outbox: list[SMSMessage] = []

    def send(self, message: SMSMessage) -> None:
        LocmemSMSBackend.outbox.append(message)


def get_backend() -> SMSBackend:
    backend: SMSBackend = import_string(settings.SMS_BACKEND)()
    return backend


def send_sms(*, to: str, body: str) -> None:
    get_backend().send(SMSMessage(to=to, body=body))
