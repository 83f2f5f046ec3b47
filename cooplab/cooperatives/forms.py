"""Forms of the cooperative back office and staff review. They only parse input; the rules
live in services.py."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooplab.core.ice import normalize_ice
from cooplab.core.phone import PhoneNumberField
from cooplab.core.regions import all_city_choices, get_city, region_choices

from .models import Cooperative, DocumentKind, LabelKind, MembershipRole, Sector


class IdentityForm(forms.Form):
    name_fr = forms.CharField(label=_("Name in French"), max_length=200)
    name_ar = forms.CharField(label=_("Name in Arabic"), max_length=200)
    name_en = forms.CharField(label=_("Name in English (optional)"), max_length=200, required=False)
    name_zgh = forms.CharField(
        label=_("Name in Tamazight (optional, Tifinagh)"), max_length=200, required=False
    )
    register_number = forms.CharField(label=_("Register number"), max_length=40)
    ice = forms.CharField(
        label=_("ICE"),
        max_length=20,
        help_text=_("15 digits, on the cooperative's registration documents."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "autocomplete": "off"}),
    )
    tax_id = forms.CharField(label=_("Tax identifier (IF)"), max_length=20, required=False)
    sector = forms.ChoiceField(label=_("Sector"), choices=Sector.choices)
    founded_year = forms.IntegerField(
        label=_("Year founded"), min_value=1900, max_value=2100, required=False
    )

    def clean_ice(self) -> str:
        return normalize_ice(self.cleaned_data["ice"])

    def clean_founded_year(self) -> int | None:
        year: int | None = self.cleaned_data.get("founded_year")
        if year and year > timezone.localdate().year:
            raise forms.ValidationError(_("The year founded cannot be in the future."))
        return year


class PlaceForm(forms.Form):
    region = forms.ChoiceField(label=_("Region"))
    city = forms.ChoiceField(label=_("City"))
    phone = PhoneNumberField(label=_("Contact phone"), mobile_only=False)
    email = forms.EmailField(label=_("Contact email (optional)"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        region_field = self.fields["region"]
        city_field = self.fields["city"]
        assert isinstance(region_field, forms.ChoiceField)  # noqa: S101 - typing only
        assert isinstance(city_field, forms.ChoiceField)  # noqa: S101
        region_field.choices = [("", "—"), *region_choices()]
        city_field.choices = [("", "—"), *all_city_choices()]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        region, city = cleaned.get("region"), cleaned.get("city")
        if region and city:
            try:
                get_city(region, city)
            except KeyError:
                self.add_error("city", _("Choose a city of the selected region."))
        return cleaned


class MembersForm(forms.Form):
    members_count = forms.IntegerField(label=_("Number of members"), min_value=1, max_value=100000)
    women_count = forms.IntegerField(
        label=_("Number of women members"), min_value=0, max_value=100000
    )
    women_only = forms.BooleanField(
        label=_("Women's cooperative (only women members)"), required=False
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        members, women = cleaned.get("members_count"), cleaned.get("women_count")
        if members is not None and women is not None:
            if women > members:
                self.add_error("women_count", _("There cannot be more women members than members."))
            elif cleaned.get("women_only") and women != members:
                self.add_error(
                    "women_only",
                    _(
                        "In a women's cooperative every member is a woman: "
                        "the two numbers must be equal."
                    ),
                )
        return cleaned


class StoryForm(forms.Form):
    story_fr = forms.CharField(
        label=_("Story in French"), widget=forms.Textarea(attrs={"rows": 5}), max_length=3000
    )
    story_ar = forms.CharField(
        label=_("Story in Arabic"),
        widget=forms.Textarea(attrs={"rows": 5, "dir": "rtl"}),
        max_length=3000,
    )
    story_en = forms.CharField(
        label=_("Story in English (optional)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=3000,
        required=False,
    )
    story_zgh = forms.CharField(
        label=_("Story in Tamazight (optional)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=3000,
        required=False,
    )


APPLICATION_STEPS: list[tuple[str, type[forms.Form], Any]] = [
    ("identity", IdentityForm, _("Identity")),
    ("place", PlaceForm, _("Place and contact")),
    ("members", MembersForm, _("Members")),
    ("story", StoryForm, _("Story")),
]
STEP_NAMES = [name for name, _form, _label in APPLICATION_STEPS]


def step_initial(cooperative: Cooperative, form_class: type[forms.Form]) -> dict[str, Any]:
    return {name: getattr(cooperative, name, None) for name in form_class.base_fields}


class ImageUploadForm(forms.Form):
    image = forms.FileField(
        label=_("Photo"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/*", "capture": "environment"}),
    )
    caption = forms.CharField(label=_("Caption (optional)"), max_length=200, required=False)


class LogoForm(forms.Form):
    logo = forms.FileField(
        label=_("Logo"), widget=forms.ClearableFileInput(attrs={"accept": "image/*"})
    )


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type of document"), choices=DocumentKind.choices)
    file = forms.FileField(
        label=_("File (PDF or photo)"),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )


class ConsentSubmitForm(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I confirm that these details are true, and I agree that CoopLab keeps them and the "
            "documents to verify the cooperative and to run its account (law 09-08). Managers can "
            "ask at any time to see, correct or delete them."
        ),
        required=True,
    )


class InvitationForm(forms.Form):
    contact = forms.CharField(
        label=_("Mobile number or email of the person"),
        max_length=120,
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=MembershipRole.choices, initial=MembershipRole.MEMBER
    )


class MemberRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=MembershipRole.choices)


class CertificationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type of label"), choices=LabelKind.choices)
    name = forms.CharField(label=_("Label"), max_length=120, help_text=_("For example: Argane IGP"))
    certifier = forms.CharField(label=_("Certification body"), max_length=120)
    certificate_number = forms.CharField(label=_("Certificate number"), max_length=60)
    expires_on = forms.DateField(
        label=_("Expiry date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    proof = forms.FileField(
        label=_("Certificate (PDF or photo, optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/jpeg,image/png"}),
    )


class DecisionForm(forms.Form):
    action = forms.ChoiceField(choices=[])
    reason = forms.CharField(
        label=_("Reason, shown to the cooperative"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )

    def __init__(self, *args: Any, actions: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        action_field = self.fields["action"]
        assert isinstance(action_field, forms.ChoiceField)  # noqa: S101 - typing only
        action_field.choices = [(a, a) for a in actions]
