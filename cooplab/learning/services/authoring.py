"""Authoring: courses, modules, lessons, questions, rubrics, publishing versions."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.core.audit import audit_log
from cooplab.core.uploads import image_clean

from ..access import can_author, is_trainer
from ..html import sanitize_html
from ..media import audio_duration_seconds, looks_like_audio
from ..models import (
    Choice,
    Course,
    CourseStatus,
    CourseVersion,
    Lesson,
    LessonKind,
    Module,
    Question,
    QuestionKind,
    RubricCriterion,
)

LANGUAGES = ("ar", "fr", "en", "zgh")
# Course addresses that would collide with the learning pages' own paths.
RESERVED_SLUGS = {"my", "trainer", "coop", "submissions", "sessions", "posts", "progress"}
MAX_AUDIO_BYTES = 20 * 1024 * 1024
MAX_VIDEO_BYTES = 50 * 1024 * 1024
MAX_PDF_BYTES = 10 * 1024 * 1024


def _require_author(actor: User | None, course: Course) -> None:
    if actor is not None and not can_author(actor, course):
        raise PermissionDenied


def _set_translated(obj: Any, field: str, values: dict[str, str], *, html: bool = False) -> None:
    for language in LANGUAGES:
        key = f"{field}_{language}"
        if key in values:
            value = values[key] or ""
            setattr(obj, key, sanitize_html(value) if html else value.strip())
    # The untranslated column mirrors French (the default language), as elsewhere.
    setattr(obj, field, getattr(obj, f"{field}_fr", "") or getattr(obj, f"{field}_ar", "") or "")


def course_create(*, actor: User, data: dict[str, Any]) -> Course:
    if not is_trainer(actor):
        raise PermissionDenied
    if not (data.get("title_fr") or data.get("title_ar")):
        raise ValidationError({"title_fr": [_("Give the course a title in French or Arabic.")]})
    base = slugify(data.get("slug") or data.get("title_fr") or data.get("title_en") or "")[:70]
    base = base or "course"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Course.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    course = Course(slug=slug, owner=actor)
    _course_fields(course, data)
    course.save()
    audit_log(action="learning.course_created", actor=actor, target=course)
    return course


def _course_fields(course: Course, data: dict[str, Any]) -> None:
    _set_translated(course, "title", data)
    _set_translated(course, "summary", data)
    for field in (
        "level",
        "estimated_minutes",
        "quizzes_must_pass",
        "assignments_must_be_accepted",
    ):
        if field in data:
            setattr(course, field, data[field])
    if "languages" in data:
        course.languages = [code for code in data["languages"] if code in LANGUAGES]


def course_update(
    *, course: Course, actor: User | None, data: dict[str, Any], cover: UploadedFile | None = None
) -> Course:
    _require_author(actor, course)
    _course_fields(course, data)
    if cover is not None:
        clean = image_clean(cover, max_side=1200)
        course.cover.save("cover.webp", clean.content, save=False)
    course.save()
    return course


def module_save(
    *, course: Course, actor: User | None, data: dict[str, Any], module: Module | None = None
) -> Module:
    _require_author(actor, course)
    if module is None:
        last = course.modules.aggregate(m=Max("position"))["m"]
        module = Module(course=course, position=(last or 0) + 1)
    elif module.course_id != course.pk:
        raise PermissionDenied
    _set_translated(module, "title", data)
    _set_translated(module, "summary", data)
    if not module.title:
        raise ValidationError({"title_fr": [_("Give the module a title.")]})
    module.save()
    return module


def _swap(items: list[Any], item: Any, direction: str) -> None:
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index - 1 if direction == "up" else index + 1
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
    for position, other in enumerate(items, start=1):
        if other.position != position:
            other.position = position
            other.save(update_fields=["position"])


@transaction.atomic
def module_move(*, module: Module, actor: User | None, direction: str) -> None:
    _require_author(actor, module.course)
    _swap(list(module.course.modules.filter(is_retired=False)), module, direction)


@transaction.atomic
def lesson_move(*, lesson: Lesson, actor: User | None, direction: str) -> None:
    _require_author(actor, lesson.course)
    _swap(list(lesson.module.lessons.filter(is_retired=False)), lesson, direction)


def _file_checked(upload: UploadedFile, *, limit: int, kind: str) -> bytes:
    if (upload.size or 0) > limit:
        raise ValidationError(
            _("This file is too large. Send a file of at most %(size)s MB."),
            params={"size": limit // (1024 * 1024)},
        )
    upload.seek(0)
    data = upload.read()
    if kind == "audio" and not looks_like_audio(data):
        raise ValidationError(_("Send an audio file (Ogg, MP3, M4A or WAV)."))
    if kind == "pdf" and not data.startswith(b"%PDF-"):
        raise ValidationError(_("Send a PDF file."))
    if kind == "video" and data[4:8] != b"ftyp" and not data.startswith(b"\x1aE\xdf\xa3"):
        raise ValidationError(_("Send a video file (MP4 or WebM)."))
    return data


def lesson_audio_set(
    *, lesson: Lesson, data: bytes, extension: str, placeholder: bool = False
) -> None:
    lesson.audio.save(f"audio.{extension}", ContentFile(data), save=False)
    lesson.audio_bytes = len(data)
    lesson.audio_seconds = audio_duration_seconds(data)
    lesson.audio_is_placeholder = placeholder


def lesson_save(
    *,
    module: Module,
    actor: User | None,
    data: dict[str, Any],
    lesson: Lesson | None = None,
    files: dict[str, UploadedFile] | None = None,
) -> Lesson:
    """Create (lesson=None) or change a lesson. A new lesson is shown to learners from the next
    publication; changes to a published lesson's text are live."""
    course = module.course
    _require_author(actor, course)
    if lesson is None:
        kind = data.get("kind")
        if kind not in LessonKind.values:
            raise ValidationError({"kind": [_("Choose a type of lesson.")]})
        last = module.lessons.aggregate(m=Max("position"))["m"]
        lesson = Lesson(course=course, module=module, kind=kind, position=(last or 0) + 1)
    elif lesson.module_id != module.pk:
        raise PermissionDenied
    _set_translated(lesson, "title", data)
    _set_translated(lesson, "body", data, html=True)
    if not lesson.title:
        raise ValidationError({"title_fr": [_("Give the lesson a title.")]})
    for field in ("minutes", "required", "pass_mark", "max_attempts", "video_url"):
        if field in data and data[field] is not None:
            setattr(lesson, field, data[field])
    if "auto_accept_rule" in data and lesson.kind == LessonKind.ASSIGNMENT:
        lesson.auto_accept_rule = data["auto_accept_rule"] or ""
    if not 0 <= int(lesson.pass_mark) <= 100:
        raise ValidationError({"pass_mark": [_("The pass mark is a percentage from 0 to 100.")]})
    files = files or {}
    if files.get("audio"):
        upload = files["audio"]
        raw = _file_checked(upload, limit=MAX_AUDIO_BYTES, kind="audio")
        extension = (upload.name or "a.ogg").rsplit(".", 1)[-1].lower()[:4]
        lesson_audio_set(lesson=lesson, data=raw, extension=extension if extension else "ogg")
    if files.get("video"):
        raw = _file_checked(files["video"], limit=MAX_VIDEO_BYTES, kind="video")
        lesson.video.save("video.mp4", ContentFile(raw), save=False)
        lesson.video_bytes = len(raw)
    if files.get("pdf"):
        raw = _file_checked(files["pdf"], limit=MAX_PDF_BYTES, kind="pdf")
        lesson.pdf.save("document.pdf", ContentFile(raw), save=False)
        lesson.pdf_bytes = len(raw)
    lesson.save()
    return lesson


