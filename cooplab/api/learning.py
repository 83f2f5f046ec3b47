"""Training API: the course catalogue (public), and for the signed-in learner (Bearer token or
session) enrolments, lessons, progress — including a batch endpoint for progress recorded
offline — and quiz attempts graded on the server.

Quiz questions are sent without any hint of the right answers; an attempt carries only the
chosen choices and a token (one attempt per token), never a score: unknown fields are refused
(422)."""

# No `from __future__ import annotations`: django-ninja reads these annotations at runtime.
import datetime as dt
import uuid
from typing import Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from pydantic import ConfigDict

from cooplab.api.auth import VENDOR_AUTH, request_user
from cooplab.api.common import translations
from cooplab.learning import selectors, services
from cooplab.learning.models import Course, CourseStatus, Enrolment, Lesson, LessonKind

router = Router(tags=["learning"])

CONTENT_LANGUAGES = ("ar", "fr", "en", "zgh")
MAX_BATCH = 100


class InputSchema(Schema):
    model_config = ConfigDict(extra="forbid")


class TranslatedText(Schema):
    ar: str | None
    fr: str | None
    en: str | None
    zgh: str | None


class ErrorOut(Schema):
    detail: Any


class CourseOut(Schema):
    slug: str
    titles: TranslatedText
    summaries: TranslatedText
    level: str
    estimated_minutes: int
    languages: list[str]
    version: int
    lesson_count: int

    @staticmethod
    def resolve_titles(obj: Course) -> dict[str, str | None]:
        return translations(obj, "title", CONTENT_LANGUAGES)

    @staticmethod
    def resolve_summaries(obj: Course) -> dict[str, str | None]:
        return translations(obj, "summary", CONTENT_LANGUAGES)

    @staticmethod
    def resolve_lesson_count(obj: Course) -> int:
        return int(getattr(obj, "lesson_count", 0))


class LessonSummaryOut(Schema):
    id: uuid.UUID
    kind: str
    titles: TranslatedText
    minutes: int
    required: bool

    @staticmethod
    def resolve_id(obj: Lesson) -> uuid.UUID:
        return obj.public_id

    @staticmethod
    def resolve_titles(obj: Lesson) -> dict[str, str | None]:
        return translations(obj, "title", CONTENT_LANGUAGES)


class ModuleOut(Schema):
    id: uuid.UUID
    titles: TranslatedText
    lessons: list[LessonSummaryOut]


class CourseDetailOut(CourseOut):
    modules: list[ModuleOut]

    @staticmethod
    def resolve_modules(obj: Course) -> list[dict[str, Any]]:
        return list(getattr(obj, "outline_modules", []))


class ChoiceOut(Schema):
    # Deliberately no "correct" field: grading happens on the server only.
    id: uuid.UUID
    texts: TranslatedText
    image: str | None
    audio: str | None


class QuestionOut(Schema):
    id: uuid.UUID
    kind: str
    texts: TranslatedText
    image: str | None
    audio: str | None
    choices: list[ChoiceOut]


class LessonOut(Schema):
    id: uuid.UUID
    kind: str
    titles: TranslatedText
    minutes: int
    required: bool
    bodies: TranslatedText
    audio: str | None
    audio_seconds: int
    audio_bytes: int
    audio_is_placeholder: bool
    video: str | None
    video_url: str | None
    pdf: str | None
    pass_mark: int | None
    max_attempts: int | None
    questions: list[QuestionOut]
    done: bool


class EnrolmentOut(Schema):
    course: str
    enrolled_at: dt.datetime
    completed_at: dt.datetime | None
    last_lesson: uuid.UUID | None
    percent: int


class ProgressOut(Schema):
    course: str
    percent: int
    required_total: int
    required_done: int
    completed_at: dt.datetime | None
    done_lessons: list[uuid.UUID]
    resume_lesson: uuid.UUID | None


class ProgressEventIn(InputSchema):
    client_id: uuid.UUID = Field(description="Made by the device; the same id is stored once.")
    lesson_id: uuid.UUID
    kind: Literal["opened", "completed"]
    occurred_at: dt.datetime | None = Field(None, description="Device time; future is clamped.")


class ProgressBatchIn(InputSchema):
    events: list[ProgressEventIn] = Field(max_length=MAX_BATCH)


class ProgressResultOut(Schema):
    client_id: uuid.UUID
    status: Literal["stored", "duplicate", "rejected"]
    detail: str


class ProgressBatchOut(Schema):
    results: list[ProgressResultOut]


