from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from cooplab.core.models import ScheduledRun
from cooplab.core.scheduler import run_due_jobs


def _at(hour: int, day: int = 1) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, 0, tzinfo=timezone.get_current_timezone())


@pytest.mark.django_db(transaction=True)
def test_daily_jobs_run_once_a_day_after_their_time(settings):
    settings.SCHEDULED_TASKS = {
        "expiry": {
            "task": "cooplab.cooperatives.tasks.certifications_check_expiry_task",
            "at": "06:00",
        }
    }
    assert run_due_jobs(_at(5)) == []
    assert run_due_jobs(_at(7)) == ["expiry"]
    assert run_due_jobs(_at(23)) == []  # same day: already done
    assert run_due_jobs(_at(7, day=2)) == ["expiry"]
    assert ScheduledRun.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_periodic_jobs_run_once_per_slot(settings):
    settings.SCHEDULED_TASKS = {
        "retry": {"task": "cooplab.notifications.tasks.messages_retry_due", "every": 5}
    }
    start = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    assert run_due_jobs(start) == ["retry"]
    assert run_due_jobs(start + dt.timedelta(minutes=4)) == []  # same slot
    assert run_due_jobs(start + dt.timedelta(minutes=5)) == ["retry"]
    assert sorted(ScheduledRun.objects.values_list("name", flat=True)) == [
        "retry@10:00",
        "retry@10:05",
    ]
    # Rows of old slots are forgotten after two days.
    assert run_due_jobs(start + dt.timedelta(days=3)) == ["retry"]
    assert list(ScheduledRun.objects.values_list("name", flat=True)) == ["retry@10:00"]