@transaction.atomic
def lesson_retire(*, lesson: Lesson, actor: User | None) -> None:
    """Hide a lesson from learners; its rows and the learners' progress are kept."""
    _require_author(actor, lesson.course)
    if lesson.published_in_version is None:
        lesson.delete()  # never shown to anyone: nothing to keep
        return
    lesson.is_retired = True
    lesson.save(update_fields=["is_retired"])


def question_add(
    *,
    lesson: Lesson,
    actor: User | None,
    kind: str,
    text: dict[str, str],
    choices: list[tuple[dict[str, str], bool]],
    explanation: dict[str, str] | None = None,
    image: UploadedFile | None = None,
) -> Question:
    _require_author(actor, lesson.course)
    if lesson.kind != LessonKind.QUIZ:
        raise ValidationError(_("Questions belong to quiz lessons."))
    if kind not in QuestionKind.values:
        raise ValidationError({"kind": [_("Choose a type of question.")]})
    if kind == QuestionKind.TRUE_FALSE and not choices:
        choices = [
            ({"text_fr": "Vrai", "text_ar": "صحيح", "text_en": "True"}, True),
            ({"text_fr": "Faux", "text_ar": "خطأ", "text_en": "False"}, False),
        ]
    choices = [(t, c) for t, c in choices if any((v or "").strip() for v in t.values())]
    correct = sum(1 for _text, is_correct in choices if is_correct)
    if len(choices) < 2:
        raise ValidationError(_("A question needs at least two answers."))
    if correct < 1 or (kind != QuestionKind.MULTIPLE and correct != 1):
        raise ValidationError(
            _("Mark exactly one correct answer (several only for multiple choice).")
        )
    with transaction.atomic():
        last = lesson.questions.aggregate(m=Max("position"))["m"]
        question = Question(lesson=lesson, kind=kind, position=(last or 0) + 1)
        _set_translated(question, "text", text)
        _set_translated(question, "explanation", explanation or {})
        if not question.text:
            raise ValidationError({"text_fr": [_("Write the question.")]})
        if image is not None:
            question.image.save("q.webp", image_clean(image, max_side=800).content, save=False)
        question.save()
        for position, (choice_text, is_correct) in enumerate(choices, start=1):
            choice = Choice(question=question, is_correct=is_correct, position=position)
            _set_translated(choice, "text", choice_text)
            choice.save()
    return question


