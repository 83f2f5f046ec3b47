"""The outbox: one row per email or SMS, written in the transaction of the event that causes it
and delivered by the task worker after commit (see services.py and docs/decisions/0006)."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    SMS = "sms", _("SMS")


class MessageStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class OutboundMessage(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    channel = models.CharField(_("channel"), max_length=8, choices=Channel.choices)
    #: An email address or an E.164 mobile number.
    recipient = models.CharField(_("recipient"), max_length=254)
    #: The email "From" (empty: DEFAULT_FROM_EMAIL); SMS use SMS_SENDER.
    sender = models.CharField(_("sender"), max_length=254, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body = models.TextField(_("text"))
    html_body = models.TextField(_("HTML version"), blank=True)
    #: The template key ("orders/shipped"), or where a message composed elsewhere comes from.
    template = models.CharField(_("template"), max_length=100, blank=True)
    #: Holds a secret (verification code, sign-in or invitation link): never shown on staff
    #: pages, and the text is erased once sent.
    sensitive = models.BooleanField(_("sensitive"), default=False)
    status = models.CharField(
        _("status"), max_length=10, choices=MessageStatus.choices, default=MessageStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    #: The same event never produces two messages: services derive this key from the event.
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    #: What the message is about ("orders.CooperativeOrder", "42"): no foreign key, so this
    #: app depends on no other.
    ref_type = models.CharField(_("about (type)"), max_length=100, blank=True)
    ref_id = models.CharField(_("about (id)"), max_length=64, blank=True)
    provider_message_id = models.CharField(_("provider's message id"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing message")
        verbose_name_plural = _("outgoing messages")
        ordering = ["-created_at", "-id"]
        permissions = [("retry_outboundmessage", _("Can send a failed message again"))]
        indexes = [
            # The staff list (newest first), optionally filtered by one column.
            models.Index(fields=["-created_at", "-id"], name="notif_msg_recent"),
            models.Index(fields=["status", "-created_at"], name="notif_msg_status_recent"),
            models.Index(fields=["channel", "-created_at"], name="notif_msg_channel_recent"),
            models.Index(fields=["template", "-created_at"], name="notif_msg_template_recent"),
            models.Index(fields=["recipient", "-created_at"], name="notif_msg_recipient_recent"),
            # "Messages about this order".
            models.Index(fields=["ref_type", "ref_id"], name="notif_msg_ref"),
            # The retry job.
            models.Index(fields=["status", "next_attempt_at"], name="notif_msg_retry"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(channel__in=Channel.values), name="notif_msg_channel_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=MessageStatus.values), name="notif_msg_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} → {self.recipient} ({self.template or '-'})"
