"""Background tasks of the core: outgoing email and SMS. Enqueued after commit, so nothing is
sent for a transaction that rolled back; each task only sends, so a retry resends at most one
message (email and SMS providers offer no exactly-once delivery anyway)."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django_tasks import task

from .sms import send_sms


@task()
def send_email_task(
    *,
    subject: str,
    body: str,
    to: list[str],
    from_email: str | None = None,
    html_body: str | None = None,
) -> None:
    message = EmailMultiAlternatives(subject=subject, body=body, to=to, from_email=from_email)
    if html_body:
        message.attach_alternative(html_body, "text/html")
    message.send()


@task()
def send_sms_task(*, to: str, body: str) -> None:
    send_sms(to=to, body=body)
