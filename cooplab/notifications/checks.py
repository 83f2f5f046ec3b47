"""System checks of the notifications settings."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register

NOT_DELIVERING = {
    "ConsoleSMSBackend": "only logs messages",
    "LocmemSMSBackend": "keeps messages in memory",
    "FileSMSBackend": "only writes messages to a file",
}


@register(Tags.compatibility)
def check_http_sms_configured(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    if settings.SMS_BACKEND.rsplit(".", 1)[-1] != "HttpSMSBackend":
        return []
    if not settings.SMS_HTTP_URL.startswith(("https://", "http://")):
        return [
            Error(
                "SMS_BACKEND is the HTTP provider but SMS_HTTP_URL is not an http(s) URL.",
                hint="Set SMS_HTTP_URL (and SMS_HTTP_TOKEN, SMS_SENDER) in the environment.",
                id="notifications.E001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def check_production_sms_backend(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """People who sign up with a mobile number wait for a code: in production it must really
    be sent (a console backend would also leave codes in logs anyone reading them could use)."""
    phone_signup = "phone" in settings.ACCOUNT_LOGIN_METHODS or any(
        field.rstrip("*") == "phone" for field in settings.ACCOUNT_SIGNUP_FIELDS
    )
    backend = settings.SMS_BACKEND.rsplit(".", 1)[-1]
    if settings.DEBUG or not phone_signup or backend not in NOT_DELIVERING:
        return []
    return [
        Warning(
            f"Phone sign-up is on but SMS_BACKEND ({settings.SMS_BACKEND}) "
            f"{NOT_DELIVERING[backend]}: verification codes will not reach anyone.",
            hint="Set SMS_BACKEND=http with SMS_HTTP_URL, SMS_HTTP_TOKEN and SMS_SENDER "
            "(docs/operations.md, SMS).",
            id="notifications.W001",
        )
    ]
