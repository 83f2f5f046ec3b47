"""Demo training data for `seed_demo`: the starter course (when its content module exists),
a cohort of the demo trainer with the demo member and manager, and a live session next week.
Idempotent: found by name and title, never duplicated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils import timezone

from cooplab.accounts.models import User

from . import services
from .models import Cohort, Course, LiveSession

DEMO_TRAINER = "formatrice@demo.example"
DEMO_MEMBER_PHONE = "+212661000002"
DEMO_MANAGER = "fatima.oubella@demo.example"
DEMO_COHORT = "Cohorte démo – Souss-Massa"
DEMO_SESSION = "Session en direct : photographier ses produits"


def seed_learning_demo(*, course: Course, say: Callable[[str], None]) -> None:
    trainer = User.objects.filter(email=DEMO_TRAINER).first()
    if trainer is None:
        say("Training: no demo trainer (run seed_demo); demo cohort skipped.")
        return
    learners = list(
        User.objects.filter(phone=DEMO_MEMBER_PHONE) | User.objects.filter(email=DEMO_MANAGER)
    )
    if course.owner_id is None:
        course.owner = trainer
        course.save(update_fields=["owner"])
    cohort = Cohort.objects.filter(course=course, name=DEMO_COHORT).first()
    if cohort is None:
        today = timezone.localdate()
        cohort = services.cohort_create(
            course=course,
            actor=trainer,
            name=DEMO_COHORT,
            starts_on=today,
            ends_on=today + dt.timedelta(days=60),
        )
    for learner in learners:
        services.cohort_member_add(cohort=cohort, user=learner, actor=trainer)
    if not LiveSession.objects.filter(cohort=cohort, title=DEMO_SESSION).exists():
        next_week = timezone.localtime() + dt.timedelta(days=7)
        starts = next_week.replace(hour=15, minute=0, second=0, microsecond=0)
        services.live_session_create(
            cohort=cohort,
            actor=trainer,
            title=DEMO_SESSION,
            starts_at=starts,
            duration_minutes=60,
            join_url="https://meet.jit.si/cooplab-demo-photos",
        )
    say(f"Training: course “{course.slug}” (version {course.version}), cohort and session ready.")
