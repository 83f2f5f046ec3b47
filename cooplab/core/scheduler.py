"""A small daily scheduler: settings.SCHEDULED_TASKS names tasks (dotted paths of django-tasks
tasks) and the local time after which they run each day. `manage.py scheduler` enqueues the
ones that are due; a ScheduledRun row per (job, day) guarantees once a day, even with several
schedulers or restarts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ScheduledRun


def due_jobs(now: dt.datetime | None = None) -> list[tuple[str, dict[str, Any]]]:
    local = timezone.localtime(now or timezone.now())
    jobs = []
    for name, spec in settings.SCHEDULED_TASKS.items():
        at = dt.time.fromisoformat(spec.get("at", "00:00"))
        if local.time() >= at:
            jobs.append((name, spec))
    return jobs


def run_due_jobs(now: dt.datetime | None = None) -> list[str]:
    """Enqueue each due job at most once per local day; return the names enqueued."""
    today = timezone.localtime(now or timezone.now()).date()
    enqueued = []
    for name, spec in due_jobs(now):
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(name=name, run_on=today)
                task = import_string(spec["task"])
                # Enqueued in the same transaction as the ScheduledRun row (the database task
                # backend writes a row too): both are saved, or neither and the next pass retries.
                task.enqueue()
        except IntegrityError:
            continue  # already enqueued today
        enqueued.append(name)
    return enqueued
