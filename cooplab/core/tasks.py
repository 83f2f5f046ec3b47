"""Kept for compatibility: tasks that the previous outbox enqueued (`send_email_task`,
`send_sms_task`). Nothing enqueues them any more (see cooplab.notifications); they stay so that
a worker upgraded while such tasks wait in its queue still runs them. Remove after a release."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django_tasks import task

from cooplab.notifications.sms import send_sms


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
