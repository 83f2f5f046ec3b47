"""Background tasks of the learning app (daily jobs registered in settings.SCHEDULED_TASKS)."""

from __future__ import annotations

from django_tasks import task

from . import services


@task()
def first_product_assignments_task() -> int:
    """Daily: accept "list your first product" assignments whose cooperative has published."""
    return services.first_product_assignments_check()


@task()
def live_session_reminders_task() -> int:
    """Daily: remind cohort members of live sessions in the next 36 hours (once each)."""
    return services.live_session_send_reminders()
