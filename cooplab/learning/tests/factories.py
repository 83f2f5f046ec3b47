"""Helpers to build training data for tests. All data is fictional."""

from __future__ import annotations

import copy
import io
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cooplab.accounts.models import User
from cooplab.accounts.roles import TRAINERS_GROUP
from cooplab.accounts.tests.factories import UserFactory
from cooplab.learning.loader import course_load
from cooplab.learning.models import Course, Lesson, LessonKind

from .course_fixture import COURSE


def trainer() -> User:
    return UserFactory.create(groups=[TRAINERS_GROUP])


def load_course(data: dict[str, Any] | None = None, *, owner: User | None = None) -> Course:
    report = course_load(copy.deepcopy(data or COURSE))
    assert report.course is not None
    course = report.course
    if owner is not None:
        course.owner = owner
        course.save(update_fields=["owner"])
    return course


def lesson(course: Course, kind: str, index: int = 0) -> Lesson:
    return list(
        Lesson.objects.filter(course=course, kind=kind, is_retired=False).order_by(
            "module__position", "position"
        )
    )[index]


def correct_answers(quiz: Lesson) -> dict[str, list[str]]:
    return {
        str(q.public_id): [str(c.public_id) for c in q.choices.all() if c.is_correct]
        for q in quiz.questions.all()
    }


def wrong_answers(quiz: Lesson) -> dict[str, list[str]]:
    return {
        str(q.public_id): [str(c.public_id) for c in q.choices.all() if not c.is_correct][:1]
        for q in quiz.questions.all()
    }


def photo(name: str = "p.jpg", *, exif: bool = False) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image = Image.new("RGB", (60, 40), "orange")
    if exif:
        data = Image.Exif()
        data[0x010F] = "PhoneMaker"  # Make
        image.save(buffer, format="JPEG", exif=data)
    else:
        image.save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


__all__ = ["COURSE", "LessonKind", "correct_answers", "lesson", "load_course", "photo", "trainer"]
