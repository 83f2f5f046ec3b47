from __future__ import annotations

import copy
import datetime as dt
import threading
import uuid

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from cooplab.accounts.tests.factories import UserFactory
from cooplab.catalog import services as catalog_services
from cooplab.catalog.models import Category
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of, member_of
from cooplab.core.storage import private_storage
from cooplab.learning import services
from cooplab.learning.html import sanitize_html
from cooplab.learning.loader import course_load
from cooplab.learning.media import audio_duration_seconds, placeholder_tone_wav
from cooplab.learning.models import (
    Attendance,
    Enrolment,
    LessonCompletion,
    LessonKind,
    ProgressEvent,
    QuizAttempt,
    Submission,
    SubmissionStatus,
)

from .course_fixture import COURSE
from .factories import correct_answers, lesson, load_course, photo, trainer, wrong_answers

pytestmark = pytest.mark.django_db


def _enrolled(course):
    user = UserFactory()
    services.enrolment_create(course=course, user=user, actor=user)
    return user


def _complete_reading(user, course):
    for kind, index in ((LessonKind.TEXT, 0), (LessonKind.AUDIO, 0)):
        services.progress_record(
            user=user,
            lesson_id=lesson(course, kind, index).public_id,
            client_id=uuid.uuid4(),
            kind="completed",
        )


# ---- loader ----------------------------------------------------------------------------------


def test_loader_creates_published_course_with_sanitised_text_and_placeholder_audio():
    report = course_load(copy.deepcopy(COURSE))
    course = report.course
    assert report.created and report.published_version == 1
    assert course.is_published and course.version == 1
    assert course.lessons.count() == 5
    text = lesson(course, LessonKind.TEXT)
    assert "<script>" not in text.body_fr and "fenêtre" in text.body_fr
    assert text.audio_is_placeholder and text.audio_seconds == 3 and text.audio_bytes > 0
    assert set(report.placeholders) == {"narration-light.ogg", "framing.ogg"}


def test_loader_is_idempotent_and_keeps_progress_when_content_changes():
    course = load_course()
    user = _enrolled(course)
    _complete_reading(user, course)
    text_id = lesson(course, LessonKind.TEXT).public_id
    again = course_load(copy.deepcopy(COURSE))
    assert not again.changed and again.published_version is None
    assert again.course.version == 1

    changed = copy.deepcopy(COURSE)
    changed["modules"][0]["lessons"][0]["title"]["fr"] = "La lumière du matin"
    report = course_load(changed)
    assert report.changed and report.published_version == 2
    assert lesson(course, LessonKind.TEXT).public_id == text_id
    assert LessonCompletion.objects.filter(user=user, lesson__public_id=text_id).exists()


# ---- sanitiser, audio --------------------------------------------------------------------------


def test_sanitiser_keeps_allowed_markup_and_removes_the_rest():
    html = (
        '<p onclick="x()">Hi <strong>there</strong><img src="https://t.example/p.gif">'
        '<a href="javascript:alert(1)">a</a><a href="https://x.example">b</a></p><style>p{}</style>'
    )
    clean = sanitize_html(html)
    assert clean == (
        '<p>Hi <strong>there</strong><a rel="noopener noreferrer nofollow">a</a>'
        '<a href="https://x.example" rel="noopener noreferrer nofollow">b</a></p>'
    )


def test_placeholder_tone_is_a_valid_wav_of_the_asked_duration():
    data = placeholder_tone_wav(seconds=2)
    assert data[:4] == b"RIFF" and audio_duration_seconds(data) == 2


# ---- progress --------------------------------------------------------------------------------


def test_same_progress_event_twice_is_stored_once():
    course = load_course()
    user = _enrolled(course)
    text = lesson(course, LessonKind.TEXT)
    client_id = uuid.uuid4()
    first = services.progress_record(
        user=user, lesson_id=text.public_id, client_id=client_id, kind="completed"
    )
    second = services.progress_record(
        user=user, lesson_id=text.public_id, client_id=client_id, kind="completed"
    )
    assert (first.status, second.status) == ("stored", "duplicate")
    assert ProgressEvent.objects.filter(client_id=client_id).count() == 1
    assert LessonCompletion.objects.filter(user=user, lesson=text).count() == 1


