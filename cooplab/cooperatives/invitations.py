"""Sending an invitation by SMS or email: a link whose last part is the secret code."""

from __future__ import annotations

from django.core.mail import EmailMultiAlternatives
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from cooplab.notifications.services import email_send_after_commit, sms_send_after_commit

from .models import Invitation


def invitation_url(invitation: Invitation, request: HttpRequest | None) -> str:
    path = reverse("cooperatives:invitation_accept", kwargs={"code": invitation.code})
    return request.build_absolute_uri(path) if request is not None else path


def send_invitation(*, invitation: Invitation, request: HttpRequest | None) -> None:
    url = invitation_url(invitation, request)
    text = _(
        "%(name)s invites you to join the cooperative on CoopLab. Open %(url)s to accept "
        "(valid 14 days)."
    ) % {"name": invitation.cooperative.name, "url": url}
    if invitation.phone:
        # The link's last part is the invitation's secret code.
        sms_send_after_commit(
            to=invitation.phone,
            body=text,
            template="cooperatives/invitation",
            sensitive=True,
            ref=invitation.cooperative,
        )
    if invitation.email:
        subject = _("Invitation to join %(name)s on CoopLab") % {
            "name": invitation.cooperative.name
        }
        email_send_after_commit(
            EmailMultiAlternatives(subject, text, to=[invitation.email]),
            template="cooperatives/invitation",
            sensitive=True,
            ref=invitation.cooperative,
        )
