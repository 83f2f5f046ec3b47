"""Read-only admin of the outbox: messages change only through the services (staff retry on
the staff page). Sensitive texts are never shown."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .models import OutboundMessage

REDACTED = _("(hidden: this message carries a code or a private link)")


@admin.register(OutboundMessage)
class OutboundMessageAdmin(admin.ModelAdmin[OutboundMessage]):
    list_display = ("created_at", "channel", "recipient", "template", "status", "attempts")
    list_filter = ("channel", "status", "language")
    search_fields = ("recipient", "template", "ref_id", "provider_message_id")
    date_hierarchy = "created_at"
    list_select_related = ()
    fields = readonly_fields = (
        "public_id",
        "channel",
        "recipient",
        "sender",
        "language",
        "template",
        "subject",
        "shown_body",
        "sensitive",
        "status",
        "attempts",
        "last_error",
        "last_attempt_at",
        "next_attempt_at",
        "dedupe_key",
        "ref_type",
        "ref_id",
        "provider_message_id",
        "created_at",
        "sent_at",
    )

    @admin.display(description=_("text"))
    def shown_body(self, obj: OutboundMessage) -> str:
        return str(REDACTED) if obj.sensitive else obj.body

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
