from django.urls import path

from .views import learner, trainer

app_name = "learning"

# Fixed paths first: a course slug can never be one of them (authoring.RESERVED_SLUGS).
urlpatterns = [
    path("learn/", learner.catalogue, name="catalogue"),
    path("learn/my/", learner.dashboard, name="dashboard"),
    # Trainer space.
    path("learn/trainer/", trainer.trainer_home, name="trainer"),
    path("learn/trainer/courses/new/", trainer.course_create, name="course_create"),
    path("learn/trainer/courses/<uuid:course_id>/", trainer.course_edit, name="course_edit"),
    path(
        "learn/trainer/courses/<uuid:course_id>/publish/",
        trainer.course_publish,
        name="course_publish",
    ),
    path("learn/trainer/courses/<uuid:course_id>/modules/", trainer.module_add, name="module_add"),
    path(
        "learn/trainer/courses/<uuid:course_id>/modules/<uuid:module_id>/move/",
        trainer.module_move,
        name="module_move",
    ),
    path(
        "learn/trainer/courses/<uuid:course_id>/modules/<uuid:module_id>/lessons/",
        trainer.lesson_create,
        name="lesson_create",
    ),
    path("learn/trainer/lessons/<uuid:lesson_id>/", trainer.lesson_edit, name="lesson_edit"),
    path(
        "learn/trainer/lessons/<uuid:lesson_id>/action/",
        trainer.lesson_action,
        name="lesson_action",
    ),
    path(
        "learn/trainer/lessons/<uuid:lesson_id>/questions/",
        trainer.question_add,
        name="question_add",
    ),
    path("learn/trainer/lessons/<uuid:lesson_id>/rubric/", trainer.rubric_add, name="rubric_add"),
    path("learn/trainer/lessons/<uuid:lesson_id>/stats/", trainer.quiz_stats, name="quiz_stats"),
    path("learn/trainer/cohorts/new/", trainer.cohort_create, name="cohort_create"),
    path("learn/trainer/cohorts/<uuid:cohort_id>/", trainer.cohort_detail, name="cohort"),
    path(
        "learn/trainer/cohorts/<uuid:cohort_id>/members/",
        trainer.cohort_member_add,
        name="cohort_member_add",
    ),
    path(
        "learn/trainer/cohorts/<uuid:cohort_id>/sessions/",
        trainer.session_create,
        name="session_create",
    ),
    path(
        "learn/trainer/cohorts/<uuid:cohort_id>/export.csv",
        trainer.cohort_export,
        name="cohort_export",
    ),
    # Managers: their cooperative's members.
    path("learn/coop/<uuid:cooperative_id>/", trainer.coop_learning, name="coop"),
    path("learn/coop/<uuid:cooperative_id>/enrol/", trainer.coop_enrol, name="coop_enrol"),
    # Submissions, sessions, discussion moderation.
    path("learn/submissions/<uuid:submission_id>/", learner.submission_detail, name="submission"),
    path(
        "learn/submissions/<uuid:submission_id>/grade/",
        learner.submission_grade,
        name="submission_grade",
    ),
    path(
        "learn/submissions/<uuid:submission_id>/photos/<int:photo_id>/",
        learner.submission_photo,
        name="submission_photo",
    ),
    path("learn/sessions/<uuid:session_id>/calendar.ics", learner.session_ics, name="session_ics"),
    path(
        "learn/sessions/<uuid:session_id>/attendance/",
        learner.session_attendance,
        name="session_attendance",
    ),
    path("learn/posts/<uuid:post_id>/hide/", learner.post_hide, name="post_hide"),
    # A course and its lessons.
    path("learn/<slug:slug>/", learner.course_detail, name="course"),
    path("learn/<slug:slug>/enrol/", learner.enrol, name="enrol"),
    path("learn/<slug:slug>/lessons/<uuid:lesson_id>/", learner.lesson_detail, name="lesson"),
    path(
        "learn/<slug:slug>/lessons/<uuid:lesson_id>/audio/",
        learner.lesson_audio,
        name="lesson_audio",
    ),
    path(
        "learn/<slug:slug>/lessons/<uuid:lesson_id>/done/",
        learner.lesson_complete,
        name="lesson_complete",
    ),
    path(
        "learn/<slug:slug>/lessons/<uuid:lesson_id>/quiz/", learner.quiz_submit, name="quiz_submit"
    ),
    path(
        "learn/<slug:slug>/lessons/<uuid:lesson_id>/assignment/",
        learner.assignment_submit,
        name="assignment_submit",
    ),
    path(
        "learn/<slug:slug>/lessons/<uuid:lesson_id>/discussion/",
        learner.post_create,
        name="post_create",
    ),
]
