"""The one way to write the audit log."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest

from .models import AuditLog


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    # Behind a proxy, configure it to set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips);
    # X-Forwarded-For is not trusted here because any client can send it.
    return request.META.get("REMOTE_ADDR") or None


def audit_log(
    *,
    action: str,
    actor: Any = None,
    target: models.Model | None = None,
    request: HttpRequest | None = None,
    data: dict[str, Any] | None = None,
) -> AuditLog:
    """Record a security or money event. `actor` is a user (or None for the system)."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    return AuditLog.objects.create(
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=str(actor) if actor is not None else "system",
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        ip_address=client_ip(request),
        data=data or {},
    )