def rubric_add(
    *, lesson: Lesson, actor: User | None, title: dict[str, str], points: int
) -> RubricCriterion:
    _require_author(actor, lesson.course)
    if lesson.kind != LessonKind.ASSIGNMENT:
        raise ValidationError(_("Rubric criteria belong to assignments."))
    if not 1 <= points <= 100:
        raise ValidationError({"points": [_("Give between 1 and 100 points.")]})
    last = lesson.rubric.aggregate(m=Max("position"))["m"]
    criterion = RubricCriterion(lesson=lesson, points=points, position=(last or 0) + 1)
    _set_translated(criterion, "title", title)
    if not criterion.title:
        raise ValidationError({"title_fr": [_("Name the criterion.")]})
    criterion.save()
    return criterion


def course_outline(course: Course) -> list[dict[str, Any]]:
    """The structure a version snapshots: modules, lessons (stable ids), required flags."""
    outline = []
    for module in course.modules.filter(is_retired=False).order_by("position", "id"):
        outline.append(
            {
                "module": str(module.public_id),
                "title": getattr(module, "title_fr", "") or module.title,
                "lessons": [
                    {
                        "id": str(lesson.public_id),
                        "kind": lesson.kind,
                        "title": getattr(lesson, "title_fr", "") or lesson.title,
                        "required": lesson.required,
                    }
                    for lesson in module.lessons.filter(is_retired=False).order_by("position", "id")
                ],
            }
        )
    return outline


def course_publish(*, course: Course, actor: User | None) -> CourseVersion:
    """Publish the course as its next version. Every lesson not removed becomes visible; the
    learners' progress is kept because it points to stable lesson rows."""
    _require_author(actor, course)
    with transaction.atomic():
        Course.objects.select_for_update().filter(pk=course.pk).first()  # serialise publishers
        course.refresh_from_db()
        lessons = Lesson.objects.filter(course=course, is_retired=False)
        if not lessons.exists():
            raise ValidationError(_("Add at least one lesson before publishing."))
        empty_quiz = lessons.filter(kind=LessonKind.QUIZ, questions__isnull=True).first()
        if empty_quiz is not None:
            raise ValidationError(
                _("The quiz “%(title)s” has no question yet."), params={"title": empty_quiz.title}
            )
        course.version += 1
        course.status = CourseStatus.PUBLISHED
        course.published_at = timezone.now()
        course.save(update_fields=["version", "status", "published_at", "updated_at"])
        lessons.filter(published_in_version__isnull=True).update(
            published_in_version=course.version
        )
        version = CourseVersion.objects.create(
            course=course, number=course.version, outline=course_outline(course), published_by=actor
        )
        audit_log(
            action="learning.course_published",
            actor=actor,
            target=course,
            data={"version": course.version},
        )
    return version
