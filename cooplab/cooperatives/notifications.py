"""Messages to a cooperative's managers, in each manager's own language, sent after commit."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from cooplab.notifications.services import email_send_after_commit, sms_send_after_commit

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