def test_progress_refused_for_unenrolled_learner_and_for_quiz_completion_by_client():
    course = load_course()
    outsider = UserFactory()
    text = lesson(course, LessonKind.TEXT)
    result = services.progress_record(
        user=outsider, lesson_id=text.public_id, client_id=uuid.uuid4(), kind="completed"
    )
    assert result.status == "rejected"
    user = _enrolled(course)
    quiz = lesson(course, LessonKind.QUIZ)
    result = services.progress_record(
        user=user, lesson_id=quiz.public_id, client_id=uuid.uuid4(), kind="completed"
    )
    assert result.status == "stored"
    assert not LessonCompletion.objects.filter(user=user, lesson=quiz).exists()
    assert ProgressEvent.objects.filter(user=outsider).count() == 0


@pytest.mark.django_db(transaction=True)
def test_concurrent_duplicate_progress_events_are_stored_once():
    course = load_course()
    user = _enrolled(course)
    text = lesson(course, LessonKind.TEXT)
    client_id = uuid.uuid4()
    results: list[str] = []
    barrier = threading.Barrier(4)

    def send() -> None:
        try:
            barrier.wait()
            result = services.progress_record(
                user=user, lesson_id=text.public_id, client_id=client_id, kind="completed"
            )
            results.append(result.status)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["duplicate", "duplicate", "duplicate", "stored"]
    assert ProgressEvent.objects.filter(client_id=client_id).count() == 1
    assert LessonCompletion.objects.filter(user=user, lesson=text).count() == 1


def test_future_client_time_is_clamped_to_now():
    course = load_course()
    user = _enrolled(course)
    text = lesson(course, LessonKind.TEXT)
    client_id = uuid.uuid4()
    services.progress_record(
        user=user,
        lesson_id=text.public_id,
        client_id=client_id,
        kind="opened",
        occurred_at=timezone.now() + dt.timedelta(days=30),
    )
    assert ProgressEvent.objects.get(client_id=client_id).occurred_at <= timezone.now()


# ---- quizzes ---------------------------------------------------------------------------------


def test_quiz_failed_then_passed_completes_lesson_and_counts_attempts():
    course = load_course()
    user = _enrolled(course)
    quiz = lesson(course, LessonKind.QUIZ)
    failed = services.quiz_submit(
        user=user, lesson=quiz, token=uuid.uuid4(), answers=wrong_answers(quiz)
    )
    assert (failed.score, failed.passed, failed.number) == (0, False, 1)
    assert not LessonCompletion.objects.filter(user=user, lesson=quiz).exists()
    passed = services.quiz_submit(
        user=user, lesson=quiz, token=uuid.uuid4(), answers=correct_answers(quiz)
    )
    assert (passed.score, passed.passed, passed.number) == (100, True, 2)
    assert LessonCompletion.objects.filter(user=user, lesson=quiz).exists()
    with pytest.raises(ValidationError):
        services.quiz_submit(
            user=user, lesson=quiz, token=uuid.uuid4(), answers=correct_answers(quiz)
        )


def test_quiz_double_submission_with_same_token_counts_once():
    course = load_course()
    user = _enrolled(course)
    quiz = lesson(course, LessonKind.QUIZ)
    token = uuid.uuid4()
    first = services.quiz_submit(user=user, lesson=quiz, token=token, answers=wrong_answers(quiz))
    again = services.quiz_submit(user=user, lesson=quiz, token=token, answers=correct_answers(quiz))
    assert again.pk == first.pk and not again.passed
    assert QuizAttempt.objects.filter(user=user, lesson=quiz).count() == 1


def test_quiz_attempts_limit_is_enforced():
    course = load_course()
    user = _enrolled(course)
    quiz = lesson(course, LessonKind.QUIZ)
    for _ in range(3):
        services.quiz_submit(user=user, lesson=quiz, token=uuid.uuid4(), answers={})
    with pytest.raises(ValidationError):
        services.quiz_submit(
            user=user, lesson=quiz, token=uuid.uuid4(), answers=correct_answers(quiz)
        )
    assert QuizAttempt.objects.filter(user=user).count() == 3


def test_quiz_token_of_another_learner_is_refused():
    course = load_course()
    alice, bob = _enrolled(course), _enrolled(course)
    quiz = lesson(course, LessonKind.QUIZ)
    token = uuid.uuid4()
    services.quiz_submit(user=alice, lesson=quiz, token=token, answers=correct_answers(quiz))
    with pytest.raises(ValidationError):
        services.quiz_submit(user=bob, lesson=quiz, token=token, answers=correct_answers(quiz))
    assert not QuizAttempt.objects.filter(user=bob).exists()