class QuizAttemptIn(InputSchema):
    token: uuid.UUID = Field(description="One attempt per token: resending it counts once.")
    answers: dict[uuid.UUID, list[uuid.UUID]] = Field(
        description="Question id → chosen choice ids.", max_length=200
    )


class QuizAttemptOut(Schema):
    number: int
    score: int
    passed: bool
    pass_mark: int
    correct_questions: list[str]
    attempts_left: int | None


ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


def _media(field: Any) -> str | None:
    return field.url if field else None


def _published(slug: str) -> Course:
    course = Course.objects.filter(slug=slug, status=CourseStatus.PUBLISHED).first()
    if course is None:
        raise _NotFound
    return course


class _NotFound(Exception):
    pass


def _course_detail(course: Course) -> Course:
    modules = selectors.course_modules(course=course)
    course.lesson_count = sum(len(getattr(m, "shown_lessons", [])) for m in modules)  # type: ignore[attr-defined]
    course.outline_modules = [  # type: ignore[attr-defined]
        {
            "id": module.public_id,
            "titles": translations(module, "title", CONTENT_LANGUAGES),
            "lessons": module.shown_lessons,  # type: ignore[attr-defined]
        }
        for module in modules
    ]
    return course


@router.get("/courses", response=list[CourseOut], summary="Published courses")
def learning_course_list(request: HttpRequest) -> list[Course]:
    return list(selectors.course_catalogue())


@router.get(
    "/courses/{slug}", response={200: CourseDetailOut, 404: ErrorOut}, summary="A course outline"
)
def learning_course_detail(request: HttpRequest, slug: str) -> Any:
    try:
        return _course_detail(_published(slug))
    except _NotFound:
        return Status(404, {"detail": _("This course does not exist.")})


@router.get("/enrolments", response={200: list[EnrolmentOut], **ERRORS}, auth=VENDOR_AUTH)
def learning_enrolment_list(request: HttpRequest) -> list[dict[str, Any]]:
    """The caller's enrolments with their progress."""
    user = request_user(request)
    enrolments = selectors.enrolments_with_progress(
        Enrolment.objects.filter(user=user).select_related("course", "last_lesson")
    ).order_by("-enrolled_at")
    return [
        {
            "course": e.course.slug,
            "enrolled_at": e.enrolled_at,
            "completed_at": e.completed_at,
            "last_lesson": e.last_lesson.public_id if e.last_lesson else None,
            "percent": selectors.percent(e),
        }
        for e in enrolments
    ]


@router.post("/courses/{slug}/enrol", response={200: EnrolmentOut, **ERRORS}, auth=VENDOR_AUTH)
def learning_enrol(request: HttpRequest, slug: str) -> Any:
    """Enrol the caller (idempotent)."""
    user = request_user(request)
    try:
        course = _published(slug)
    except _NotFound:
        return Status(404, {"detail": _("This course does not exist.")})
    enrolment = services.enrolment_create(course=course, user=user, actor=user)
    return {
        "course": course.slug,
        "enrolled_at": enrolment.enrolled_at,
        "completed_at": enrolment.completed_at,
        "last_lesson": None,
        "percent": 0,
    }


def _enrolled_course(request: HttpRequest, slug: str) -> tuple[Any, Course, Enrolment]:
    user = request_user(request)
    course = _published(slug)
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None:
        raise PermissionDenied
    return user, course, enrolment


@router.get("/courses/{slug}/progress", response={200: ProgressOut, **ERRORS}, auth=VENDOR_AUTH)
def learning_progress_detail(request: HttpRequest, slug: str) -> Any:
    """The caller's progress in a course, and the lesson to resume."""
    try:
        user, course, enrolment = _enrolled_course(request, slug)
    except _NotFound:
        return Status(404, {"detail": _("This course does not exist.")})
    except PermissionDenied:
        return Status(403, {"detail": _("You are not enrolled in this course.")})
    modules = selectors.course_modules(course=course)
    progress = selectors.learner_progress(
        user=user, course=course, modules=modules, enrolment=enrolment
    )
    lessons = {lesson.pk: lesson for m in modules for lesson in m.shown_lessons}  # type: ignore[attr-defined]
    return {
        "course": course.slug,
        "percent": progress.percent,
        "required_total": progress.required_total,
        "required_done": progress.required_done,
        "completed_at": enrolment.completed_at,
        "done_lessons": [lessons[pk].public_id for pk in progress.done if pk in lessons],
        "resume_lesson": progress.resume.public_id if progress.resume else None,
    }


