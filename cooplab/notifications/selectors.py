"""Reads of the outbox."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from cooplab.core.phone import try_normalize_phone

from .models import OutboundMessage
from .services import Ref, ref_of

VIEW_PERMISSION = "notifications.view_outboundmessage"
RETRY_PERMISSION = "notifications.retry_outboundmessage"


def require_message_staff(user: Any, *, permission: str = VIEW_PERMISSION) -> Any:
    """The signed-in, active staff member holding `permission`, else PermissionDenied."""
    if not (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.is_staff
        and user.has_perm(permission)
    ):
        raise PermissionDenied
    return user


def messages_for_staff(
    *, channel: str = "", status: str = "", recipient: str = "", template: str = ""
) -> QuerySet[OutboundMessage]:
    """Newest first, filtered. `recipient`: a phone number in any form matches its E.164
    number exactly; anything else is searched in the addresses. `template`: a key or its start
    ("orders/" for every order message)."""
    messages = OutboundMessage.objects.order_by("-created_at", "-id")
    if channel:
        messages = messages.filter(channel=channel)
    if status:
        messages = messages.filter(status=status)
    recipient = recipient.strip()
    if recipient:
        phone = try_normalize_phone(recipient) if "@" not in recipient else None
        if phone:
            messages = messages.filter(recipient=phone)
        else:
            messages = messages.filter(recipient__icontains=recipient)
    template = template.strip()
    if template:
        messages = messages.filter(template__startswith=template)
    return messages


def messages_about(*, ref: Ref) -> QuerySet[OutboundMessage]:
    """Every message about one object (an order, a cooperative), newest first."""
    ref_type, ref_id = ref_of(ref)
    return OutboundMessage.objects.filter(ref_type=ref_type, ref_id=ref_id).order_by(
        "-created_at", "-id"
    )