def test_quiz_requires_enrolment():
    course = load_course()
    quiz = lesson(course, LessonKind.QUIZ)
    with pytest.raises(PermissionDenied):
        services.quiz_submit(
            user=UserFactory(), lesson=quiz, token=uuid.uuid4(), answers=correct_answers(quiz)
        )
    assert not QuizAttempt.objects.exists()


# ---- assignments and completion ----------------------------------------------------------------


def test_submission_photos_are_reencoded_without_exif_and_private():
    course = load_course()
    user = _enrolled(course)
    assignment = lesson(course, LessonKind.ASSIGNMENT)
    submission = services.submission_create(
        user=user, lesson=assignment, text="Ma photo", photos=[photo(exif=True)]
    )
    stored = submission.photos.get()
    assert stored.image.name.endswith(".webp")
    data = stored.image.read()
    assert data[:4] == b"RIFF" and b"PhoneMaker" not in data and b"Exif" not in data
    assert stored.image.storage is private_storage()


def test_full_course_completion_needs_quiz_pass_and_accepted_assignment():
    facilitator = trainer()
    course = load_course()
    user = _enrolled(course)
    cohort = services.cohort_create(course=course, actor=facilitator, name="Cohorte 1")
    services.cohort_member_add(cohort=cohort, user=user, actor=facilitator)
    _complete_reading(user, course)
    quiz = lesson(course, LessonKind.QUIZ)
    services.quiz_submit(user=user, lesson=quiz, token=uuid.uuid4(), answers=correct_answers(quiz))
    enrolment = Enrolment.objects.get(user=user, course=course)
    assert enrolment.completed_at is None
    assignment = lesson(course, LessonKind.ASSIGNMENT)
    first = services.submission_create(user=user, lesson=assignment, text="v1", photos=[photo()])
    criteria = {c.pk: 2 for c in assignment.rubric.all()}
    services.submission_grade(
        submission=first, actor=facilitator, points=criteria, feedback="Plus net.", accept=False
    )
    first.refresh_from_db()
    assert first.status == SubmissionStatus.NEEDS_REVISION
    second = services.submission_create(user=user, lesson=assignment, text="v2", photos=[photo()])
    assert second.number == 2
    graded = services.submission_grade(
        submission=second,
        actor=facilitator,
        points={c.pk: 5 for c in assignment.rubric.all()},
        feedback="Bravo",
        accept=True,
    )
    assert graded.status == SubmissionStatus.ACCEPTED and graded.points == 10
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    with pytest.raises(ValidationError):
        services.submission_create(user=user, lesson=assignment, text="v3", photos=[])


def test_grading_rejects_points_above_criterion_maximum():
    course = load_course()
    user = _enrolled(course)
    assignment = lesson(course, LessonKind.ASSIGNMENT)
    submission = services.submission_create(user=user, lesson=assignment, text="x", photos=[])
    with pytest.raises(ValidationError):
        services.submission_grade(
            submission=submission,
            actor=trainer(),
            points={c.pk: 6 for c in assignment.rubric.all()},
            feedback="",
            accept=True,
        )
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.SUBMITTED


def test_first_product_assignment_is_accepted_by_the_daily_check_once():
    course = load_course()
    coop = CooperativeFactory()
    manager = manager_of(coop)
    learner = member_of(coop)
    services.enrolment_create(course=course, user=learner, actor=learner)
    first_product = lesson(course, LessonKind.ASSIGNMENT, 1)
    assert services.first_product_assignments_check() == 0
    product = catalog_services.product_create(
        cooperative=coop,
        actor=manager,
        data={
            "name_fr": "Miel",
            "category": Category.objects.get(slug="miel"),
            "onssa_number": "O",
        },
        variants=[{"label": "250 g", "price": "90.00", "stock": 4}],
    )
    catalog_services.product_publish(product=product, actor=manager)
    assert services.first_product_assignments_check() == 1
    assert services.first_product_assignments_check() == 0
    accepted = Submission.objects.get(user=learner, lesson=first_product)
    assert accepted.status == SubmissionStatus.ACCEPTED and accepted.auto_accepted
    assert LessonCompletion.objects.filter(user=learner, lesson=first_product).exists()


# ---- versions --------------------------------------------------------------------------------


