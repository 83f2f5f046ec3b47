"""Read configuration from the environment, once, with safe local defaults."""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

TRUE_VALUES = {"1", "true", "yes", "on"}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in TRUE_VALUES


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def email_settings(url: str) -> dict[str, Any]:
    """Translate EMAIL_URL (smtp://user:pass@host:587?tls=1, console://, locmem://) to settings."""
    if not url or url.startswith("console:"):
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if url.startswith("locmem:"):
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if url.startswith("file:"):
        path = urlparse(url).path or "var/mail"
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": path,
        }
    parsed = urlparse(url)
    if parsed.scheme not in {"smtp", "smtps"}:
        raise ValueError(f"Unsupported EMAIL_URL scheme: {parsed.scheme!r}")
    query = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parsed.hostname or "localhost",
        "EMAIL_PORT": parsed.port or (465 if parsed.scheme == "smtps" else 587),
        "EMAIL_HOST_USER": unquote(parsed.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
        "EMAIL_USE_SSL": parsed.scheme == "smtps",
        "EMAIL_USE_TLS": parsed.scheme == "smtp" and query.get("tls", "1") in TRUE_VALUES,
    }


SMS_BACKEND_ALIASES = {
    "console": "cooplab.notifications.sms.ConsoleSMSBackend",
    "file": "cooplab.notifications.sms.FileSMSBackend",
    "locmem": "cooplab.notifications.sms.LocmemSMSBackend",
    "http": "cooplab.notifications.sms.HttpSMSBackend",
}


def sms_backend_path(value: str) -> str:
    """SMS_BACKEND: a short name (console, file, locmem, http) or a dotted path."""
    return SMS_BACKEND_ALIASES.get(value.strip().lower(), value.strip())


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return float(value)
    except ValueError as error:
        raise ValueError(f"{name} must be a number, not {value!r}") from error


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from error
