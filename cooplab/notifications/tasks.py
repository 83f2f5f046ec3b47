"""Background work of the outbox: deliver one message; retry what needs it (scheduled every
few minutes by settings.SCHEDULED_TASKS["messages_retry"])."""

from __future__ import annotations

from django_tasks import task

from . import services


@task()
def deliver_message(*, message_id: int) -> str:
    return services.message_deliver(message_id=message_id)


@task()
def messages_retry_due() -> int:
    return len(services.messages_retry_due())
