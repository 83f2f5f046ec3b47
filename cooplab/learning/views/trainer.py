"""Trainer space (authoring, cohorts, grading, reports) and the managers' view of their
cooperative's learning. Access through cooplab.learning.access and cooperative_for_member."""

from __future__ import annotations

import csv
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cooplab.accounts.models import User, require_user
from cooplab.cooperatives.models import Membership
from cooplab.cooperatives.selectors import cooperative_for_member
from cooplab.core.phone import try_normalize_phone
from cooplab.core.viewutils import errors_to_form, flash_errors

from .. import access, selectors, services
from ..forms import (
    CohortForm,
    CourseForm,
    LessonForm,
    MemberAddForm,
    ModuleForm,
    QuestionForm,
    RubricForm,
    SessionForm,
)
from ..models import Cohort, Course, CourseStatus, Lesson, LessonKind, Module


def _my_courses(user: User) -> list[Course]:
    courses = Course.objects.all() if access.is_staff(user) else Course.objects.filter(owner=user)
    return list(courses.order_by("slug"))


@login_required
@require_GET
def trainer_home(request: HttpRequest) -> HttpResponse:
    user = access.require_trainer(request.user)
    cohort_form = CohortForm()
    cohort_form.fields["course"].queryset = Course.objects.filter(  # type: ignore[attr-defined]
        status=CourseStatus.PUBLISHED
    )
    cohorts = Cohort.objects.select_related("course")
    if not access.is_staff(user):
        cohorts = cohorts.filter(facilitator=user)
    return render(
        request,
        "learning/trainer/home.html",
        {
            "courses": _my_courses(user),
            "cohorts": list(cohorts.order_by("-starts_on", "name")),
            "pending": list(selectors.pending_submissions_for_trainer(trainer=user)[:50]),
            "course_form": CourseForm(),
            "cohort_form": cohort_form,
        },
    )


@login_required
@require_POST
def course_create(request: HttpRequest) -> HttpResponse:
    user = access.require_trainer(request.user)
    form = CourseForm(request.POST)
    if form.is_valid():
        try:
            course = services.course_create(actor=user, data=form.data_for_service())
        except ValidationError as error:
            flash_errors(request, error)
        else:
            return redirect("learning:course_edit", course_id=course.public_id)
    else:
        messages.error(request, _("Check the course form."))
    return redirect("learning:trainer")


