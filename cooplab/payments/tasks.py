"""Background work of payments (enqueued by the scheduler, settings.SCHEDULED_TASKS)."""

from __future__ import annotations

from django_tasks import task

from .card import reconcile_card_payments


@task()
def reconcile_payments_task() -> int:
    """Hourly: card payments without a final callback; cancel those whose order closed."""
    return len(reconcile_card_payments(older_than_minutes=60, cancel_expired=True))
