"""Learner pages: catalogue, course, lessons (text, audio, video, PDF, quiz, assignment),
discussion, dashboard, submissions, live sessions. Access through cooplab.learning.access."""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cooplab.accounts.models import User, require_user
from cooplab.core.viewutils import flash_errors

from .. import access, selectors, services
from ..forms import PostForm, SubmissionForm
from ..models import (
    AutoAcceptRule,
    Course,
    Lesson,
    LessonKind,
    Post,
    QuizAttempt,
    Submission,
    SubmissionStatus,
)


def _course_or_404(request: HttpRequest, slug: str) -> tuple[Course, bool]:
    """The course and whether the visitor sees it as its author (preview of drafts)."""
    course = selectors.course_public(slug=slug)
    if course is None:
        raise Http404
    user = request.user
    author = isinstance(user, User) and user.is_authenticated and access.can_author(user, course)
    if not course.is_published and not author:
        raise Http404
    return course, author


@require_GET
def catalogue(request: HttpRequest) -> HttpResponse:
    courses = list(selectors.course_catalogue())
    return render(request, "learning/catalogue.html", {"courses": courses})


@require_GET
def course_detail(request: HttpRequest, slug: str) -> HttpResponse:
    course, author = _course_or_404(request, slug)
    user = request.user
    enrolment = access.enrolment_of(user=user, course=course) if isinstance(user, User) else None
    modules = selectors.course_modules(course=course, preview=author)
    progress = (
        selectors.learner_progress(user=user, course=course, modules=modules, enrolment=enrolment)
        if isinstance(user, User)
        else selectors.Progress()
    )
    return render(
        request,
        "learning/course.html",
        {
            "course": course,
            "modules": modules,
            "enrolment": enrolment,
            "progress": progress,
            "is_author": author,
        },
    )


@login_required
@require_POST
def enrol(request: HttpRequest, slug: str) -> HttpResponse:
    user = require_user(request.user)
    course = selectors.course_public(slug=slug)
    if course is None or not course.is_published:
        raise Http404
    try:
        services.enrolment_create(course=course, user=user, actor=user)
    except ValidationError as error:
        flash_errors(request, error)
        return redirect("learning:course", slug=slug)
    messages.success(request, _("You are enrolled. Start with the first lesson."))
    return redirect("learning:course", slug=slug)


def _lesson_access(
    request: HttpRequest, slug: str, lesson_id: uuid.UUID
) -> tuple[User, Course, Lesson, bool]:
    """The lesson for an enrolled learner, or for the course's author (preview)."""
    user = require_user(request.user)
    course, author = _course_or_404(request, slug)
    lesson = (
        Lesson.objects.select_related("module")
        .filter(course=course, public_id=lesson_id, is_retired=False)
        .first()
    )
    if lesson is None:
        raise Http404
    enrolled = access.enrolment_of(user=user, course=course) is not None
    trainer = access.is_course_trainer(user, course)
    if not (author or trainer) and (not enrolled or not lesson.is_visible):
        raise PermissionDenied
    preview = not enrolled and (author or trainer)
    return user, course, lesson, preview


@login_required
@require_GET
@never_cache
def lesson_detail(request: HttpRequest, slug: str, lesson_id: uuid.UUID) -> HttpResponse:
    user, course, lesson, preview = _lesson_access(request, slug, lesson_id)
    modules = selectors.course_modules(course=course, preview=preview)
    order = [x for m in modules for x in m.shown_lessons]  # type: ignore[attr-defined]
    index = next((i for i, x in enumerate(order) if x.pk == lesson.pk), 0)
    context: dict[str, Any] = {
        "course": course,
        "lesson": lesson,
        "preview": preview,
        "previous": order[index - 1] if index > 0 else None,
        "next": order[index + 1] if index + 1 < len(order) else None,
        "client_id": uuid.uuid4(),
        "is_trainer": access.is_course_trainer(user, course),
    }
    if not preview:
        services.lesson_opened(user=user, lesson=lesson)
        if lesson.kind == LessonKind.ASSIGNMENT and lesson.auto_accept_rule:
            services.assignment_auto_accept(user=user, lesson=lesson)
        context["done"] = lesson.completions.filter(user=user).exists()
    if lesson.kind == LessonKind.QUIZ:
        context.update(_quiz_context(user, lesson, preview))
    if lesson.kind == LessonKind.ASSIGNMENT:
        context["submissions"] = list(
            Submission.objects.filter(user=user, lesson=lesson)
            .prefetch_related("photos", "grades__criterion")
            .order_by("-number")
        )
        context["accepted"] = any(
            s.status == SubmissionStatus.ACCEPTED for s in context["submissions"]
        )
        context["rubric"] = list(lesson.rubric.all())
        context["form"] = SubmissionForm()
        context["auto_rule"] = lesson.auto_accept_rule == AutoAcceptRule.FIRST_PRODUCT_PUBLISHED
    context["posts"] = selectors.lesson_posts(lesson=lesson, include_hidden=context["is_trainer"])
    context["post_form"] = PostForm()
    return render(request, "learning/lesson.html", context)