@login_required
@require_http_methods(["GET", "POST"])
def course_edit(request: HttpRequest, course_id: uuid.UUID) -> HttpResponse:
    course = access.course_for_author(user=request.user, course_id=course_id)
    user = require_user(request.user)
    form = CourseForm(request.POST or None, request.FILES or None, course=course)
    if request.method == "POST" and form.is_valid():
        try:
            services.course_update(
                course=course,
                actor=user,
                data=form.data_for_service(),
                cover=form.cleaned_data.get("cover"),
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(request, _("Course saved."))
            return redirect("learning:course_edit", course_id=course.public_id)
    return render(
        request,
        "learning/trainer/course_edit.html",
        {
            "course": course,
            "form": form,
            "modules": selectors.course_modules(course=course, preview=True),
            "module_form": ModuleForm(),
            "lesson_form": LessonForm(),
            "versions": list(course.versions.order_by("-number")[:10]),
        },
    )


@login_required
@require_POST
def module_add(request: HttpRequest, course_id: uuid.UUID) -> HttpResponse:
    course = access.course_for_author(user=request.user, course_id=course_id)
    form = ModuleForm(request.POST)
    if form.is_valid():
        try:
            services.module_save(
                course=course, actor=require_user(request.user), data=form.cleaned_data
            )
        except ValidationError as error:
            flash_errors(request, error)
    return redirect("learning:course_edit", course_id=course.public_id)


@login_required
@require_POST
def module_move(request: HttpRequest, course_id: uuid.UUID, module_id: uuid.UUID) -> HttpResponse:
    course = access.course_for_author(user=request.user, course_id=course_id)
    module = Module.objects.filter(course=course, public_id=module_id).first()
    if module is None:
        raise PermissionDenied
    services.module_move(
        module=module, actor=require_user(request.user), direction=request.POST.get("direction", "")
    )
    return redirect("learning:course_edit", course_id=course.public_id)


@login_required
@require_POST
def lesson_create(request: HttpRequest, course_id: uuid.UUID, module_id: uuid.UUID) -> HttpResponse:
    course = access.course_for_author(user=request.user, course_id=course_id)
    module = Module.objects.filter(course=course, public_id=module_id).first()
    if module is None:
        raise PermissionDenied
    form = LessonForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            lesson = services.lesson_save(
                module=module,
                actor=require_user(request.user),
                data=form.data_for_service(),
                files=form.files_for_service(),
            )
        except ValidationError as error:
            flash_errors(request, error)
        else:
            return redirect("learning:lesson_edit", lesson_id=lesson.public_id)
    else:
        messages.error(request, _("Check the lesson form."))
    return redirect("learning:course_edit", course_id=course.public_id)


@login_required
@require_http_methods(["GET", "POST"])
def lesson_edit(request: HttpRequest, lesson_id: uuid.UUID) -> HttpResponse:
    lesson = access.lesson_for_author(user=request.user, lesson_id=lesson_id)
    user = require_user(request.user)
    form = LessonForm(request.POST or None, request.FILES or None, lesson=lesson)
    if request.method == "POST" and form.is_valid():
        try:
            services.lesson_save(
                module=lesson.module,
                actor=user,
                lesson=lesson,
                data=form.data_for_service(),
                files=form.files_for_service(),
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(request, _("Lesson saved."))
            return redirect("learning:lesson_edit", lesson_id=lesson.public_id)
    return render(
        request,
        "learning/trainer/lesson_edit.html",
        {
            "lesson": lesson,
            "course": lesson.course,
            "form": form,
            "questions": list(lesson.questions.prefetch_related("choices")),
            "rubric": list(lesson.rubric.all()),
            "question_form": QuestionForm(),
            "rubric_form": RubricForm(),
        },
    )


@login_required
@require_POST
def lesson_action(request: HttpRequest, lesson_id: uuid.UUID) -> HttpResponse:
    """Move a lesson up or down, or remove it (retired: learners' progress is kept)."""
    lesson = access.lesson_for_author(user=request.user, lesson_id=lesson_id)
    user = require_user(request.user)
    action = request.POST.get("action", "")
    if action in ("up", "down"):
        services.lesson_move(lesson=lesson, actor=user, direction=action)
    elif action == "remove":
        services.lesson_retire(lesson=lesson, actor=user)
        messages.success(request, _("Lesson removed. Learners keep the progress they made."))
    return redirect("learning:course_edit", course_id=lesson.course.public_id)


@login_required
@require_POST
def question_add(request: HttpRequest, lesson_id: uuid.UUID) -> HttpResponse:
    lesson = access.lesson_for_author(user=request.user, lesson_id=lesson_id)
    form = QuestionForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.question_add(
                lesson=lesson,
                actor=require_user(request.user),
                kind=data["kind"],
                text={f"text_{lang}": data.get(f"text_{lang}", "") for lang in ("fr", "ar")},
                explanation={
                    f"explanation_{lang}": data.get(f"explanation_{lang}", "")
                    for lang in ("fr", "ar")
                },
                choices=form.choices(),
                image=data.get("image"),
            )
        except ValidationError as error:
            flash_errors(request, error)
        else:
            messages.success(request, _("Question added."))
    return redirect("learning:lesson_edit", lesson_id=lesson.public_id)


@login_required
@require_POST
def rubric_add(request: HttpRequest, lesson_id: uuid.UUID) -> HttpResponse:
    lesson = access.lesson_for_author(user=request.user, lesson_id=lesson_id)
    form = RubricForm(request.POST)
    if form.is_valid():
        try:
            services.rubric_add(
                lesson=lesson,
                actor=require_user(request.user),
                title={k: form.cleaned_data[k] for k in ("title_fr", "title_ar")},
                points=form.cleaned_data["points"],
            )
        except ValidationError as error:
            flash_errors(request, error)
    return redirect("learning:lesson_edit", lesson_id=lesson.public_id)


@login_required
@require_POST
def course_publish(request: HttpRequest, course_id: uuid.UUID) -> HttpResponse:
    course = access.course_for_author(user=request.user, course_id=course_id)
    try:
        version = services.course_publish(course=course, actor=require_user(request.user))
    except ValidationError as error:
        flash_errors(request, error)
    else:
        messages.success(
            request,
            _("Version %(number)s is published. Learners keep their progress.")
            % {"number": version.number},
        )
    return redirect("learning:course_edit", course_id=course.public_id)


@login_required
@require_POST
def cohort_create(request: HttpRequest) -> HttpResponse:
    user = access.require_trainer(request.user)
    form = CohortForm(request.POST)
    form.fields["course"].queryset = Course.objects.filter(  # type: ignore[attr-defined]
        status=CourseStatus.PUBLISHED
    )
    if form.is_valid():
        try:
            cohort = services.cohort_create(
                course=form.cleaned_data["course"],
                actor=user,
                name=form.cleaned_data["name"],
                starts_on=form.cleaned_data["starts_on"],
                ends_on=form.cleaned_data["ends_on"],
            )
        except ValidationError as error:
            flash_errors(request, error)
        else:
            return redirect("learning:cohort", cohort_id=cohort.public_id)
    else:
        messages.error(request, _("Check the cohort form."))
    return redirect("learning:trainer")


@login_required
@require_GET
def cohort_detail(request: HttpRequest, cohort_id: uuid.UUID) -> HttpResponse:
    cohort = access.cohort_for_facilitator(user=request.user, cohort_id=cohort_id)
    return render(
        request,
        "learning/trainer/cohort.html",
        {
            "cohort": cohort,
            "rows": selectors.cohort_progress(cohort=cohort),
            "sessions": list(cohort.sessions.order_by("starts_at")),
            "quizzes": list(selectors.quiz_lessons(cohort.course)),
            "member_form": MemberAddForm(),
            "session_form": SessionForm(),
            "now": timezone.now(),
        },
    )


def _find_person(contact: str) -> User | None:
    contact = contact.strip()
    if "@" in contact:
        return User.objects.filter(email__iexact=contact, is_active=True).first()
    phone = try_normalize_phone(contact)
    if phone is None:
        return None
    return User.objects.filter(phone=phone, is_active=True).first()


@login_required
@require_POST
def cohort_member_add(request: HttpRequest, cohort_id: uuid.UUID) -> HttpResponse:
    cohort = access.cohort_for_facilitator(user=request.user, cohort_id=cohort_id)
    form = MemberAddForm(request.POST)
    person = _find_person(form.data.get("contact", "")) if form.is_valid() else None
    if person is None:
        messages.error(request, _("Nobody has an account with this number or address."))
    else:
        services.cohort_member_add(cohort=cohort, user=person, actor=require_user(request.user))
        messages.success(request, _("Member added and enrolled."))
    return redirect("learning:cohort", cohort_id=cohort.public_id)


@login_required
@require_POST
def session_create(request: HttpRequest, cohort_id: uuid.UUID) -> HttpResponse:
    cohort = access.cohort_for_facilitator(user=request.user, cohort_id=cohort_id)
    form = SessionForm(request.POST)
    if form.is_valid():
        try:
            services.live_session_create(
                cohort=cohort, actor=require_user(request.user), **form.cleaned_data
            )
        except ValidationError as error:
            flash_errors(request, error)
        else:
            messages.success(request, _("Live session planned."))
    else:
        messages.error(request, _("Check the date, time and link of the session."))
    return redirect("learning:cohort", cohort_id=cohort.public_id)


@login_required
@require_GET
def cohort_export(request: HttpRequest, cohort_id: uuid.UUID) -> HttpResponse:
    cohort = access.cohort_for_facilitator(user=request.user, cohort_id=cohort_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="cohort-{cohort.public_id}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 (Arabic names) correctly with a BOM
    writer = csv.writer(response)
    writer.writerow(
        [
            "name",
            "phone",
            "email",
            "progress_percent",
            "completed_at",
            "last_activity_at",
            "sessions_attended",
            "sessions",
            "submissions_waiting",
        ]  # fmt: skip
    )
    for row in selectors.cohort_progress(cohort=cohort):
        person = row["user"]
        writer.writerow(
            [
                _csv_safe(person.get_full_name()),
                person.phone or "",
                person.email or "",
                row["percent"],
                row["completed_at"].isoformat() if row["completed_at"] else "",
                row["last_activity_at"].isoformat() if row["last_activity_at"] else "",
                row["attended"],
                row["sessions"],
                row["pending"],
            ]
        )
    return response


def _csv_safe(value: str) -> str:
    """No formula injection when the file is opened in a spreadsheet."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


@login_required
@require_GET
def quiz_stats(request: HttpRequest, lesson_id: uuid.UUID) -> HttpResponse:
    user = access.signed_in(request.user)
    lesson = (
        Lesson.objects.select_related("course")
        .filter(public_id=access.parse_id(lesson_id), kind=LessonKind.QUIZ)
        .first()
    )
    if lesson is None or not access.is_course_trainer(user, lesson.course):
        raise PermissionDenied
    return render(
        request,
        "learning/trainer/quiz_stats.html",
        {"lesson": lesson, "stats": selectors.quiz_question_stats(lesson=lesson)},
    )


@login_required
@require_GET
def coop_learning(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    """Managers: the training of their cooperative's members; enrol a member."""
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    members = list(
        User.objects.filter(
            Q(cooperative_memberships__cooperative=cooperative),
            Q(cooperative_memberships__is_active=True),
        ).order_by("first_name", "pk")
    )
    return render(
        request,
        "learning/coop_report.html",
        {
            "cooperative": cooperative,
            "members": members,
            "enrolments": selectors.cooperative_learning(member_ids=[m.pk for m in members]),
            "courses": list(selectors.course_catalogue()),
        },
    )


@login_required
@require_POST
def coop_enrol(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    membership = (
        Membership.objects.filter(
            cooperative=cooperative, is_active=True, user_id=request.POST.get("member") or 0
        )
        .select_related("user")
        .first()
        if (request.POST.get("member") or "").isdigit()
        else None
    )
    course = Course.objects.filter(
        status=CourseStatus.PUBLISHED, slug=request.POST.get("course", "")
    ).first()
    if membership is None or course is None:
        messages.error(request, _("Choose a member and a course."))
    else:
        try:
            services.enrolment_create(course=course, user=membership.user, actor=user)
        except (ValidationError, PermissionDenied):
            messages.error(request, _("This member cannot be enrolled in this course."))
        else:
            messages.success(request, _("Member enrolled."))
    return redirect("learning:coop", cooperative_id=cooperative.public_id)
