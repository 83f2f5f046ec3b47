"""Kept for compatibility: queue messages to go out once the current transaction has committed.
The outbox now lives in cooplab.notifications (durable rows, retries, staff page); new code
imports `email_send_after_commit`, `sms_send_after_commit`, `message_queue` and `notify` from
cooplab.notifications.services. Imported lazily: core must not load other apps' models when
it is imported."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django.core.mail import EmailMessage


def email_send_after_commit(message: EmailMessage, **options: Any) -> None:
    from cooplab.notifications.services import email_send_after_commit as queue_email

    queue_email(message, **options)


def sms_send_after_commit(*, to: str, body: str, **options: Any) -> None:
    from cooplab.notifications.services import sms_send_after_commit as queue_sms

    queue_sms(to=to, body=body, **options)
