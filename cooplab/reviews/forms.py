"""Forms of the review pages: they render and carry the input; the services validate it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import BODY_MAX_LENGTH, REASON_MAX_LENGTH, TITLE_MAX_LENGTH

RATING_CHOICES = [
    (1, _("1 star: poor")),
    (2, _("2 stars: fair")),
    (3, _("3 stars: good")),
    (4, _("4 stars: very good")),
    (5, _("5 stars: excellent")),
]

LANGUAGE_NAMES = {
    "ar": _("Arabic"),
    "fr": _("French"),
    "en": _("English"),
    "zgh": _("Tamazight"),
}


def language_choices() -> list[tuple[str, Any]]:
    return [(code, LANGUAGE_NAMES.get(code, code)) for code in settings.CONTENT_LANGUAGES]


class ReviewForm(forms.Form):
    # A plain CharField: the service decides what a valid rating is (and says so, translated).
    rating = forms.CharField(
        label=_("Your rating"), widget=forms.RadioSelect(choices=RATING_CHOICES), required=False
    )
    title = forms.CharField(
        label=_("Title (optional)"), max_length=TITLE_MAX_LENGTH, required=False, strip=False
    )
    body = forms.CharField(
        label=_("Your review (optional)"),
        help_text=_("Plain text. Say what you liked or not about the product itself."),
        # No max_length here: browsers send line ends as two characters; the service counts.
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto", "maxlength": BODY_MAX_LENGTH}),
        required=False,
        strip=False,
    )
    language = forms.ChoiceField(label=_("Language of your review"), choices=language_choices)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["title"].widget.attrs["dir"] = "auto"


class ModerationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for rejecting, shown to the author"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=REASON_MAX_LENGTH,
    )
