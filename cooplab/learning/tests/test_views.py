from __future__ import annotations

import json
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from cooplab.accounts.tests.factories import UserFactory
from cooplab.learning import services
from cooplab.learning.models import (
    Choice,
    LessonCompletion,
    LessonKind,
    ProgressEvent,
    QuizAttempt,
    Submission,
)

from .course_fixture import COURSE
from .factories import correct_answers, lesson, load_course, photo, trainer, wrong_answers

pytestmark = pytest.mark.django_db


def _learner(course):
    user = UserFactory()
    services.enrolment_create(course=course, user=user, actor=user)
    client = Client()
    client.force_login(user)
    return user, client


def _lesson_url(course, the_lesson, name="learning:lesson"):
    return reverse(name, kwargs={"slug": course.slug, "lesson_id": the_lesson.public_id})


def test_quiz_page_never_reveals_correct_answers():
    course = load_course()
    _user, client = _learner(course)
    quiz = lesson(course, LessonKind.QUIZ)
    html = client.get(_lesson_url(course, quiz)).content.decode()
    assert (
        html.count('data-testid="choice"') == Choice.objects.filter(question__lesson=quiz).count()
    )
    assert "correct" not in html.lower().replace("tick every right answer", "")
    assert "is_correct" not in html and "✓" not in html


def test_api_lesson_never_reveals_correct_answers():
    course = load_course()
    _user, client = _learner(course)
    quiz = lesson(course, LessonKind.QUIZ)
    response = client.get(f"/api/v1/learning/courses/{course.slug}/lessons/{quiz.public_id}")
    assert response.status_code == 200
    body = response.content.decode()
    assert len(response.json()["questions"]) == 3
    assert "correct" not in body and "explanation" not in body


