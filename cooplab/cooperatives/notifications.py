"""Messages to a cooperative's managers, in each manager's own language, sent after commit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.template.loader import render_to_string
from django.utils import translation

from cooplab.notifications.services import (
    email_send_after_commit,
    message_queue,
    sms_send_after_commit,
)

from .models import Cooperative, Membership, MembershipRole


def notify_managers(*, cooperative: Cooperative, template: str, context: dict[str, object]) -> None:
    """Render `cooperatives/notifications/<template>_{subject,body,sms}.txt` per manager."""
    managers = Membership.objects.filter(
        cooperative=cooperative, role=MembershipRole.MANAGER, is_active=True
    ).select_related("user")
    for membership in managers:
        user = membership.user
        with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
            ctx = {"cooperative": cooperative, "user": user, **context}
            prefix = f"cooperatives/notifications/{template}"
            if user.email:
                subject = render_to_string(f"{prefix}_subject.txt", ctx).strip()
                body = render_to_string(f"{prefix}_body.txt", ctx)
                email_send_after_commit(
                    EmailMultiAlternatives(subject, body, to=[user.email]),
                    template=prefix,
                    ref=cooperative,
                )
            if user.phone:
                sms = render_to_string(f"{prefix}_sms.txt", ctx).strip()
                sms_send_after_commit(to=user.phone, body=sms, template=prefix, ref=cooperative)


def managers_message_queue(
    *,
    cooperative_id: int,
    template: str,
    dedupe: str,
    ref: models.Model,
    context: Callable[[str], dict[str, Any]],
) -> None:
    """Queue `template` by email and SMS (the outbox: written in the caller's transaction, sent
    after commit) to each active manager of the cooperative, in the manager's language.
    `context(language)` builds the message context with that language active (links, amounts);
    the dedupe key is `<dedupe>:<channel>:<user id>`."""
    managers = Membership.objects.filter(
        cooperative_id=cooperative_id, role=MembershipRole.MANAGER, is_active=True
    ).select_related("user")
    for membership in managers:
        user = membership.user
        language = user.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            ctx = context(language)
        for channel, address in (("email", user.email), ("sms", user.phone)):
            if address:
                message_queue(
                    channel=channel,
                    to=address,
                    template=template,
                    context=ctx,
                    language=language,
                    dedupe_key=f"{dedupe}:{channel}:{user.pk}",
                    ref=ref,
                )
