"""A small scheduler: settings.SCHEDULED_TASKS names tasks (dotted paths of django-tasks tasks)
and when they run, either daily after a local time (`"at": "06:00"`) or periodically
(`"every": 5`, minutes). `manage.py scheduler` enqueues the ones that are due; a ScheduledRun
row per run guarantees each run is enqueued once, even with several schedulers or restarts:
(job, local day) for daily jobs, ("job@HH:MM" slot, UTC day) for periodic ones."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ScheduledRun

#: Rows of periodic jobs are only needed while their slot may be run again: kept two days.
PERIODIC_ROWS_KEPT_DAYS = 2


def _jobs() -> dict[str, dict[str, Any]]:
    return cast(dict[str, dict[str, Any]], settings.SCHEDULED_TASKS)


def _run_key(name: str, spec: dict[str, Any], now: dt.datetime) -> tuple[str, dt.date] | None:
    """The (row name, day) of the run due at `now`, or None when the job is not due."""
    every = spec.get("every")
    if every:
        # UTC slots: a local clock change (Ramadan) can neither skip nor repeat a slot.
        utc = now.astimezone(dt.UTC)
        minutes = utc.hour * 60 + utc.minute
        slot = minutes - minutes % int(every)
        return f"{name}@{slot // 60:02d}:{slot % 60:02d}", utc.date()
    local = timezone.localtime(now)
    if local.time() >= dt.time.fromisoformat(spec.get("at", "00:00")):
        return name, local.date()
    return None


def due_jobs(now: dt.datetime | None = None) -> list[tuple[str, dict[str, Any]]]:
    now = now or timezone.now()
    return [(name, spec) for name, spec in _jobs().items() if _run_key(name, spec, now) is not None]


def run_due_jobs(now: dt.datetime | None = None) -> list[str]:
    """Enqueue each due run at most once; return the names of the jobs enqueued."""
    now = now or timezone.now()
    enqueued = []
    for name, spec in _jobs().items():
        key = _run_key(name, spec, now)
        if key is None:
            continue
        row_name, run_on = key
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(name=row_name, run_on=run_on)
                task = import_string(spec["task"])
                # Enqueued in the same transaction as the ScheduledRun row (the database task
                # backend writes a row too): both are saved, or neither and the next pass retries.
                task.enqueue()
        except IntegrityError:
            continue  # this run is already enqueued
        enqueued.append(name)
    _forget_old_periodic_runs(now)
    return enqueued


def _forget_old_periodic_runs(now: dt.datetime) -> None:
    cutoff = now.astimezone(dt.UTC).date() - dt.timedelta(days=PERIODIC_ROWS_KEPT_DAYS)
    ScheduledRun.objects.filter(name__contains="@", run_on__lt=cutoff).delete()
