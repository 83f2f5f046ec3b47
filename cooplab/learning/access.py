"""Who may do what in training. Every learning view and API endpoint goes through these
functions; they raise PermissionDenied (or Http404 for ids that do not parse), and answer the
same for "does not exist" and "not yours" so nothing is revealed.

- learners: their own enrolments, progress, attempts and submissions;
- trainers (the `trainers` group): the courses they author; the learners of the cohorts they
  facilitate (submissions, grading, attendance, reports);
- managers: the learning of the active members of their cooperative (reports, submissions,
  enrolling members);
- platform staff: everything.
"""

from __future__ import annotations

import uuid

from django.core.exceptions import PermissionDenied
from django.http import Http404

from cooplab.accounts.models import User
from cooplab.accounts.roles import TRAINERS_GROUP
from cooplab.cooperatives.models import Membership, MembershipRole

from .models import Cohort, Course, Enrolment, Lesson, LiveSession, Post, Submission


def parse_id(value: uuid.UUID | str) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except (ValueError, TypeError) as exc:
        raise Http404 from exc


def signed_in(user: object) -> User:
    if not isinstance(user, User) or not user.is_authenticated or not user.is_active:
        raise PermissionDenied
    return user


def is_staff(user: User) -> bool:
    return bool(user.is_active and user.is_staff)


def is_trainer(user: User) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if is_staff(user):
        return True
    cached = getattr(user, "_learning_is_trainer", None)
    if cached is None:
        cached = user.groups.filter(name=TRAINERS_GROUP).exists()
        user._learning_is_trainer = cached  # type: ignore[attr-defined]
    return bool(cached)


def require_trainer(user: object) -> User:
    person = signed_in(user)
    if not is_trainer(person):
        raise PermissionDenied
    return person


def can_author(user: User, course: Course) -> bool:
    return is_staff(user) or (is_trainer(user) and course.owner_id == user.pk)


def course_for_author(*, user: object, course_id: uuid.UUID | str) -> Course:
    person = signed_in(user)
    course = Course.objects.filter(public_id=parse_id(course_id)).first()
    if course is None or not can_author(person, course):
        raise PermissionDenied
    return course


def lesson_for_author(*, user: object, lesson_id: uuid.UUID | str) -> Lesson:
    person = signed_in(user)
    lesson = (
        Lesson.objects.select_related("course", "module").filter(public_id=parse_id(lesson_id))
    ).first()
    if lesson is None or not can_author(person, lesson.course):
        raise PermissionDenied
    return lesson


def facilitates(user: User, course: Course) -> bool:
    return Cohort.objects.filter(course=course, facilitator=user).exists()


def is_course_trainer(user: User, course: Course) -> bool:
    """Staff, the course's author, or the facilitator of one of its cohorts."""
    if not user.is_authenticated:
        return False
    return is_staff(user) or can_author(user, course) or facilitates(user, course)


def cohort_for_facilitator(*, user: object, cohort_id: uuid.UUID | str) -> Cohort:
    person = signed_in(user)
    cohort = Cohort.objects.select_related("course", "facilitator").filter(
        public_id=parse_id(cohort_id)
    )
    found = cohort.first()
    if found is None or not (is_staff(person) or found.facilitator_id == person.pk):
        raise PermissionDenied
    return found


def session_for_participant(*, user: object, session_id: uuid.UUID | str) -> LiveSession:
    """A live session, for its cohort's members, its facilitator and staff."""
    person = signed_in(user)
    session = (
        LiveSession.objects.select_related("cohort", "cohort__course")
        .filter(public_id=parse_id(session_id))
        .first()
    )
    if session is None:
        raise PermissionDenied
    cohort = session.cohort
    if is_staff(person) or cohort.facilitator_id == person.pk:
        return session
    if not cohort.memberships.filter(user=person).exists():
        raise PermissionDenied
    return session


def managed_member_ids(user: User) -> set[int]:
    """Users who are active members of a cooperative `user` actively manages."""
    cooperatives = Membership.objects.filter(
        user=user, role=MembershipRole.MANAGER, is_active=True
    ).values("cooperative_id")
    return set(
        Membership.objects.filter(cooperative_id__in=cooperatives, is_active=True).values_list(
            "user_id", flat=True
        )
    )


def learner_is_in_facilitated_cohort(*, trainer: User, learner_id: int, course: Course) -> bool:
    return Cohort.objects.filter(
        course=course, facilitator=trainer, memberships__user_id=learner_id
    ).exists()


def may_view_learner(*, viewer: User, learner_id: int, course: Course) -> bool:
    """The learner, staff, a facilitator of a cohort of the course holding the learner, or a
    manager of the learner's cooperative."""
    if viewer.pk == learner_id or is_staff(viewer):
        return True
    if learner_is_in_facilitated_cohort(trainer=viewer, learner_id=learner_id, course=course):
        return True
    return learner_id in managed_member_ids(viewer)


def submission_for_viewer(*, user: object, submission_id: uuid.UUID | str) -> Submission:
    person = signed_in(user)
    submission = (
        Submission.objects.select_related("lesson", "lesson__course", "user")
        .filter(public_id=parse_id(submission_id))
        .first()
    )
    if submission is None or not may_view_learner(
        viewer=person, learner_id=submission.user_id, course=submission.lesson.course
    ):
        raise PermissionDenied
    return submission


def submission_for_grader(*, user: object, submission_id: uuid.UUID | str) -> Submission:
    """Trainers grade the learners of their own cohorts; staff grade any."""
    person = signed_in(user)
    submission = (
        Submission.objects.select_related("lesson", "lesson__course", "user")
        .filter(public_id=parse_id(submission_id))
        .first()
    )
    if submission is None:
        raise PermissionDenied
    if is_staff(person):
        return submission
    if not learner_is_in_facilitated_cohort(
        trainer=person, learner_id=submission.user_id, course=submission.lesson.course
    ):
        raise PermissionDenied
    return submission


def enrolment_of(*, user: User, course: Course) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def post_for_moderator(*, user: object, post_id: uuid.UUID | str) -> Post:
    person = signed_in(user)
    post = (
        Post.objects.select_related("lesson", "lesson__course")
        .filter(public_id=parse_id(post_id))
        .first()
    )
    if post is None or not is_course_trainer(person, post.lesson.course):
        raise PermissionDenied
    return post
