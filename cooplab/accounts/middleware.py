"""Staff must protect their account with a second factor before using anything else."""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

ALLOWED_PREFIXES = ("/static/", "/media/", "/healthz", "/i18n/")
ALLOWED_SUFFIXES = ("/accounts/2fa/", "/accounts/logout/", "/accounts/reauthenticate/")


class StaffSecondFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.is_staff
            and not self._is_allowed_path(request.path)
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request,
                _("Staff accounts must use a second factor. Set up an authenticator app first."),
            )
            return HttpResponseRedirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    @staticmethod
    def _is_allowed_path(path: str) -> bool:
        if path.startswith(ALLOWED_PREFIXES):
            return True
        return any(suffix in path for suffix in ALLOWED_SUFFIXES)
