"""Cohorts, live sessions (reminders, calendar files, attendance) and lesson discussions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.cooperatives.models import Membership
from cooplab.core.audit import audit_log
from cooplab.core.outbox import email_send_after_commit, sms_send_after_commit

from ..access import is_course_trainer, is_staff, is_trainer
from ..models import (
    Attendance,
    Cohort,
    CohortMembership,
    Course,
    Enrolment,
    Lesson,
    LiveSession,
    Post,
)
from .learners import enrolment_create

REMINDER_WINDOW = dt.timedelta(hours=36)


def cohort_create(
    *,
    course: Course,
    actor: User,
    name: str,
    starts_on: dt.date | None = None,
    ends_on: dt.date | None = None,
    facilitator: User | None = None,
) -> Cohort:
    """Trainers open cohorts they facilitate; staff may name another trainer."""
    if not is_trainer(actor):
        raise PermissionDenied
    facilitator = facilitator or actor
    if facilitator.pk != actor.pk and not is_staff(actor):
        raise PermissionDenied
    if not is_trainer(facilitator):
        raise ValidationError({"facilitator": [_("The facilitator must be a trainer.")]})
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": [_("Give the cohort a name.")]})
    if starts_on and ends_on and ends_on < starts_on:
        raise ValidationError({"ends_on": [_("The end date is before the start date.")]})
    cohort = Cohort.objects.create(
        course=course, name=name, facilitator=facilitator, starts_on=starts_on, ends_on=ends_on
    )
    audit_log(action="learning.cohort_created", actor=actor, target=cohort)
    return cohort


def _cohort_manager(actor: User, cohort: Cohort) -> None:
    if not (is_staff(actor) or cohort.facilitator_id == actor.pk):
        raise PermissionDenied


def cohort_member_add(*, cohort: Cohort, user: User, actor: User) -> CohortMembership:
    """Add a member to a cohort (idempotent) and enrol them in the cohort's course."""
    _cohort_manager(actor, cohort)
    with transaction.atomic():
        membership, _created = CohortMembership.objects.get_or_create(cohort=cohort, user=user)
        if cohort.course.is_published:
            enrolment_create(course=cohort.course, user=user, actor=actor)
    return membership


def cohort_member_remove(*, cohort: Cohort, user: User, actor: User) -> None:
    _cohort_manager(actor, cohort)
    CohortMembership.objects.filter(cohort=cohort, user=user).delete()


def live_session_create(
    *,
    cohort: Cohort,
    actor: User,
    title: str,
    starts_at: dt.datetime,
    duration_minutes: int = 60,
    join_url: str = "",
) -> LiveSession:
    _cohort_manager(actor, cohort)
    if timezone.is_naive(starts_at):
        raise ValidationError({"starts_at": [_("Give the date and time of the session.")]})
    if not 5 <= duration_minutes <= 600:
        raise ValidationError({"duration_minutes": [_("A session lasts 5 to 600 minutes.")]})
    if join_url and not join_url.startswith("https://"):
        raise ValidationError({"join_url": [_("The link must start with https://.")]})
    session = LiveSession.objects.create(
        cohort=cohort,
        title=(title or "").strip() or cohort.name,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        join_url=join_url,
    )
    audit_log(action="learning.session_created", actor=actor, target=session)
    return session


def attendance_mark(
    *, session: LiveSession, actor: User, present_ids: Iterable[int], absent_ids: Iterable[int] = ()
) -> int:
    """Mark several people at once. The facilitator (or staff) marks anyone in the cohort
    present or absent; a cohort member on a shared phone marks herself and the cohort members
    of her own cooperative present. Returns the number of rows written."""
    cohort = session.cohort
    member_ids = set(cohort.memberships.values_list("user_id", flat=True))
    present, absent = set(present_ids), set(absent_ids)
    if is_staff(actor) or cohort.facilitator_id == actor.pk:
        allowed = member_ids
    elif actor.pk in member_ids:
        absent = set()
        my_cooperatives = Membership.objects.filter(user=actor, is_active=True).values(
            "cooperative_id"
        )
        colleagues = set(
            Membership.objects.filter(
                cooperative_id__in=my_cooperatives, is_active=True
            ).values_list("user_id", flat=True)
        )
        allowed = (colleagues & member_ids) | {actor.pk}
    else:
        raise PermissionDenied
    if not (present | absent) <= allowed:
        raise ValidationError(_("You may only mark members of this cohort you are allowed to."))
    written = 0
    with transaction.atomic():
        for user_id, is_present in [(i, True) for i in present] + [(i, False) for i in absent]:
            Attendance.objects.update_or_create(
                session=session,
                user_id=user_id,
                defaults={"present": is_present, "marked_by": actor},
            )
            written += 1
    return written