@router.get(
    "/courses/{slug}/lessons/{lesson_id}", response={200: LessonOut, **ERRORS}, auth=VENDOR_AUTH
)
def learning_lesson_detail(request: HttpRequest, slug: str, lesson_id: uuid.UUID) -> Any:
    """A lesson for an enrolled learner. Quiz questions come without their answers."""
    try:
        user, course, _enrolment = _enrolled_course(request, slug)
    except _NotFound:
        return Status(404, {"detail": _("This course does not exist.")})
    except PermissionDenied:
        return Status(403, {"detail": _("You are not enrolled in this course.")})
    lesson = selectors.visible_lessons().filter(course=course, public_id=lesson_id).first()
    if lesson is None:
        return Status(404, {"detail": _("This lesson does not exist.")})
    questions = []
    if lesson.kind == LessonKind.QUIZ:
        for question in lesson.questions.prefetch_related("choices").order_by("position", "id"):
            questions.append(
                {
                    "id": question.public_id,
                    "kind": question.kind,
                    "texts": translations(question, "text", CONTENT_LANGUAGES),
                    "image": _media(question.image),
                    "audio": _media(question.audio),
                    "choices": [
                        {
                            "id": choice.public_id,
                            "texts": translations(choice, "text", CONTENT_LANGUAGES),
                            "image": _media(choice.image),
                            "audio": _media(choice.audio),
                        }
                        for choice in question.choices.all()
                    ],
                }
            )
    quiz = lesson.kind == LessonKind.QUIZ
    return {
        "id": lesson.public_id,
        "kind": lesson.kind,
        "titles": translations(lesson, "title", CONTENT_LANGUAGES),
        "minutes": lesson.minutes,
        "required": lesson.required,
        "bodies": translations(lesson, "body", CONTENT_LANGUAGES),
        "audio": _media(lesson.audio),
        "audio_seconds": lesson.audio_seconds,
        "audio_bytes": lesson.audio_bytes,
        "audio_is_placeholder": lesson.audio_is_placeholder,
        "video": _media(lesson.video),
        "video_url": lesson.video_url or None,
        "pdf": _media(lesson.pdf),
        "pass_mark": lesson.pass_mark if quiz else None,
        "max_attempts": lesson.max_attempts if quiz else None,
        "questions": questions,
        "done": lesson.completions.filter(user=user).exists(),
    }


@router.post(
    "/progress/batch",
    response={200: ProgressBatchOut, **ERRORS},
    auth=VENDOR_AUTH,
    summary="Send progress recorded offline",
)
def learning_progress_batch(request: HttpRequest, payload: ProgressBatchIn) -> dict[str, Any]:
    """Up to 100 events; each is stored once by its `client_id` (a resend answers
    "duplicate"). Events for lessons the caller is not enrolled in are "rejected". A
    "completed" event completes text, audio, video and PDF lessons only: quizzes are completed
    by passing them, assignments by a trainer's acceptance."""
    user = request_user(request)
    results = [
        services.progress_record(
            user=user,
            lesson_id=event.lesson_id,
            client_id=event.client_id,
            kind=event.kind,
            occurred_at=event.occurred_at,
        )
        for event in payload.events
    ]
    return {
        "results": [
            {"client_id": r.client_id, "status": r.status, "detail": r.detail} for r in results
        ]
    }


@router.post(
    "/courses/{slug}/lessons/{lesson_id}/attempts",
    response={200: QuizAttemptOut, **ERRORS},
    auth=VENDOR_AUTH,
    summary="Answer a quiz",
)
def learning_quiz_submit(
    request: HttpRequest, slug: str, lesson_id: uuid.UUID, payload: QuizAttemptIn
) -> Any:
    """Graded on the server from its own answer key. The same token sent again returns the
    first attempt. A score or pass flag in the body is refused (422)."""
    try:
        user, course, _enrolment = _enrolled_course(request, slug)
    except _NotFound:
        return Status(404, {"detail": _("This course does not exist.")})
    except PermissionDenied:
        return Status(403, {"detail": _("You are not enrolled in this course.")})
    lesson = selectors.visible_lessons().filter(course=course, public_id=lesson_id).first()
    if lesson is None:
        return Status(404, {"detail": _("This lesson does not exist.")})
    answers = {str(q): [str(c) for c in choices] for q, choices in payload.answers.items()}
    try:
        attempt = services.quiz_submit(
            user=user, lesson=lesson, token=payload.token, answers=answers
        )
    except ValidationError as exc:
        return Status(422, {"detail": exc.messages})
    return {
        "number": attempt.number,
        "score": attempt.score,
        "passed": attempt.passed,
        "pass_mark": lesson.pass_mark,
        "correct_questions": attempt.correct_questions,
        "attempts_left": services.quiz_attempts_left(user=user, lesson=lesson),
    }