def _quiz_context(user: User, lesson: Lesson, preview: bool) -> dict[str, Any]:
    # Questions and choices only: `is_correct` is never put in the page before submission.
    questions = list(lesson.questions.prefetch_related("choices").order_by("position", "id"))
    attempts = list(QuizAttempt.objects.filter(user=user, lesson=lesson).order_by("-number"))
    passed = any(a.passed for a in attempts)
    left = None if not lesson.max_attempts else max(0, lesson.max_attempts - len(attempts))
    return {
        "questions": questions,
        "attempts": attempts,
        "passed": passed,
        "attempts_left": left,
        "can_attempt": not preview and not passed and (left is None or left > 0),
        "quiz_token": uuid.uuid4(),
    }


AUDIO_TYPES = {"wav": "audio/wav", "ogg": "audio/ogg", "opus": "audio/ogg", "mp3": "audio/mpeg",
               "m4a": "audio/mp4"}  # fmt: skip


@login_required
@require_GET
def lesson_audio(request: HttpRequest, slug: str, lesson_id: uuid.UUID) -> FileResponse:
    """The lesson's audio, for those who may open the lesson, from whatever storage holds it
    (so it plays the same with local files, object storage or in tests)."""
    _user, _course, lesson, _preview = _lesson_access(request, slug, lesson_id)
    if not lesson.audio:
        raise Http404
    extension = (lesson.audio.name or "").rsplit(".", 1)[-1].lower()
    response = FileResponse(
        lesson.audio.open("rb"), content_type=AUDIO_TYPES.get(extension, "application/octet-stream")
    )
    response["Cache-Control"] = "private, max-age=86400"
    return response


@login_required
@require_POST
def lesson_complete(request: HttpRequest, slug: str, lesson_id: uuid.UUID) -> HttpResponse:
    """Without JavaScript: the "mark as done" button posts here with its client id."""
    user, _course, lesson, preview = _lesson_access(request, slug, lesson_id)
    if preview:
        raise PermissionDenied
    try:
        client_id = uuid.UUID(request.POST.get("client_id", ""))
    except ValueError:
        client_id = uuid.uuid4()
    result = services.progress_record(
        user=user, lesson_id=lesson.public_id, client_id=client_id, kind="completed"
    )
    if result.status == "rejected":
        messages.error(request, result.detail)
    return redirect("learning:lesson", slug=slug, lesson_id=lesson.public_id)


