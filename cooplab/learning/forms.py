"""Forms of the training pages. They only parse input; the services decide."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import AutoAcceptRule, Course, Lesson, LessonKind, Level, QuestionKind

LANGUAGE_LABELS = {
    "fr": _("in French"),
    "ar": _("in Arabic"),
    "en": _("in English"),
    "zgh": _("in Tamazight"),
}
TRANSLATED_LANGUAGES = ("fr", "ar", "en", "zgh")


def _translated(
    form: forms.Form, name: str, label: Any, *, textarea: bool = False, initial: Any = None
) -> None:
    for language in TRANSLATED_LANGUAGES:
        widget = forms.Textarea(attrs={"rows": 6 if name == "body" else 3}) if textarea else None
        field = forms.CharField(
            label=f"{label} ({LANGUAGE_LABELS[language]})",
            required=False,
            widget=widget,
            max_length=20_000 if textarea else 200,
        )
        field.widget.attrs["lang"] = language
        field.widget.attrs["dir"] = "rtl" if language == "ar" else "ltr"
        form.fields[f"{name}_{language}"] = field
        if initial is not None:
            form.initial[f"{name}_{language}"] = getattr(initial, f"{name}_{language}", "")


class CourseForm(forms.Form):
    level = forms.ChoiceField(label=_("Level"), choices=Level.choices)
    estimated_minutes = forms.IntegerField(
        label=_("Estimated time (minutes)"), min_value=0, max_value=100_000, initial=60
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages available"),
        choices=[("ar", _("Arabic")), ("fr", _("French")), ("en", _("English")), ("zgh", "ⵜⵎⵣ")],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    quizzes_must_pass = forms.BooleanField(
        label=_("Required quizzes must be passed"), required=False, initial=True
    )
    assignments_must_be_accepted = forms.BooleanField(
        label=_("Required assignments must be accepted by a trainer"), required=False, initial=True
    )
    cover = forms.ImageField(label=_("Cover image"), required=False)

    def __init__(self, *args: Any, course: Course | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _translated(self, "title", _("Title"), initial=course)
        _translated(self, "summary", _("Summary"), textarea=True, initial=course)
        if course is not None:
            for name in (
                "level",
                "estimated_minutes",
                "languages",
                "quizzes_must_pass",
                "assignments_must_be_accepted",
            ):
                self.initial[name] = getattr(course, name)

    def data_for_service(self) -> dict[str, Any]:
        return {k: v for k, v in self.cleaned_data.items() if k != "cover"}


class ModuleForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _translated(self, "title", _("Module title"))


class LessonForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type of lesson"), choices=LessonKind.choices)
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=600, initial=5)
    required = forms.BooleanField(
        label=_("Required to complete the course"), required=False, initial=True
    )
    pass_mark = forms.IntegerField(
        label=_("Pass mark (%)"), min_value=0, max_value=100, initial=60, required=False
    )
    max_attempts = forms.IntegerField(
        label=_("Attempts allowed (0: unlimited)"),
        min_value=0,
        max_value=50,
        initial=3,
        required=False,
    )
    video_url = forms.URLField(label=_("Video link"), required=False, assume_scheme="https")
    auto_accept_rule = forms.ChoiceField(
        label=_("Automatic acceptance"), choices=AutoAcceptRule.choices, required=False
    )
    audio = forms.FileField(label=_("Audio file (lesson or narration)"), required=False)
    video = forms.FileField(label=_("Video file (MP4, keep it small)"), required=False)
    pdf = forms.FileField(label=_("PDF document"), required=False)

    def __init__(self, *args: Any, lesson: Lesson | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _translated(self, "title", _("Title"), initial=lesson)
        _translated(self, "body", _("Text or instructions"), textarea=True, initial=lesson)
        if lesson is not None:
            del self.fields["kind"]
            for name in ("minutes", "required", "pass_mark", "max_attempts", "video_url"):
                self.initial[name] = getattr(lesson, name)
            self.initial["auto_accept_rule"] = lesson.auto_accept_rule

    def data_for_service(self) -> dict[str, Any]:
        return {k: v for k, v in self.cleaned_data.items() if k not in ("audio", "video", "pdf")}

    def files_for_service(self) -> dict[str, Any]:
        return {
            k: self.cleaned_data[k] for k in ("audio", "video", "pdf") if self.cleaned_data.get(k)
        }


CHOICE_SLOTS = 4


class QuestionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type of question"), choices=QuestionKind.choices)
    image = forms.ImageField(label=_("Image (optional)"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for language in ("fr", "ar"):
            self.fields[f"text_{language}"] = forms.CharField(
                label=f"{_('Question')} ({LANGUAGE_LABELS[language]})",
                required=False,
                max_length=1000,
            )
            self.fields[f"explanation_{language}"] = forms.CharField(
                label=f"{_('Explanation')} ({LANGUAGE_LABELS[language]})",
                required=False,
                max_length=1000,
            )
        for slot in range(1, CHOICE_SLOTS + 1):
            for language in ("fr", "ar"):
                self.fields[f"choice{slot}_{language}"] = forms.CharField(
                    label=f"{_('Answer')} {slot} ({LANGUAGE_LABELS[language]})",
                    required=False,
                    max_length=300,
                )
            self.fields[f"choice{slot}_correct"] = forms.BooleanField(
                label=_("Correct"), required=False
            )

    def choices(self) -> list[tuple[dict[str, str], bool]]:
        data = self.cleaned_data
        return [
            (
                {f"text_{lang}": data.get(f"choice{slot}_{lang}", "") for lang in ("fr", "ar")},
                bool(data.get(f"choice{slot}_correct")),
            )
            for slot in range(1, CHOICE_SLOTS + 1)
        ]


class RubricForm(forms.Form):
    title_fr = forms.CharField(label=_("Criterion (in French)"), max_length=200, required=False)
    title_ar = forms.CharField(label=_("Criterion (in Arabic)"), max_length=200, required=False)
    points = forms.IntegerField(label=_("Points"), min_value=1, max_value=100, initial=5)


class CohortForm(forms.Form):
    course: forms.ModelChoiceField[Course] = forms.ModelChoiceField(
        label=_("Course"), queryset=Course.objects.none()
    )
    name = forms.CharField(label=_("Name of the cohort"), max_length=200)
    starts_on = forms.DateField(
        label=_("Starts on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    ends_on = forms.DateField(
        label=_("Ends on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class MemberAddForm(forms.Form):
    contact = forms.CharField(
        label=_("Mobile number or email address of the member"), max_length=200
    )


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    starts_at = forms.DateTimeField(
        label=_("Date and time (Morocco time)"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=5, max_value=600, initial=60
    )
    join_url = forms.URLField(
        label=_("Link to join (any video service)"), required=False, assume_scheme="https"
    )

    def clean_starts_at(self) -> dt.datetime:
        value: dt.datetime = self.cleaned_data["starts_at"]
        if timezone.is_naive(value):
            value = timezone.make_aware(value)  # the current time zone: Africa/Casablanca
        return value


class PostForm(forms.Form):
    body = forms.CharField(
        label=_("Your question or answer"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    parent = forms.UUIDField(required=False, widget=forms.HiddenInput)


class SubmissionForm(forms.Form):
    text = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