def test_posted_score_is_ignored_by_the_page_and_refused_by_the_api():
    course = load_course()
    user, client = _learner(course)
    quiz = lesson(course, LessonKind.QUIZ)
    data: dict[str, object] = {"token": str(uuid.uuid4()), "score": "100", "passed": "1"}
    for question, choices in wrong_answers(quiz).items():
        data[f"q-{question}"] = choices
    client.post(_lesson_url(course, quiz, "learning:quiz_submit"), data)
    attempt = QuizAttempt.objects.get(user=user)
    assert (attempt.score, attempt.passed) == (0, False)

    body = {"token": str(uuid.uuid4()), "answers": {}, "score": 100, "passed": True}
    response = client.post(
        f"/api/v1/learning/courses/{course.slug}/lessons/{quiz.public_id}/attempts",
        json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == 422
    assert QuizAttempt.objects.filter(user=user).count() == 1


def test_api_quiz_attempt_graded_on_server_and_token_counts_once():
    course = load_course()
    user, client = _learner(course)
    quiz = lesson(course, LessonKind.QUIZ)
    url = f"/api/v1/learning/courses/{course.slug}/lessons/{quiz.public_id}/attempts"
    body = json.dumps({"token": str(uuid.uuid4()), "answers": correct_answers(quiz)})
    first = client.post(url, body, content_type="application/json")
    again = client.post(url, body, content_type="application/json")
    assert first.status_code == 200 and first.json()["score"] == 100 and first.json()["passed"]
    assert again.json()["number"] == 1
    assert QuizAttempt.objects.filter(user=user).count() == 1


def test_progress_batch_is_idempotent_by_client_id():
    course = load_course()
    user, client = _learner(course)
    text = lesson(course, LessonKind.TEXT)
    event = {"client_id": str(uuid.uuid4()), "lesson_id": str(text.public_id), "kind": "completed"}
    other = {**event, "client_id": str(uuid.uuid4()), "lesson_id": str(uuid.uuid4())}
    payload = json.dumps({"events": [event, event, other]})
    response = client.post(
        "/api/v1/learning/progress/batch", payload, content_type="application/json"
    )
    assert [r["status"] for r in response.json()["results"]] == ["stored", "duplicate", "rejected"]
    response = client.post(
        "/api/v1/learning/progress/batch", payload, content_type="application/json"
    )
    assert [r["status"] for r in response.json()["results"]] == [
        "duplicate",
        "duplicate",
        "rejected",
    ]
    assert ProgressEvent.objects.filter(user=user).count() == 1
    assert LessonCompletion.objects.filter(user=user).count() == 1


def test_progress_batch_requires_csrf_with_a_session():
    course = load_course()
    user = UserFactory()
    services.enrolment_create(course=course, user=user, actor=user)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    event = {
        "client_id": str(uuid.uuid4()),
        "lesson_id": str(lesson(course, LessonKind.TEXT).public_id),
        "kind": "completed",
    }
    response = client.post(
        "/api/v1/learning/progress/batch",
        json.dumps({"events": [event]}),
        content_type="application/json",
    )
    assert response.status_code in (401, 403)
    assert not ProgressEvent.objects.exists()


def test_catalogue_query_count_is_constant(django_assert_max_num_queries):
    load_course()
    second = {**COURSE, "slug": "deuxieme"}
    load_course(second)
    client = Client()
    with django_assert_max_num_queries(3):
        response = client.get(reverse("learning:catalogue"))
    assert response.status_code == 200
    assert response.content.decode().count('data-testid="course-card"') == 2


def test_learner_dashboard_query_count_is_constant(django_assert_max_num_queries):
    course = load_course()
    user, client = _learner(course)
    services.enrolment_create(
        course=load_course({**COURSE, "slug": "autre"}), user=user, actor=user
    )
    services.submission_create(
        user=user, lesson=lesson(course, LessonKind.ASSIGNMENT), text="x", photos=[]
    )
    with django_assert_max_num_queries(8):
        response = client.get(reverse("learning:dashboard"))
    assert response.content.decode().count('data-testid="enrolment"') == 2


def test_submission_photo_served_only_to_allowed_people():
    facilitator = trainer()
    course = load_course()
    learner, client = _learner(course)
    cohort = services.cohort_create(course=course, actor=facilitator, name="C")
    services.cohort_member_add(cohort=cohort, user=learner, actor=facilitator)
    submission = services.submission_create(
        user=learner, lesson=lesson(course, LessonKind.ASSIGNMENT), text="", photos=[photo()]
    )
    url = reverse(
        "learning:submission_photo",
        kwargs={"submission_id": submission.public_id, "photo_id": submission.photos.get().pk},
    )
    assert client.get(url).status_code == 200
    other_learner = Client()
    other_learner.force_login(_learner(course)[0])
    assert other_learner.get(url).status_code == 403
    other_trainer = Client()
    other_trainer.force_login(trainer())
    assert other_trainer.get(url).status_code == 403
    own_trainer = Client()
    own_trainer.force_login(facilitator)
    assert own_trainer.get(url)["Content-Type"] == "image/webp"


def test_trainer_grades_through_the_page():
    facilitator = trainer()
    course = load_course()
    learner, _client = _learner(course)
    cohort = services.cohort_create(course=course, actor=facilitator, name="C")
    services.cohort_member_add(cohort=cohort, user=learner, actor=facilitator)
    assignment = lesson(course, LessonKind.ASSIGNMENT)
    submission = services.submission_create(user=learner, lesson=assignment, text="x", photos=[])
    client = Client()
    client.force_login(facilitator)
    data = {f"points-{c.pk}": "4" for c in assignment.rubric.all()}
    data.update({"feedback": "Bien", "decision": "accept"})
    client.post(reverse("learning:submission_grade", args=[submission.public_id]), data)
    submission.refresh_from_db()
    assert submission.status == "accepted" and submission.points == 8


def test_session_ics_download_for_cohort_member():
    facilitator = trainer()
    course = load_course()
    learner, client = _learner(course)
    cohort = services.cohort_create(course=course, actor=facilitator, name="C")
    services.cohort_member_add(cohort=cohort, user=learner, actor=facilitator)
    from django.utils import timezone

    session = services.live_session_create(
        cohort=cohort, actor=facilitator, title="Live", starts_at=timezone.now()
    )
    response = client.get(reverse("learning:session_ics", args=[session.public_id]))
    assert response["Content-Type"] == "text/calendar"
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")


def test_draft_course_is_hidden_from_learners_but_previewed_by_author():
    owner = trainer()
    client = Client()
    client.force_login(owner)
    client.post(
        reverse("learning:course_create"),
        {"title_fr": "Brouillon", "title_ar": "مسودة", "level": "beginner", "estimated_minutes": 5},
    )
    from cooplab.learning.models import Course

    course = Course.objects.get(title_fr="Brouillon")
    assert client.get(reverse("learning:course", args=[course.slug])).status_code == 200
    assert Client().get(reverse("learning:course", args=[course.slug])).status_code == 404
    assert not Submission.objects.exists()
