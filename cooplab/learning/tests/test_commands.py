from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from cooplab.accounts.tests.factories import UserFactory
from cooplab.core.scheduler import run_due_jobs
from cooplab.learning.models import Cohort, Course, LiveSession

pytestmark = pytest.mark.django_db


def test_load_starter_course_skips_when_content_module_is_missing():
    out = io.StringIO()
    call_command("load_starter_course", "--module", "cooplab.learning.content.nope", stdout=out)
    assert "not available yet" in out.getvalue()
    assert not Course.objects.exists()


def test_load_starter_course_with_demo_is_idempotent():
    UserFactory(email="formatrice@demo.example", groups=["trainers"])
    UserFactory(email="fatima.oubella@demo.example")
    for _ in range(2):
        call_command(
            "load_starter_course",
            "--module",
            "cooplab.learning.tests.course_fixture",
            "--demo",
            stdout=io.StringIO(),
        )
    course = Course.objects.get(slug="premiers-pas")
    assert course.version == 1
    assert Cohort.objects.get().memberships.count() == 1
    assert LiveSession.objects.count() == 1


def test_learning_jobs_run_once_a_day_from_the_scheduler():
    nine = timezone.localtime().replace(hour=9, minute=0)
    learning_jobs = {"learning_first_product_assignments", "learning_live_session_reminders"}
    assert learning_jobs <= set(run_due_jobs(nine))
    assert not learning_jobs & set(run_due_jobs(nine))
