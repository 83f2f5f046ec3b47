from __future__ import annotations

from typing import Any

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class SignupForm(AllauthSignupForm):
    """Sign up with a mobile number, an email address, or both (at least one)."""

    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    consent = forms.BooleanField(
        label=_(
            "I agree that CoopLab processes my data to run my account, as described in the "
            "privacy notice (law 09-08). I can access, correct or delete it at any time."
        ),
        required=True,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        order = ["first_name", "last_name", "phone", "email", "password1", "password2", "consent"]
        self.order_fields([name for name in order if name in self.fields])
        if "email" in self.fields:
            self.fields["email"].required = False
            self.fields["email"].help_text = _("Optional if you give a mobile number.")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not cleaned.get("phone") and not cleaned.get("email") and not self.errors:
            raise forms.ValidationError(
                _("Give a mobile number or an email address: you will log in with it."),
                code="no_identifier",
            )
        return cleaned

    def save(self, request: Any) -> User:
        user: User = super().save(request)
        user.first_name = self.cleaned_data.get("first_name", "")
        user.last_name = self.cleaned_data.get("last_name", "")
        user.save(update_fields=["first_name", "last_name"])
        return user


class ProfileForm(forms.ModelForm[User]):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "preferred_language"]
