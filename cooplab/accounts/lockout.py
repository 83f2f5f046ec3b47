"""The key django-axes counts failures against: the account, however its login was typed."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from cooplab.core.phone import try_normalize_phone


def normalize_login(raw: str) -> str:
    value = (raw or "").strip()
    if "@" in value:
        return value.lower()
    return try_normalize_phone(value) or value.lower()


def lockout_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    credentials = credentials or {}
    for key in ("email", "phone", "login", "username"):
        if credentials.get(key):
            return normalize_login(str(credentials[key]))
    return normalize_login(request.POST.get("login", "")) if request.method == "POST" else ""
