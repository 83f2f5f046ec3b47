"""Learners: enrolment, progress events (idempotent, offline-friendly), completion, quizzes,
assignments and the marketplace link ("list your first product")."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.catalog.models import Product, ProductStatus
from cooplab.core.audit import audit_log
from cooplab.core.uploads import image_clean

from ..access import is_staff, managed_member_ids
from ..grading import QuestionKey, quiz_grade
from ..models import (
    AutoAcceptRule,
    Cohort,
    Course,
    CourseStatus,
    CriterionGrade,
    Enrolment,
    Lesson,
    LessonCompletion,
    LessonKind,
    ProgressEvent,
    ProgressEventKind,
    QuestionKind,
    QuizAttempt,
    Submission,
    SubmissionPhoto,
    SubmissionStatus,
)

MAX_PHOTOS = 5
MAX_TEXT = 5000
# Lessons completed by reading/listening; quizzes and assignments only by their own rules.
SELF_COMPLETED_KINDS = {LessonKind.TEXT, LessonKind.AUDIO, LessonKind.VIDEO, LessonKind.PDF}


# ---- enrolment -------------------------------------------------------------------------------


def _may_enrol_other(actor: User, user: User, course: Course) -> bool:
    if is_staff(actor):
        return True
    if user.pk in managed_member_ids(actor):
        return True
    return Cohort.objects.filter(course=course, facilitator=actor, memberships__user=user).exists()


def enrolment_create(*, course: Course, user: User, actor: User) -> Enrolment:
    """Enrol `user` (idempotent). Members enrol themselves; their cooperative's managers, the
    facilitator of a cohort they are in, or staff may enrol them."""
    if actor.pk != user.pk and not _may_enrol_other(actor, user, course):
        raise PermissionDenied
    if course.status != CourseStatus.PUBLISHED:
        raise ValidationError(_("This course is not open for enrolment."))
    existing = Enrolment.objects.filter(course=course, user=user).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                course=course,
                user=user,
                enrolled_by=actor,
                enrolled_version=course.version,
            )
    except IntegrityError:
        return Enrolment.objects.get(course=course, user=user)
    audit_log(
        action="learning.enrolled", actor=actor, target=enrolment, data={"course": course.slug}
    )
    return enrolment


def enrolment_require(*, user: User, course: Course, for_update: bool = False) -> Enrolment:
    queryset = Enrolment.objects.filter(user=user, course=course)
    if for_update:
        queryset = queryset.select_for_update()
    enrolment = queryset.first()
    if enrolment is None:
        raise PermissionDenied
    return enrolment


# ---- completion ------------------------------------------------------------------------------


def _complete(*, user: User, lesson: Lesson, when: dt.datetime | None = None) -> bool:
    """Record the lesson as done (once). True when this call recorded it."""
    if LessonCompletion.objects.filter(user=user, lesson=lesson).exists():
        return False
    try:
        with transaction.atomic():
            LessonCompletion.objects.create(
                user=user, lesson=lesson, completed_at=when or timezone.now()
            )
    except IntegrityError:
        return False
    return True


def required_lessons(course: Course) -> list[Lesson]:
    return list(
        Lesson.objects.filter(
            course=course, required=True, is_retired=False, published_in_version__isnull=False
        ).only("pk")
    )


def enrolment_refresh(*, enrolment: Enrolment) -> Enrolment:
    """Mark the course complete when every required lesson is done (the completion rule:
    reading lessons opened to the end, quizzes passed, assignments accepted — see the course's
    flags). Completion, once reached, is kept when a later version adds lessons."""
    if enrolment.completed_at is not None:
        return enrolment
    required = {lesson.pk for lesson in required_lessons(enrolment.course)}
    if not required:
        return enrolment
    done = set(
        LessonCompletion.objects.filter(
            user_id=enrolment.user_id, lesson_id__in=required
        ).values_list("lesson_id", flat=True)
    )
    if required <= done:
        updated = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
            completed_at=timezone.now()
        )
        enrolment.refresh_from_db()
        if updated:
            audit_log(
                action="learning.course_completed",
                actor=enrolment.user,
                target=enrolment,
                data={"course": enrolment.course.slug, "version": enrolment.course.version},
            )
    return enrolment


# ---- progress events -------------------------------------------------------------------------


@dataclass(frozen=True)
class ProgressResult:
    client_id: uuid.UUID
    status: str  # "stored" | "duplicate" | "rejected"
    detail: str = ""


def _visible_lesson(lesson_id: uuid.UUID) -> Lesson | None:
    return (
        Lesson.objects.select_related("course")
        .filter(public_id=lesson_id, is_retired=False, published_in_version__isnull=False)
        .first()
    )


def progress_record(
    *,
    user: User,
    lesson_id: uuid.UUID,
    client_id: uuid.UUID,
    kind: str,
    occurred_at: dt.datetime | None = None,
) -> ProgressResult:
    """Store one progress event from a learner's device, once per client id.

    The same event sent twice (a retry, an offline queue flushed twice, two tabs at once) is
    stored once: the unique constraint on `client_id` decides, and a concurrent duplicate's
    IntegrityError is turned into "duplicate". A "completed" event completes reading lessons
    only; quizzes and assignments are completed by grading, never by the client.
    """
    if kind not in ProgressEventKind.values:
        return ProgressResult(client_id, "rejected", _("Unknown kind of progress."))
    if ProgressEvent.objects.filter(client_id=client_id).exists():
        return ProgressResult(client_id, "duplicate")
    lesson = _visible_lesson(lesson_id)
    if lesson is None:
        return ProgressResult(client_id, "rejected", _("This lesson does not exist."))
    enrolment = Enrolment.objects.filter(user=user, course=lesson.course).first()
    if enrolment is None:
        return ProgressResult(client_id, "rejected", _("You are not enrolled in this course."))
    now = timezone.now()
    when = min(occurred_at, now) if occurred_at is not None else now
    try:
        with transaction.atomic():
            ProgressEvent.objects.create(
                client_id=client_id, user=user, lesson=lesson, kind=kind, occurred_at=when
            )
    except IntegrityError:
        return ProgressResult(client_id, "duplicate")
    if enrolment.last_activity_at is None or when >= enrolment.last_activity_at:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_activity_at=when)
    if kind == ProgressEventKind.COMPLETED and lesson.kind in SELF_COMPLETED_KINDS:
        if _complete(user=user, lesson=lesson, when=when):
            enrolment_refresh(enrolment=enrolment)
    return ProgressResult(client_id, "stored")


def lesson_opened(*, user: User, lesson: Lesson) -> None:
    """Remember where the learner is (resume), without an event row (page views)."""
    Enrolment.objects.filter(user=user, course_id=lesson.course_id).update(
        last_lesson=lesson, last_activity_at=timezone.now()
    )


# ---- quizzes ---------------------------------------------------------------------------------


def quiz_key(lesson: Lesson) -> list[QuestionKey]:
    key = []
    for question in lesson.questions.prefetch_related("choices").order_by("position", "id"):
        choices = list(question.choices.all())
        key.append(
            QuestionKey(
                id=str(question.public_id),
                choices=frozenset(str(c.public_id) for c in choices),
                correct=frozenset(str(c.public_id) for c in choices if c.is_correct),
                multiple=question.kind == QuestionKind.MULTIPLE,
            )
        )
    return key


def quiz_attempts_left(*, user: User, lesson: Lesson) -> int | None:
    if not lesson.max_attempts:
        return None
    used = QuizAttempt.objects.filter(user=user, lesson=lesson).count()
    return max(0, lesson.max_attempts - used)


def quiz_submit(
    *,
    user: User,
    lesson: Lesson,
    token: uuid.UUID,
    answers: Mapping[str, Iterable[str]],
) -> QuizAttempt:
    """Grade a quiz on the server. `token` was handed out with the quiz form: submitting the
    same form twice returns the first attempt, counted once."""
    if lesson.kind != LessonKind.QUIZ or not lesson.is_visible:
        raise ValidationError(_("This lesson is not a quiz."))
    existing = QuizAttempt.objects.filter(token=token).first()
    if existing is not None:
        if existing.user_id != user.pk or existing.lesson_id != lesson.pk:
            raise ValidationError(_("This quiz form is no longer valid. Open the quiz again."))
        return existing
    clean_answers = {
        str(question): sorted({str(choice) for choice in choices})[:20]
        for question, choices in list(answers.items())[:200]
    }
    key = quiz_key(lesson)
    result = quiz_grade(key=key, answers=clean_answers, pass_mark=lesson.pass_mark)
    with transaction.atomic():
        enrolment = enrolment_require(user=user, course=lesson.course, for_update=True)
        attempts = QuizAttempt.objects.filter(user=user, lesson=lesson)
        if attempts.filter(passed=True).exists():
            raise ValidationError(_("You have already passed this quiz."))
        used = attempts.count()
        if lesson.max_attempts and used >= lesson.max_attempts:
            raise ValidationError(_("You have used all your attempts for this quiz."))
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    token=token,
                    user=user,
                    lesson=lesson,
                    number=used + 1,
                    answers={q.id: clean_answers.get(q.id, []) for q in key},
                    correct_questions=list(result.correct_questions),
                    score=result.score,
                    passed=result.passed,
                )
        except IntegrityError:
            concurrent = QuizAttempt.objects.filter(token=token, user=user).first()
            if concurrent is None:
                raise ValidationError(_("Please send your answers again.")) from None
            return concurrent
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_lesson=lesson, last_activity_at=timezone.now()
        )
        if result.passed or not lesson.course.quizzes_must_pass:
            if _complete(user=user, lesson=lesson):
                enrolment_refresh(enrolment=enrolment)
    return attempt


# ---- assignments -----------------------------------------------------------------------------


def cooperative_has_published_product(user: User) -> bool:
    """The marketplace link: a product published by a cooperative the user is an active member
    of. Read here (learning → catalog), never the other way round."""
    return Product.objects.filter(
        status=ProductStatus.PUBLISHED,
        cooperative__memberships__user=user,
        cooperative__memberships__is_active=True,
    ).exists()


def _accept(submission: Submission, *, actor: User | None, auto: bool = False) -> None:
    submission.status = SubmissionStatus.ACCEPTED
    submission.graded_at = timezone.now()
    submission.graded_by = actor
    submission.auto_accepted = auto
    submission.save(
        update_fields=["status", "graded_at", "graded_by", "auto_accepted"]
        if submission.pk
        else None
    )


def assignment_auto_accept(*, user: User, lesson: Lesson) -> Submission | None:
    """Accept a "first product" assignment if the learner's cooperative has published a
    product. Idempotent: returns None when nothing was to do (no rule, not enrolled, already
    accepted, or no product yet)."""
    if (
        lesson.kind != LessonKind.ASSIGNMENT
        or lesson.auto_accept_rule != AutoAcceptRule.FIRST_PRODUCT_PUBLISHED
        or not lesson.is_visible
    ):
        return None
    if not cooperative_has_published_product(user):
        return None
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().filter(
            user=user, course_id=lesson.course_id
        )
        found = enrolment.first()
        if found is None:
            return None
        submissions = Submission.objects.filter(user=user, lesson=lesson)
        if submissions.filter(status=SubmissionStatus.ACCEPTED).exists():
            return None
        latest = submissions.order_by("-number").first()
        if latest is not None and latest.status == SubmissionStatus.SUBMITTED:
            submission = latest
        else:
            submission = Submission.objects.create(
                user=user, lesson=lesson, number=(latest.number + 1) if latest else 1
            )
        _accept(submission, actor=None, auto=True)
        audit_log(
            action="learning.assignment_auto_accepted", actor=None, target=submission, data={}
        )
        _complete(user=user, lesson=lesson)
        enrolment_refresh(enrolment=found)
    return submission


def submission_create(
    *, user: User, lesson: Lesson, text: str, photos: list[UploadedFile]
) -> Submission:
    """A learner's answer to an assignment: text and/or photos (EXIF stripped, private
    storage). Allowed again after feedback, until accepted."""
    if lesson.kind != LessonKind.ASSIGNMENT or not lesson.is_visible:
        raise ValidationError(_("This lesson is not an assignment."))
    text = (text or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(
            _("Your answer is too long (at most %(count)s characters)."), params={"count": MAX_TEXT}
        )
    if len(photos) > MAX_PHOTOS:
        raise ValidationError(_("Send at most %(count)s photos."), params={"count": MAX_PHOTOS})
    auto = lesson.auto_accept_rule == AutoAcceptRule.FIRST_PRODUCT_PUBLISHED
    if not text and not photos and not auto:
        raise ValidationError(_("Write an answer or add a photo."))
    cleaned = [image_clean(photo) for photo in photos]  # before any lock: slow on big photos
    with transaction.atomic():
        enrolment = enrolment_require(user=user, course=lesson.course, for_update=True)
        previous = Submission.objects.filter(user=user, lesson=lesson)
        if previous.filter(status=SubmissionStatus.ACCEPTED).exists():
            raise ValidationError(_("Your work for this assignment is already accepted."))
        latest = previous.order_by("-number").first()
        submission = Submission.objects.create(
            user=user, lesson=lesson, text=text, number=(latest.number + 1) if latest else 1
        )
        for clean in cleaned:
            photo = SubmissionPhoto(submission=submission, width=clean.width, height=clean.height)
            photo.image.save("photo.webp", clean.content, save=False)
            photo.save()
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_lesson=lesson, last_activity_at=timezone.now()
        )
        if not lesson.course.assignments_must_be_accepted:
            if _complete(user=user, lesson=lesson):
                enrolment_refresh(enrolment=enrolment)
    if auto:
        assignment_auto_accept(user=user, lesson=lesson)
        submission.refresh_from_db()
    return submission


def submission_grade(
    *,
    submission: Submission,
    actor: User,
    points: Mapping[int, int],
    feedback: str,
    accept: bool,
) -> Submission:
    """Grade against the rubric: accepted (the lesson is done) or sent back for improvement.
    Access (facilitator of the learner's cohort, or staff) is checked by the caller through
    access.submission_for_grader."""
    feedback = (feedback or "").strip()[:MAX_TEXT]
    lesson = submission.lesson
    criteria = list(lesson.rubric.all())
    given: dict[int, int] = {}
    for criterion in criteria:
        value = points.get(criterion.pk)
        if value is None:
            raise ValidationError(_("Give points for every criterion."))
        if not 0 <= int(value) <= criterion.points:
            raise ValidationError(
                _("“%(criterion)s” is marked out of %(max)s points."),
                params={"criterion": criterion.title, "max": criterion.points},
            )
        given[criterion.pk] = int(value)
    if not accept and not feedback:
        raise ValidationError(_("Tell the learner what to improve."))
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if locked.status != SubmissionStatus.SUBMITTED:
            raise ValidationError(_("This submission has already been graded."))
        if Submission.objects.filter(
            user_id=locked.user_id, lesson=lesson, number__gt=locked.number
        ).exists():
            raise ValidationError(_("The learner has sent a newer version: grade that one."))
        for criterion_id, value in given.items():
            CriterionGrade.objects.create(
                submission=locked, criterion_id=criterion_id, points=value
            )
        locked.points = sum(given.values()) if criteria else None
        locked.feedback = feedback
        locked.graded_by = actor
        locked.graded_at = timezone.now()
        locked.status = SubmissionStatus.ACCEPTED if accept else SubmissionStatus.NEEDS_REVISION
        locked.save(update_fields=["points", "feedback", "graded_by", "graded_at", "status"])
        audit_log(
            action="learning.submission_graded",
            actor=actor,
            target=locked,
            data={"status": locked.status, "points": locked.points},
        )
        if accept:
            learner = locked.user
            _complete(user=learner, lesson=lesson)
            enrolment = Enrolment.objects.filter(user=learner, course_id=lesson.course_id).first()
            if enrolment is not None:
                enrolment_refresh(enrolment=enrolment)
    return locked


def first_product_assignments_check() -> int:
    """Daily: accept every pending "first product" assignment whose learner's cooperative has
    published a product. Idempotent: an accepted assignment is never accepted twice."""
    lessons = Lesson.objects.filter(
        kind=LessonKind.ASSIGNMENT,
        auto_accept_rule=AutoAcceptRule.FIRST_PRODUCT_PUBLISHED,
        is_retired=False,
        published_in_version__isnull=False,
    ).select_related("course")
    accepted = 0
    for lesson in lessons:
        learners = (
            Enrolment.objects.filter(course_id=lesson.course_id)
            .exclude(
                user__submissions__lesson=lesson,
                user__submissions__status=SubmissionStatus.ACCEPTED,
            )
            .select_related("user")
        )
        for enrolment in learners:
            if assignment_auto_accept(user=enrolment.user, lesson=lesson) is not None:
                accepted += 1
    return accepted
