"""allauth adapter: phone numbers stored in E.164 on the user; codes and emails go through the
outbox (cooplab.notifications), marked sensitive: they carry codes and sign-in links."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext

from cooplab.core.phone import PhoneNumberField, try_normalize_phone
from cooplab.notifications.services import email_send_after_commit, sms_send_after_commit

from .models import User, require_user


class AccountAdapter(DefaultAccountAdapter):
    def phone_form_field(self, **kwargs: Any) -> Any:
        kwargs.setdefault("help_text", gettext("Moroccan mobile, for example 06 12 34 56 78."))
        return PhoneNumberField(**kwargs)

    def clean_phone(self, phone: str) -> str:
        normalized = try_normalize_phone(phone)
        if normalized is None:
            raise _invalid_phone()
        return normalized

    def send_verification_code_sms(
        self, user: AbstractBaseUser, phone: str, code: str, **kwargs: Any
    ) -> None:
        sms_send_after_commit(
            to=phone,
            body=gettext("CoopLab: your verification code is %(code)s. It expires in 15 minutes.")
            % {"code": code},
            template="account/phone_verification_code",
            sensitive=True,
        )

    def send_unknown_account_sms(self, phone: str, **kwargs: Any) -> None:
        sms_send_after_commit(
            to=phone,
            body=gettext("CoopLab: no account uses this number. You can sign up on the site."),
            template="account/unknown_account",
        )

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """Render now (in the request's language), send from the task worker after commit."""
        request = self.request
        ctx = {"email": email, "current_site": get_current_site(request), **context}
        if request is not None:
            ctx["request"] = request
        # Every allauth email carries a code or a link that signs in or resets a password.
        email_send_after_commit(
            self.render_mail(template_prefix, email, ctx),
            template=template_prefix[:100],
            sensitive=True,
        )

    def set_phone(self, user: AbstractBaseUser, phone: str, verified: bool) -> None:
        user = require_user(user)
        user.phone = try_normalize_phone(phone) or phone
        user.phone_verified = verified
        if user.pk is not None:  # at sign-up allauth sets the phone before the first save
            user.save(update_fields=["phone", "phone_verified"])

    def get_phone(self, user: AbstractBaseUser) -> tuple[str, bool] | None:
        user = require_user(user)
        if user.phone:
            return user.phone, user.phone_verified
        return None

    def set_phone_verified(self, user: AbstractBaseUser, phone: str) -> None:
        user = require_user(user)
        user.phone_verified = True
        user.save(update_fields=["phone_verified"])

    def get_user_by_phone(self, phone: str) -> AbstractBaseUser | None:
        normalized = try_normalize_phone(phone)
        if normalized is None:
            return None
        return User.objects.filter(phone=normalized).first()

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language() or "fr"
        if language in {"ar", "fr", "en"}:
            user.preferred_language = language
        if commit:
            user.save()
        return user

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Send people back to the site in the language they chose in their profile."""
        url = super().get_login_redirect_url(request)
        user = request.user
        if isinstance(user, User) and user.preferred_language:
            return translate_url(url, user.preferred_language)
        return url


def _invalid_phone() -> ValidationError:
    return ValidationError(
        gettext("Enter a valid phone number, for example 06 12 34 56 78."), code="invalid_phone"
    )
