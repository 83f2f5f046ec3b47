"""Admin for training: content can be inspected and corrected here; learners' records
(attempts, submissions, progress) are read-only and change through the services."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from .models import (
    Choice,
    Cohort,
    CohortMembership,
    Course,
    CourseVersion,
    Enrolment,
    Lesson,
    LiveSession,
    Module,
    Post,
    Question,
    QuizAttempt,
    Submission,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class ModuleInline(TranslationTabularInline):
    model = Module
    fields = ("title", "position", "is_retired")
    extra = 0


@admin.register(Course)
class CourseAdmin(TranslationAdmin):
    list_display = ("title", "slug", "status", "version", "level", "owner")
    list_filter = ("status", "level")
    search_fields = ("slug", "title_fr", "title_ar")
    readonly_fields = ("status", "version", "published_at")
    inlines = [ModuleInline]


class ChoiceInline(TranslationTabularInline):
    model = Choice
    fields = ("text", "is_correct", "position")
    extra = 0


@admin.register(Question)
class QuestionAdmin(TranslationAdmin):
    list_display = ("text", "lesson", "kind", "position")
    inlines = [ChoiceInline]


@admin.register(Lesson)
class LessonAdmin(TranslationAdmin):
    list_display = ("title", "course", "module", "kind", "position", "required", "is_retired")
    list_filter = ("kind", "course")
    readonly_fields = ("published_in_version",)


@admin.register(Cohort)
class CohortAdmin(admin.ModelAdmin):
    list_display = ("name", "course", "facilitator", "starts_on", "ends_on")


admin.site.register(CourseVersion, ReadOnlyAdmin)
admin.site.register(CohortMembership, ReadOnlyAdmin)
admin.site.register(Enrolment, ReadOnlyAdmin)
admin.site.register(QuizAttempt, ReadOnlyAdmin)
admin.site.register(Submission, ReadOnlyAdmin)
admin.site.register(LiveSession, admin.ModelAdmin)
admin.site.register(Post, ReadOnlyAdmin)
