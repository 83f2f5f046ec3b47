"""Background tasks of the cooperatives app."""

from __future__ import annotations

from django_tasks import task

from . import services


@task()
def certifications_check_expiry_task() -> dict[str, int]:
    """Daily: warn managers of labels expiring within 30 days (each warning sent once)."""
    return services.certifications_check_expiry()