def session_ics(session: LiveSession) -> str:
    """An iCalendar file (RFC 5545) for one session; times in UTC."""

    def stamp(value: dt.datetime) -> str:
        return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    def escape(text: str) -> str:
        return (
            text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        )

    end = session.starts_at + dt.timedelta(minutes=session.duration_minutes)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//CoopLab//Training//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{session.public_id}@cooplab",
        f"DTSTAMP:{stamp(timezone.now())}",
        f"DTSTART:{stamp(session.starts_at)}",
        f"DTEND:{stamp(end)}",
        f"SUMMARY:{escape(session.title)}",
        f"DESCRIPTION:{escape(session.cohort.course.title)}",
    ]
    if session.join_url:
        lines += [f"URL:{session.join_url}", f"LOCATION:{escape(session.join_url)}"]
    lines += [
        "BEGIN:VALARM",
        "TRIGGER:-PT30M",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape(session.title)}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def live_session_send_reminders(now: dt.datetime | None = None) -> int:
    """Remind cohort members of sessions starting within the next 36 hours, once per session
    (a guarded update claims the session; messages leave after commit)."""
    now = now or timezone.now()
    due = LiveSession.objects.filter(
        reminder_sent_at__isnull=True, starts_at__gt=now, starts_at__lte=now + REMINDER_WINDOW
    ).select_related("cohort", "cohort__course")
    sent = 0
    for session in due:
        with transaction.atomic():
            claimed = LiveSession.objects.filter(
                pk=session.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if not claimed:
                continue
            people = User.objects.filter(
                cohort_memberships__cohort=session.cohort, is_active=True
            ).order_by("pk")
            for person in people:
                _remind(session, person)
                sent += 1
    return sent


def _remind(session: LiveSession, person: User) -> None:
    language = person.preferred_language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "session": session,
            "person": person,
            "starts": timezone.localtime(session.starts_at),
        }
        if person.email:
            email_send_after_commit(
                EmailMessage(
                    subject=render_to_string(
                        "learning/notifications/session_reminder_subject.txt", context
                    ).strip(),
                    body=render_to_string(
                        "learning/notifications/session_reminder_body.txt", context
                    ),
                    to=[person.email],
                )
            )
        elif person.phone:
            sms_send_after_commit(
                to=person.phone,
                body=render_to_string(
                    "learning/notifications/session_reminder_sms.txt", context
                ).strip(),
            )


# ---- discussion ------------------------------------------------------------------------------


def post_create(*, lesson: Lesson, author: User, body: str, parent: Post | None = None) -> Post:
    """A question under a lesson, or an answer. Enrolled learners and the course's trainers."""
    course = lesson.course
    trainer = is_course_trainer(author, course)
    if not trainer and not Enrolment.objects.filter(user=author, course=course).exists():
        raise PermissionDenied
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": [_("Write your message.")]})
    if len(body) > 4000:
        raise ValidationError({"body": [_("Your message is too long.")]})
    if parent is not None and (parent.lesson_id != lesson.pk or parent.parent_id is not None):
        raise ValidationError(_("You can only answer a question of this lesson."))
    return Post.objects.create(
        lesson=lesson, author=author, body=body, parent=parent, by_trainer=trainer
    )


def post_hide(*, post: Post, actor: User, hidden: bool = True) -> Post:
    if not is_course_trainer(actor, post.lesson.course):
        raise PermissionDenied
    post.is_hidden = hidden
    post.hidden_by = actor if hidden else None
    post.save(update_fields=["is_hidden", "hidden_by"])
    audit_log(
        action="learning.post_hidden" if hidden else "learning.post_shown",
        actor=actor,
        target=post,
    )
    return post