def test_new_lesson_is_hidden_until_published_and_progress_survives_republish():
    owner = trainer()
    course = load_course(owner=owner)
    user = _enrolled(course)
    _complete_reading(user, course)
    module = course.modules.order_by("position").first()
    new = services.lesson_save(
        module=module,
        actor=owner,
        data={"kind": "text", "title_fr": "Nouveau", "body_fr": "<p>x</p>"},
    )
    assert not new.is_visible
    version = services.course_publish(course=course, actor=owner)
    new.refresh_from_db()
    assert version.number == 2 and new.published_in_version == 2
    assert LessonCompletion.objects.filter(user=user).count() == 2
    assert [m["lessons"][-1]["id"] for m in version.outline][0] == str(new.public_id)


def test_other_trainer_cannot_edit_course():
    course = load_course(owner=trainer())
    with pytest.raises(PermissionDenied):
        services.course_publish(course=course, actor=trainer())
    assert course.versions.count() == 1


# ---- cohorts, sessions -------------------------------------------------------------------------


def test_attendance_on_shared_phone_marks_colleagues_but_not_strangers():
    facilitator = trainer()
    course = load_course()
    coop = CooperativeFactory()
    fadma, aicha = member_of(coop), member_of(coop)
    stranger = UserFactory()
    cohort = services.cohort_create(course=course, actor=facilitator, name="C")
    for person in (fadma, aicha, stranger):
        services.cohort_member_add(cohort=cohort, user=person, actor=facilitator)
    session = services.live_session_create(
        cohort=cohort, actor=facilitator, title="Live", starts_at=timezone.now()
    )
    assert services.attendance_mark(session=session, actor=fadma, present_ids=[fadma.pk, aicha.pk])
    with pytest.raises(ValidationError):
        services.attendance_mark(session=session, actor=fadma, present_ids=[stranger.pk])
    assert set(Attendance.objects.values_list("user_id", flat=True)) == {fadma.pk, aicha.pk}


def test_session_reminders_are_sent_once(mailoutbox, django_capture_on_commit_callbacks):
    facilitator = trainer()
    course = load_course()
    learner = UserFactory(email="fadma@example.org")
    cohort = services.cohort_create(course=course, actor=facilitator, name="C")
    services.cohort_member_add(cohort=cohort, user=learner, actor=facilitator)
    services.live_session_create(
        cohort=cohort,
        actor=facilitator,
        title="Photos",
        starts_at=timezone.now() + dt.timedelta(hours=20),
        join_url="https://meet.example.org/abc",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert services.live_session_send_reminders() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert services.live_session_send_reminders() == 0
    assert len(mailoutbox) == 1 and "https://meet.example.org/abc" in mailoutbox[0].body


def test_ics_file_has_utc_times_and_link():
    facilitator = trainer()
    cohort = services.cohort_create(course=load_course(), actor=facilitator, name="C")
    starts = dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC)
    session = services.live_session_create(
        cohort=cohort,
        actor=facilitator,
        title="Prix, coûts",
        starts_at=starts,
        duration_minutes=90,
        join_url="https://meet.example.org/x",
    )
    ics = services.session_ics(session)
    assert "DTSTART:20260310T150000Z\r\n" in ics and "DTEND:20260310T163000Z\r\n" in ics
    assert "SUMMARY:Prix\\, coûts\r\n" in ics and "URL:https://meet.example.org/x" in ics


def test_manager_enrols_own_member_but_not_others():
    course = load_course()
    coop = CooperativeFactory()
    manager = manager_of(coop)
    member = member_of(coop)
    services.enrolment_create(course=course, user=member, actor=manager)
    with pytest.raises(PermissionDenied):
        services.enrolment_create(course=course, user=UserFactory(), actor=manager)
    assert Enrolment.objects.filter(course=course).count() == 1


def test_discussion_trainer_reply_is_marked_and_hidden_posts_by_trainer_only():
    facilitator = trainer()
    course = load_course()
    learner = _enrolled(course)
    cohort = services.cohort_create(course=course, actor=facilitator, name="C")
    services.cohort_member_add(cohort=cohort, user=learner, actor=facilitator)
    text = lesson(course, LessonKind.TEXT)
    question = services.post_create(lesson=text, author=learner, body="Quelle heure ?")
    answer = services.post_create(
        lesson=text, author=facilitator, body="Le matin.", parent=question
    )
    assert answer.by_trainer and not question.by_trainer
    with pytest.raises(PermissionDenied):
        services.post_hide(post=answer, actor=learner)
    services.post_hide(post=question, actor=facilitator)
    question.refresh_from_db()
    assert question.is_hidden
    with pytest.raises(PermissionDenied):
        services.post_create(lesson=text, author=UserFactory(), body="Spam")
