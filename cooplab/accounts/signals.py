"""Audit rows for authentication events. Authentication is driven by Django/allauth/axes, so
their signals are the only hook; business flows elsewhere call services explicitly."""

from __future__ import annotations

from typing import Any

from allauth.mfa.signals import authenticator_added, authenticator_removed
from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from cooplab.accounts.lockout import lockout_username
from cooplab.core.audit import audit_log


@receiver(user_logged_in)
def on_logged_in(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    audit_log(action="auth.login", actor=user, target=user, request=request)


@receiver(user_logged_out)
def on_logged_out(sender: Any, request: HttpRequest, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_log(action="auth.logout", actor=user, target=user, request=request)


@receiver(user_login_failed)
def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    login = lockout_username(request, credentials) if request is not None else ""
    audit_log(action="auth.login_failed", request=request, data={"login": login})


@receiver(user_locked_out)
def on_locked_out(sender: Any, request: HttpRequest, username: str, **kwargs: Any) -> None:
    audit_log(action="auth.locked_out", request=request, data={"login": username})


@receiver(authenticator_added)
def on_authenticator_added(
    sender: Any, request: HttpRequest, user: Any, authenticator: Any, **kwargs: Any
) -> None:
    audit_log(
        action="auth.mfa_added",
        actor=user,
        target=user,
        request=request,
        data={"type": authenticator.type},
    )


@receiver(authenticator_removed)
def on_authenticator_removed(
    sender: Any, request: HttpRequest, user: Any, authenticator: Any, **kwargs: Any
) -> None:
    audit_log(
        action="auth.mfa_removed",
        actor=user,
        target=user,
        request=request,
        data={"type": authenticator.type},
    )
