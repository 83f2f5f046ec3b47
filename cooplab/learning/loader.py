"""Load a course written as Python data (`COURSE: dict`) into the database, idempotently.

Format (every text is a {language: text} dict; "zgh" optional)::

    COURSE = {"slug", "title", "summary", "level", "estimated_minutes", "languages",
      "modules": [{"title", "summary", "lessons": [
        {"kind": "text", "title", "body", "minutes", "required", "narration": None | path},
        {"kind": "audio", "title", "body", "audio": "media/x.ogg", "minutes", "required"},
        {"kind": "quiz", "title", "pass_mark", "max_attempts", "required",
         "questions": [{"kind": "single"|"multiple"|"true_false", "text", "explanation",
                        "choices": [{"text", "correct"}]}]},
        {"kind": "assignment", "title", "instructions", "required",
         "rubric": [{"title", "points"}], "auto_accept": None | "first_product_published"}]}]}

Re-loading updates rows in place, matched by position (module i, lesson j, question k…), so
lesson ids — and the learners' progress attached to them — stay; lessons that disappeared from
the data are retired, not deleted. The course is re-published (next version) when anything
changed. Media paths are relative to the content package's `media/` folder; a missing audio
file is replaced by a generated placeholder tone, labelled as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import translation

from .html import sanitize_html
from .media import placeholder_tone_wav
from .models import (
    AutoAcceptRule,
    Choice,
    Course,
    Lesson,
    LessonKind,
    Module,
    Question,
    QuestionKind,
    RubricCriterion,
)
from .services import course_publish, lesson_audio_set

CONTENT_DIR = Path(__file__).resolve().parent / "content"
LANGUAGES = ("ar", "fr", "en", "zgh")


@dataclass
class LoadReport:
    course: Course | None = None
    created: bool = False
    changed: bool = False
    published_version: int | None = None
    placeholders: list[str] = field(default_factory=list)


class _Tracker:
    def __init__(self) -> None:
        self.changed = False

    def set(self, obj: Any, name: str, value: Any) -> None:
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            self.changed = True

    def texts(self, obj: Any, name: str, values: dict[str, str] | None, html: bool = False) -> None:
        values = values or {}
        for language in LANGUAGES:
            raw = values.get(language) or ""
            self.set(obj, f"{name}_{language}", sanitize_html(raw) if html else raw.strip())
        self.set(obj, name, getattr(obj, f"{name}_fr") or getattr(obj, f"{name}_ar") or "")

    def save(self, obj: Any) -> None:
        if obj.pk is None or self.changed:
            obj.save()


def _media_bytes(path: str | None, media_dir: Path) -> tuple[bytes | None, str]:
    if not path:
        return None, ""
    relative = path.removeprefix("media/")
    candidate = (media_dir / relative).resolve()
    if media_dir.resolve() not in candidate.parents or not candidate.is_file():
        return None, relative
    return candidate.read_bytes(), relative


def _audio(
    tracker: _Tracker, lesson: Lesson, path: str | None, media_dir: Path, report: Any
) -> None:
    if not path:
        return
    data, relative = _media_bytes(path, media_dir)
    placeholder = data is None
    if data is None:
        data = placeholder_tone_wav(seconds=3)
        report.placeholders.append(relative)
    extension = "wav" if placeholder else (relative.rsplit(".", 1)[-1].lower() or "ogg")
    if (
        lesson.audio
        and lesson.audio_bytes == len(data)
        and lesson.audio_is_placeholder == placeholder
    ):
        return
    lesson_audio_set(lesson=lesson, data=data, extension=extension, placeholder=placeholder)
    tracker.changed = True


def course_load(data: dict[str, Any], *, media_dir: Path | None = None) -> LoadReport:
    media_dir = media_dir or CONTENT_DIR / "media"
    report = LoadReport()
    # modeltranslation maps the plain field (`title`) to the active language's column: load in
    # the default language so the result never depends on which language a request left active.
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        course = Course.objects.filter(slug=data["slug"]).first()
        report.created = course is None
        course = course or Course(slug=data["slug"])
        t = _Tracker()
        t.texts(course, "title", data.get("title"))
        t.texts(course, "summary", data.get("summary"))
        t.set(course, "level", data.get("level", "beginner"))
        t.set(course, "estimated_minutes", int(data.get("estimated_minutes", 0)))
        t.set(course, "languages", list(data.get("languages", [])))
        t.save(course)
        changed = t.changed

        modules = list(course.modules.order_by("position", "id"))
        kept_lessons: set[int] = set()
        for m_index, module_data in enumerate(data.get("modules", []), start=1):
            module = modules[m_index - 1] if m_index <= len(modules) else Module(course=course)
            t = _Tracker()
            t.texts(module, "title", module_data.get("title"))
            t.texts(module, "summary", module_data.get("summary"))
            t.set(module, "position", m_index)
            t.set(module, "is_retired", False)
            t.save(module)
            changed |= t.changed
            lessons = list(module.lessons.order_by("position", "id"))
            for l_index, lesson_data in enumerate(module_data.get("lessons", []), start=1):
                lesson = (
                    lessons[l_index - 1]
                    if l_index <= len(lessons) and lessons[l_index - 1].kind == lesson_data["kind"]
                    else None
                )
                if lesson is None:
                    lesson = Lesson(course=course, module=module, kind=lesson_data["kind"])
                    if l_index <= len(lessons):  # the kind changed: retire the old row
                        old = lessons[l_index - 1]
                        old.is_retired = True
                        old.position = 10_000 + old.pk
                        old.save(update_fields=["is_retired", "position"])
                changed |= _load_lesson(lesson, lesson_data, l_index, media_dir, report)
                kept_lessons.add(lesson.pk)
        for module in modules[len(data.get("modules", [])) :]:
            if not module.is_retired:
                module.is_retired = True
                module.save(update_fields=["is_retired"])
                changed = True
        stale = Lesson.objects.filter(course=course, is_retired=False).exclude(pk__in=kept_lessons)
        if stale.exists():
            stale.update(is_retired=True)
            changed = True
        report.course = course
        report.changed = changed or report.created
        if report.changed or not course.is_published:
            report.published_version = course_publish(course=course, actor=None).number
    return report


def _load_lesson(
    lesson: Lesson, data: dict[str, Any], position: int, media_dir: Path, report: LoadReport
) -> bool:
    t = _Tracker()
    kind = data["kind"]
    t.texts(lesson, "title", data.get("title"))
    body = data.get("instructions") if kind == LessonKind.ASSIGNMENT else data.get("body")
    t.texts(lesson, "body", body, html=True)
    t.set(lesson, "position", position)
    t.set(lesson, "minutes", int(data.get("minutes", 5)))
    t.set(lesson, "required", bool(data.get("required", True)))
    t.set(lesson, "is_retired", False)
    if kind == LessonKind.QUIZ:
        t.set(lesson, "pass_mark", int(data.get("pass_mark", 60)))
        t.set(lesson, "max_attempts", int(data.get("max_attempts", 3)))
    if kind == LessonKind.ASSIGNMENT:
        rule = data.get("auto_accept") or ""
        t.set(lesson, "auto_accept_rule", rule if rule in AutoAcceptRule.values else "")
    _audio(t, lesson, data.get("audio") or data.get("narration"), media_dir, report)
    t.save(lesson)
    changed = t.changed
    if kind == LessonKind.QUIZ:
        changed |= _load_questions(lesson, data.get("questions", []))
    if kind == LessonKind.ASSIGNMENT:
        changed |= _load_rubric(lesson, data.get("rubric", []))
    return changed


def _load_questions(lesson: Lesson, questions: list[dict[str, Any]]) -> bool:
    changed = False
    existing = list(lesson.questions.order_by("position", "id"))
    for q_index, q_data in enumerate(questions, start=1):
        question = existing[q_index - 1] if q_index <= len(existing) else Question(lesson=lesson)
        t = _Tracker()
        kind = q_data.get("kind", QuestionKind.SINGLE)
        t.set(question, "kind", kind if kind in QuestionKind.values else QuestionKind.SINGLE)
        t.texts(question, "text", q_data.get("text"))
        t.texts(question, "explanation", q_data.get("explanation"))
        t.set(question, "position", q_index)
        t.save(question)
        changed |= t.changed
        choices = list(question.choices.order_by("position", "id"))
        for c_index, c_data in enumerate(q_data.get("choices", []), start=1):
            choice = choices[c_index - 1] if c_index <= len(choices) else Choice(question=question)
            ct = _Tracker()
            ct.texts(choice, "text", c_data.get("text"))
            ct.set(choice, "is_correct", bool(c_data.get("correct")))
            ct.set(choice, "position", c_index)
            ct.save(choice)
            changed |= ct.changed
        for extra in choices[len(q_data.get("choices", [])) :]:
            extra.delete()
            changed = True
    for extra_question in existing[len(questions) :]:
        extra_question.delete()
        changed = True
    return changed


def _load_rubric(lesson: Lesson, rubric: list[dict[str, Any]]) -> bool:
    changed = False
    existing = list(lesson.rubric.order_by("position", "id"))
    for index, r_data in enumerate(rubric, start=1):
        criterion = (
            existing[index - 1] if index <= len(existing) else RubricCriterion(lesson=lesson)
        )
        t = _Tracker()
        t.texts(criterion, "title", r_data.get("title"))
        t.set(criterion, "points", int(r_data.get("points", 1)))
        t.set(criterion, "position", index)
        t.save(criterion)
        changed |= t.changed
    for extra in existing[len(rubric) :]:
        extra.delete()
        changed = True
    return changed
