"""Background work of payouts: the batch of drafts on batch days (idempotent)."""

from __future__ import annotations

from django_tasks import task

from . import services
from .selectors import is_payout_day, local_today


@task()
def payouts_batch_task() -> int:
    """On a batch day (Casablanca), create the drafts of that day's period; else nothing."""
    today = local_today()
    if not is_payout_day(today):
        return 0
    return len(services.batch_create(period=today))
