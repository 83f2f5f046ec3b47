"""Background work of orders: expiring unconfirmed parts, closing delivered ones. Both are
idempotent (a transition that already happened is skipped)."""

from __future__ import annotations

from django_tasks import task

from . import services


@task()
def parts_expire_task() -> int:
    return services.parts_expire()


@task()
def parts_complete_task() -> int:
    return services.parts_complete()
