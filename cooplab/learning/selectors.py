"""Reads for training pages, reports and the API. Query counts are fixed per page (tests)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from cooplab.accounts.models import User

from .models import (
    Cohort,
    Course,
    CourseStatus,
    Enrolment,
    Lesson,
    LessonCompletion,
    LessonKind,
    LiveSession,
    Module,
    Post,
    QuizAttempt,
    Submission,
    SubmissionStatus,
)


def visible_lessons() -> QuerySet[Lesson]:
    return Lesson.objects.filter(is_retired=False, published_in_version__isnull=False)


def course_catalogue() -> QuerySet[Course]:
    """Published courses with their number of visible lessons (one query)."""
    return (
        Course.objects.filter(status=CourseStatus.PUBLISHED)
        .annotate(
            lesson_count=Count(
                "lessons",
                filter=Q(lessons__is_retired=False, lessons__published_in_version__isnull=False),
            )
        )
        .order_by("title", "id")
    )


def course_public(*, slug: str) -> Course | None:
    return Course.objects.filter(slug=slug).select_related("owner").first()


def course_modules(*, course: Course, preview: bool = False) -> list[Module]:
    """Modules with their lessons (those learners see, or every current one in preview)."""
    lessons = Lesson.objects.filter(is_retired=False).order_by("position", "id")
    if not preview:
        lessons = lessons.filter(published_in_version__isnull=False)
    modules = (
        Module.objects.filter(course=course, is_retired=False)
        .order_by("position", "id")
        .prefetch_related(Prefetch("lessons", queryset=lessons, to_attr="shown_lessons"))
    )
    return [m for m in modules if getattr(m, "shown_lessons", None) or preview]


@dataclass
class Progress:
    done: set[int] = field(default_factory=set)
    required_total: int = 0
    required_done: int = 0
    resume: Lesson | None = None

    @property
    def percent(self) -> int:
        if not self.required_total:
            return 0
        return self.required_done * 100 // self.required_total


def learner_progress(
    *, user: User, course: Course, modules: list[Module], enrolment: Enrolment | None
) -> Progress:
    lessons = [lesson for m in modules for lesson in m.shown_lessons]  # type: ignore[attr-defined]
    progress = Progress()
    if enrolment is None:
        return progress
    progress.done = set(
        LessonCompletion.objects.filter(
            user=user, lesson_id__in=[lesson.pk for lesson in lessons]
        ).values_list("lesson_id", flat=True)
    )
    required = [lesson for lesson in lessons if lesson.required and lesson.is_visible]
    progress.required_total = len(required)
    progress.required_done = sum(1 for lesson in required if lesson.pk in progress.done)
    # Resume: the lesson last worked on if not done, else the next one not done after it.
    order = [lesson for lesson in lessons if lesson.is_visible]
    start = 0
    if enrolment.last_lesson_id is not None:
        start = next((i for i, x in enumerate(order) if x.pk == enrolment.last_lesson_id), 0)
    after = order[start:] + order[:start]
    progress.resume = next((x for x in after if x.pk not in progress.done), None)
    return progress


def _required_total() -> Subquery:
    return Subquery(
        visible_lessons()
        .filter(course=OuterRef("course"), required=True)
        .order_by()  # no ordering columns in the GROUP BY: one row per course
        .values("course")
        .annotate(n=Count("pk"))
        .values("n"),
        output_field=IntegerField(),
    )


def _required_done() -> Subquery:
    return Subquery(
        LessonCompletion.objects.filter(
            user=OuterRef("user"),
            lesson__course=OuterRef("course"),
            lesson__required=True,
            lesson__is_retired=False,
            lesson__published_in_version__isnull=False,
        )
        .order_by()  # one row per learner and course, whatever the model ordering
        .values("user")
        .annotate(n=Count("pk"))
        .values("n"),
        output_field=IntegerField(),
    )


def enrolments_with_progress(queryset: QuerySet[Enrolment]) -> QuerySet[Enrolment]:
    return queryset.annotate(
        required_total=Coalesce(_required_total(), 0),
        required_done=Coalesce(_required_done(), 0),
    )


def percent(enrolment: Any) -> int:
    total = getattr(enrolment, "required_total", 0)
    return enrolment.required_done * 100 // total if total else 0


def learner_dashboard(*, user: User) -> dict[str, Any]:
    enrolments = list(
        enrolments_with_progress(
            Enrolment.objects.filter(user=user).select_related("course", "last_lesson")
        ).order_by("completed_at", "-last_activity_at", "-enrolled_at")
    )
    for enrolment in enrolments:
        enrolment.percent = percent(enrolment)  # type: ignore[attr-defined]
    sessions = list(
        LiveSession.objects.filter(
            cohort__memberships__user=user,
            starts_at__gte=timezone.now() - dt.timedelta(hours=3),
        )
        .select_related("cohort", "cohort__course")
        .order_by("starts_at")[:10]
    )
    submissions = list(
        Submission.objects.filter(user=user)
        .select_related("lesson", "lesson__course")
        .order_by("-submitted_at")[:10]
    )
    return {"enrolments": enrolments, "sessions": sessions, "submissions": submissions}


def lesson_posts(*, lesson: Lesson, include_hidden: bool) -> list[Post]:
    replies = Post.objects.select_related("author").order_by("created_at", "id")
    questions = Post.objects.filter(lesson=lesson, parent__isnull=True).select_related("author")
    if not include_hidden:
        questions = questions.filter(is_hidden=False)
        replies = replies.filter(is_hidden=False)
    return list(
        questions.order_by("-created_at", "-id").prefetch_related(
            Prefetch("replies", queryset=replies, to_attr="shown_replies")
        )[:50]
    )


def cohort_progress(*, cohort: Cohort) -> list[dict[str, Any]]:
    """One row per cohort member: progress, last activity, quizzes passed, submissions."""
    members = list(
        User.objects.filter(cohort_memberships__cohort=cohort).order_by("first_name", "pk")
    )
    enrolments = {
        e.user_id: e
        for e in enrolments_with_progress(
            Enrolment.objects.filter(course=cohort.course, user__in=members)
        )
    }
    sessions = list(cohort.sessions.order_by("starts_at"))
    attended = Counter(
        LiveSession.objects.filter(cohort=cohort, attendance__present=True).values_list(
            "attendance__user_id", flat=True
        )
    )
    pending = Counter(
        Submission.objects.filter(
            lesson__course=cohort.course, user__in=members, status=SubmissionStatus.SUBMITTED
        ).values_list("user_id", flat=True)
    )
    rows = []
    for member in members:
        enrolment = enrolments.get(member.pk)
        rows.append(
            {
                "user": member,
                "enrolment": enrolment,
                "percent": percent(enrolment) if enrolment else 0,
                "completed_at": enrolment.completed_at if enrolment else None,
                "last_activity_at": enrolment.last_activity_at if enrolment else None,
                "attended": attended.get(member.pk, 0),
                "sessions": len(sessions),
                "pending": pending.get(member.pk, 0),
            }
        )
    return rows


def quiz_question_stats(*, lesson: Lesson) -> list[dict[str, Any]]:
    """Per question: attempts answering it, answered right, and how often each choice was
    picked (from the stored answers; no client data)."""
    questions = list(lesson.questions.prefetch_related("choices").order_by("position", "id"))
    attempts = list(
        QuizAttempt.objects.filter(lesson=lesson).values("answers", "correct_questions")
    )
    stats = []
    for question in questions:
        key = str(question.public_id)
        picked: Counter[str] = Counter()
        right = 0
        for attempt in attempts:
            picked.update(attempt["answers"].get(key, []))
            right += key in attempt["correct_questions"]
        stats.append(
            {
                "question": question,
                "attempts": len(attempts),
                "right": right,
                "percent": right * 100 // len(attempts) if attempts else 0,
                "choices": [
                    {"choice": c, "picked": picked.get(str(c.public_id), 0)}
                    for c in question.choices.all()
                ],
            }
        )
    return stats


def pending_submissions_for_trainer(*, trainer: User) -> QuerySet[Submission]:
    cohorts = Cohort.objects.filter(facilitator=trainer)
    return (
        Submission.objects.filter(
            status=SubmissionStatus.SUBMITTED,
            user__cohort_memberships__cohort__in=cohorts,
            lesson__course__cohorts__in=cohorts,
        )
        .select_related("user", "lesson", "lesson__course")
        .distinct()
        .order_by("submitted_at")
    )


def cooperative_learning(*, member_ids: list[int]) -> list[Enrolment]:
    enrolments = list(
        enrolments_with_progress(
            Enrolment.objects.filter(user_id__in=member_ids).select_related("user", "course")
        ).order_by("user__first_name", "user_id", "course__slug")
    )
    for enrolment in enrolments:
        enrolment.percent = percent(enrolment)  # type: ignore[attr-defined]
    return enrolments


def quiz_lessons(course: Course) -> QuerySet[Lesson]:
    return Lesson.objects.filter(course=course, kind=LessonKind.QUIZ, is_retired=False)
