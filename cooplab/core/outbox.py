"""Queue messages to go out once the current transaction has committed."""

from __future__ import annotations

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction

from .tasks import send_email_task, send_sms_task


def email_send_after_commit(message: EmailMessage) -> None:
    html_body = None
    if isinstance(message, EmailMultiAlternatives):
        html_body = next(
            (str(content) for content, mimetype in message.alternatives if mimetype == "text/html"),
            None,
        )
    subject, body, to = str(message.subject), str(message.body), list(message.to)
    from_email = message.from_email
    transaction.on_commit(
        lambda: send_email_task.enqueue(
            subject=subject, body=body, to=to, from_email=from_email, html_body=html_body
        )
    )


def sms_send_after_commit(*, to: str, body: str) -> None:
    transaction.on_commit(lambda: send_sms_task.enqueue(to=to, body=body))