@login_required
@require_POST
def quiz_submit(request: HttpRequest, slug: str, lesson_id: uuid.UUID) -> HttpResponse:
    user, _course, lesson, preview = _lesson_access(request, slug, lesson_id)
    if preview:
        raise PermissionDenied
    try:
        token = uuid.UUID(request.POST.get("token", ""))
    except ValueError:
        messages.error(request, _("This quiz form is no longer valid. Open the quiz again."))
        return redirect("learning:lesson", slug=slug, lesson_id=lesson.public_id)
    # Only the choices are read: fields named q-<question id>. Anything else (a "score") is
    # ignored; the server grades from its own answer key.
    answers = {key[2:]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")}
    try:
        attempt = services.quiz_submit(user=user, lesson=lesson, token=token, answers=answers)
    except ValidationError as error:
        flash_errors(request, error)
    else:
        if attempt.passed:
            messages.success(
                request,
                _("Well done: %(score)s%%. You passed the quiz.") % {"score": attempt.score},
            )
        else:
            messages.warning(
                request,
                _("%(score)s%%: not yet. Read the explanations and try again.")
                % {"score": attempt.score},
            )
    return redirect(
        reverse("learning:lesson", kwargs={"slug": slug, "lesson_id": lesson.public_id})
        + "#quiz-result"
    )


@login_required
@require_POST
def assignment_submit(request: HttpRequest, slug: str, lesson_id: uuid.UUID) -> HttpResponse:
    user, _course, lesson, preview = _lesson_access(request, slug, lesson_id)
    if preview:
        raise PermissionDenied
    form = SubmissionForm(request.POST)
    if form.is_valid():
        try:
            services.submission_create(
                user=user,
                lesson=lesson,
                text=form.cleaned_data["text"],
                photos=request.FILES.getlist("photos"),
            )
        except ValidationError as error:
            flash_errors(request, error)
        else:
            messages.success(request, _("Your work is sent. Your trainer will give feedback."))
    return redirect("learning:lesson", slug=slug, lesson_id=lesson.public_id)


@login_required
@require_POST
def post_create(request: HttpRequest, slug: str, lesson_id: uuid.UUID) -> HttpResponse:
    user, _course, lesson, _preview = _lesson_access(request, slug, lesson_id)
    form = PostForm(request.POST)
    if form.is_valid():
        parent = None
        if form.cleaned_data.get("parent"):
            parent = Post.objects.filter(
                lesson=lesson, public_id=form.cleaned_data["parent"]
            ).first()
        try:
            services.post_create(
                lesson=lesson, author=user, body=form.cleaned_data["body"], parent=parent
            )
        except ValidationError as error:
            flash_errors(request, error)
    return redirect(
        reverse("learning:lesson", kwargs={"slug": slug, "lesson_id": lesson.public_id})
        + "#discussion"
    )


@login_required
@require_POST
def post_hide(request: HttpRequest, post_id: uuid.UUID) -> HttpResponse:
    post = access.post_for_moderator(user=request.user, post_id=post_id)
    services.post_hide(
        post=post, actor=require_user(request.user), hidden=request.POST.get("show") != "1"
    )
    return redirect(
        reverse(
            "learning:lesson",
            kwargs={"slug": post.lesson.course.slug, "lesson_id": post.lesson.public_id},
        )
        + "#discussion"
    )


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    user = require_user(request.user)
    context = selectors.learner_dashboard(user=user)
    context["is_trainer"] = access.is_trainer(user)
    return render(request, "learning/dashboard.html", context)


@login_required
@require_GET
def submission_detail(request: HttpRequest, submission_id: uuid.UUID) -> HttpResponse:
    submission = access.submission_for_viewer(user=request.user, submission_id=submission_id)
    user = require_user(request.user)
    rubric = list(submission.lesson.rubric.all())
    grades = {g.criterion_id: g.points for g in submission.grades.all()}
    can_grade = True
    try:
        access.submission_for_grader(user=user, submission_id=submission_id)
    except PermissionDenied:
        can_grade = False
    return render(
        request,
        "learning/submission.html",
        {
            "submission": submission,
            "photos": list(submission.photos.all()),
            "rubric": rubric,
            "graded_rows": [(c, grades[c.pk]) for c in rubric if c.pk in grades],
            "can_grade": can_grade and submission.status == SubmissionStatus.SUBMITTED,
        },
    )


@login_required
@require_GET
def submission_photo(request: HttpRequest, submission_id: uuid.UUID, photo_id: int) -> FileResponse:
    submission = access.submission_for_viewer(user=request.user, submission_id=submission_id)
    photo = submission.photos.filter(pk=photo_id).first()
    if photo is None:
        raise Http404
    response = FileResponse(photo.image.open("rb"), content_type="image/webp")
    response["Cache-Control"] = "private, max-age=3600"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
@require_POST
def submission_grade(request: HttpRequest, submission_id: uuid.UUID) -> HttpResponse:
    submission = access.submission_for_grader(user=request.user, submission_id=submission_id)
    points: dict[int, int] = {}
    for criterion in submission.lesson.rubric.all():
        raw = request.POST.get(f"points-{criterion.pk}", "")
        if raw.strip().isdigit():
            points[criterion.pk] = int(raw)
    try:
        services.submission_grade(
            submission=submission,
            actor=require_user(request.user),
            points=points,
            feedback=request.POST.get("feedback", ""),
            accept=request.POST.get("decision") == "accept",
        )
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(request, _("Feedback saved."))
    return redirect("learning:submission", submission_id=submission.public_id)


@login_required
@require_GET
def session_ics(request: HttpRequest, session_id: uuid.UUID) -> HttpResponse:
    session = access.session_for_participant(user=request.user, session_id=session_id)
    response = HttpResponse(services.session_ics(session), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="cooplab-{session.public_id}.ics"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def session_attendance(request: HttpRequest, session_id: uuid.UUID) -> HttpResponse:
    """The facilitator ticks who was there; on a shared phone, a member ticks herself and the
    colleagues from her cooperative who are with her."""
    session = access.session_for_participant(user=request.user, session_id=session_id)
    user = require_user(request.user)
    cohort = session.cohort
    manages = access.is_staff(user) or cohort.facilitator_id == user.pk
    members = list(User.objects.filter(cohort_memberships__cohort=cohort).order_by("first_name"))
    if request.method == "POST":
        present = {int(v) for v in request.POST.getlist("present") if v.isdigit()}
        absent = {m.pk for m in members} - present if manages else set()
        try:
            services.attendance_mark(
                session=session, actor=user, present_ids=present, absent_ids=absent
            )
        except ValidationError as error:
            flash_errors(request, error)
        else:
            messages.success(request, _("Attendance saved."))
        return redirect("learning:session_attendance", session_id=session.public_id)
    present_ids = set(session.attendance.filter(present=True).values_list("user_id", flat=True))
    return render(
        request,
        "learning/attendance.html",
        {
            "session": session,
            "members": members,
            "present_ids": present_ids,
            "manages": manages,
        },
    )
