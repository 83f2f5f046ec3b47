"""Training: courses → modules → lessons, quizzes, assignments, enrolments, cohorts, live
sessions, progress and discussion.

Lessons, questions and choices carry a stable `public_id`: progress, attempts and submissions
point to the lesson row, which is never deleted once published (it is retired instead), so
learners keep their progress when a course is re-published (docs/decisions/0012-…)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cooplab.core.storage import private_storage


def _media_path(prefix: str, extension: str) -> str:
    return f"learning/{prefix}/{uuid.uuid4().hex}.{extension}"


def cover_upload_to(instance: models.Model, filename: str) -> str:
    return _media_path("covers", "webp")


def _extension(filename: str, default: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else default
    return extension if extension.isalnum() and len(extension) <= 5 else default


def media_upload_to(instance: models.Model, filename: str) -> str:
    return _media_path("media", _extension(filename, "bin"))


def question_media_upload_to(instance: models.Model, filename: str) -> str:
    return _media_path("quiz", _extension(filename, "bin"))


def submission_upload_to(instance: models.Model, filename: str) -> str:
    return f"learning/submissions/{uuid.uuid4().hex}.webp"


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Course(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    # Translated columns (title_ar, title_fr, title_en, title_zgh …) come from modeltranslation.
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default="beginner")
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=0)
    cover = models.ImageField(_("cover image"), upload_to=cover_upload_to, blank=True)
    languages = models.JSONField(
        _("languages available"), default=list, blank=True, help_text=_("For example fr, ar.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=CourseStatus.choices, default=CourseStatus.DRAFT
    )
    version = models.PositiveIntegerField(
        _("published version"), default=0, help_text=_("0 until first published.")
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    # Completion rule: every required lesson done; these say what "done" means for quizzes and
    # assignments.
    quizzes_must_pass = models.BooleanField(_("required quizzes must be passed"), default=True)
    assignments_must_be_accepted = models.BooleanField(
        _("required assignments must be accepted"), default=True
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authored_courses",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("learning:course", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == CourseStatus.PUBLISHED


class CourseVersion(models.Model):
    """One row per publication: the version number and a snapshot of the course outline."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    outline = models.JSONField(default=list)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("course version")
        verbose_name_plural = _("course versions")
        ordering = ["course", "number"]
        constraints = [
            models.UniqueConstraint(fields=["course", "number"], name="course_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.course} v{self.number}"


class Module(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="modules")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    is_retired = models.BooleanField(_("removed"), default=False)

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")
        ordering = ["course", "position", "id"]

    def __str__(self) -> str:
        return self.title


class LessonKind(models.TextChoices):
    TEXT = "text", _("Text")
    AUDIO = "audio", _("Audio")
    VIDEO = "video", _("Video")
    PDF = "pdf", _("PDF document")
    QUIZ = "quiz", _("Quiz")
    ASSIGNMENT = "assignment", _("Practical assignment")


class AutoAcceptRule(models.TextChoices):
    NONE = "", _("None: a trainer grades")
    FIRST_PRODUCT_PUBLISHED = (
        "first_product_published",
        _("Accepted when the learner's cooperative has published a product"),
    )


class Lesson(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="lessons")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="lessons")
    kind = models.CharField(_("type"), max_length=20, choices=LessonKind.choices)
    title = models.CharField(_("title"), max_length=200)
    # Sanitised HTML (services.sanitize_html); for assignments, the instructions.
    body = models.TextField(_("text"), blank=True)
    position = models.PositiveIntegerField(_("position"), default=0)
    minutes = models.PositiveIntegerField(_("minutes"), default=5)
    required = models.BooleanField(_("required"), default=True)
    # Shown to learners from the version it was published in; retired lessons keep their rows
    # (and the learners' progress) but are no longer shown or counted.
    published_in_version = models.PositiveIntegerField(null=True, blank=True, editable=False)
    is_retired = models.BooleanField(_("removed"), default=False)
    # Audio lesson, or audio narration of a text lesson.
    audio = models.FileField(_("audio file"), upload_to=media_upload_to, blank=True)
    audio_seconds = models.PositiveIntegerField(_("audio duration (seconds)"), default=0)
    audio_bytes = models.PositiveIntegerField(_("audio size (bytes)"), default=0)
    audio_is_placeholder = models.BooleanField(
        _("placeholder audio"),
        default=False,
        help_text=_("A generated tone standing in for a real recording."),
    )
    video = models.FileField(_("video file"), upload_to=media_upload_to, blank=True)
    video_bytes = models.PositiveIntegerField(_("video size (bytes)"), default=0)
    video_url = models.URLField(_("video link"), blank=True)
    pdf = models.FileField(_("PDF file"), upload_to=media_upload_to, blank=True)
    pdf_bytes = models.PositiveIntegerField(_("PDF size (bytes)"), default=0)
    # Quiz.
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=60, validators=[MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 means unlimited.")
    )
    # Assignment.
    auto_accept_rule = models.CharField(
        _("automatic acceptance"),
        max_length=40,
        choices=AutoAcceptRule.choices,
        default=AutoAcceptRule.NONE,
        blank=True,
    )

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        ordering = ["course", "module__position", "position", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(pass_mark__lte=100), name="lesson_pass_mark_le_100")
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_visible(self) -> bool:
        return self.published_in_version is not None and not self.is_retired


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True or false")


class Question(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("type"), max_length=20, choices=QuestionKind.choices)
    text = models.TextField(_("question"))
    explanation = models.TextField(_("explanation shown after answering"), blank=True)
    image = models.ImageField(_("image"), upload_to=question_media_upload_to, blank=True)
    audio = models.FileField(_("audio"), upload_to=question_media_upload_to, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["lesson", "position", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class Choice(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("answer"), max_length=300)
    # Never rendered to learners nor sent by the API: grading happens on the server only.
    is_correct = models.BooleanField(_("correct"), default=False)
    image = models.ImageField(_("image"), upload_to=question_media_upload_to, blank=True)
    audio = models.FileField(_("audio"), upload_to=question_media_upload_to, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("answer choice")
        verbose_name_plural = _("answer choices")
        ordering = ["question", "position", "id"]

    def __str__(self) -> str:
        return self.text


class RubricCriterion(models.Model):
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="rubric")
    title = models.CharField(_("criterion"), max_length=200)
    points = models.PositiveSmallIntegerField(_("points"), default=1)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("rubric criterion")
        verbose_name_plural = _("rubric criteria")
        ordering = ["lesson", "position", "id"]

    def __str__(self) -> str:
        return self.title


class Cohort(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="cohorts")
    name = models.CharField(_("name"), max_length=200)
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("facilitator"),
        on_delete=models.PROTECT,
        related_name="facilitated_cohorts",
    )
    starts_on = models.DateField(_("starts on"), null=True, blank=True)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="CohortMembership",
        related_name="learning_cohorts",
        verbose_name=_("members"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="cohort_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return self.name


class CohortMembership(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cohort member")
        verbose_name_plural = _("cohort members")
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="cohort_member_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.cohort}"


class Enrolment(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="enrolments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    enrolled_at = models.DateTimeField(auto_now_add=True)
    enrolled_version = models.PositiveIntegerField(default=0)
    last_lesson = models.ForeignKey(
        Lesson, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["course", "user"], name="enrolment_unique")]

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"


class ProgressEventKind(models.TextChoices):
    OPENED = "opened", _("Opened")
    COMPLETED = "completed", _("Completed")


class ProgressEvent(models.Model):
    """What a learner's device reported, once per client-generated id (offline sync)."""

    client_id = models.UUIDField(unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="progress_events"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="progress_events")
    kind = models.CharField(max_length=20, choices=ProgressEventKind.choices)
    occurred_at = models.DateTimeField()
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("progress event")
        verbose_name_plural = _("progress events")
        ordering = ["received_at", "id"]

    def __str__(self) -> str:
        return f"{self.user} {self.kind} {self.lesson}"


class LessonCompletion(models.Model):
    """A lesson done by a learner: read or listened to, quiz passed, assignment accepted."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("lesson completed")
        verbose_name_plural = _("lessons completed")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="lesson_completion_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.lesson}"


class QuizAttempt(models.Model):
    """A graded quiz submission. `token` is made by the server when it shows the quiz: the
    same form sent twice is one attempt."""

    token = models.UUIDField(unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    answers = models.JSONField(default=dict)  # {question public_id: [choice public_id, …]}
    correct_questions = models.JSONField(default=list)  # question public_ids answered right
    score = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    passed = models.BooleanField()
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["lesson", "user", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "user", "number"], name="quiz_attempt_number_unique"
            ),
            models.CheckConstraint(condition=Q(score__lte=100), name="quiz_attempt_score_le_100"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.lesson} #{self.number}"


class SubmissionStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for feedback")
    NEEDS_REVISION = "needs_revision", _("To improve and send again")
    ACCEPTED = "accepted", _("Accepted")


class Submission(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="submissions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions"
    )
    number = models.PositiveSmallIntegerField(default=1)
    text = models.TextField(_("your answer"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.SUBMITTED,
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    feedback = models.TextField(_("feedback"), blank=True)
    points = models.PositiveIntegerField(null=True, blank=True)
    auto_accepted = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("assignment submission")
        verbose_name_plural = _("assignment submissions")
        ordering = ["-submitted_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "user", "number"], name="submission_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.lesson} #{self.number}"


class SubmissionPhoto(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(upload_to=submission_upload_to, storage=private_storage)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("submission photo")
        verbose_name_plural = _("submission photos")
        ordering = ["submission", "id"]

    def __str__(self) -> str:
        return f"photo {self.pk}"


class CriterionGrade(models.Model):
    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="grades")
    criterion = models.ForeignKey(RubricCriterion, on_delete=models.CASCADE, related_name="+")
    points = models.PositiveSmallIntegerField(validators=[MinValueValidator(0)])

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "criterion"], name="criterion_grade_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.points}"


class LiveSession(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=60)
    join_url = models.URLField(_("link to join"), blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("live session")
        verbose_name_plural = _("live sessions")
        ordering = ["starts_at", "id"]

    def __str__(self) -> str:
        return self.title


class Attendance(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_attendance"
    )
    present = models.BooleanField(default=True)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    marked_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="attendance_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.session}"


class Post(models.Model):
    """A question under a lesson, or an answer to one (`parent`)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="posts")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_posts"
    )
    body = models.TextField(_("message"), max_length=4000)
    by_trainer = models.BooleanField(default=False)
    is_hidden = models.BooleanField(default=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("discussion message")
        verbose_name_plural = _("discussion messages")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:60]
