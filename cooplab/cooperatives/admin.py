"""Admin for cooperatives. Status changes go through the same service as the staff pages:
the status fields are read-only here, and the actions call cooperative_transition."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationAdmin

from cooplab.accounts.models import require_user

from . import services
from .models import Certification, Cooperative, CooperativeEvent, Membership
from .states import InvalidTransition


class ReadOnlyInline:
    """Memberships and labels change through the services (one-manager rule, audit), from the
    cooperative back office: the admin only shows them."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class MembershipInline(ReadOnlyInline, admin.TabularInline[Membership, Cooperative]):
    model = Membership
    fields = readonly_fields = ("user", "role", "is_active", "joined_at")


class CertificationInline(ReadOnlyInline, admin.TabularInline[Certification, Cooperative]):
    model = Certification
    fields = readonly_fields = ("kind", "name", "certifier", "certificate_number", "expires_on")


class EventInline(admin.TabularInline[CooperativeEvent, Cooperative]):
    model = CooperativeEvent
    extra = 0
    can_delete = False
    readonly_fields = ["created_at", "from_status", "to_status", "actor", "reason"]

    def has_add_permission(self, request: HttpRequest, obj: Cooperative | None = None) -> bool:
        return False


def _transition(request: HttpRequest, queryset: QuerySet[Cooperative], action: str) -> None:
    done = 0
    for cooperative in queryset:
        try:
            services.cooperative_transition(
                cooperative=cooperative,
                actor=require_user(request.user),
                action=action,
                as_staff=True,
                request=request,
            )
            done += 1
        except InvalidTransition:
            messages.warning(
                request,
                _("%(name)s: not possible from status %(status)s.")
                % {"name": cooperative, "status": cooperative.get_status_display()},
            )
    if done:
        messages.success(
            request,
            ngettext("%(count)s cooperative updated.", "%(count)s cooperatives updated.", done)
            % {"count": done},
        )


@admin.register(Cooperative)
class CooperativeAdmin(TranslationAdmin):
    list_display = ["name", "region", "sector", "status", "members_count", "women_count"]
    list_filter = ["status", "region", "sector", "women_only"]
    search_fields = ["name", "slug", "ice"]
    readonly_fields = [
        "public_id",
        "status",
        "status_reason",
        "submitted_at",
        "verified_at",
        "consent_at",
        "created_by",
    ]
    inlines = [MembershipInline, CertificationInline, EventInline]
    actions = ["verify", "reinstate"]

    def has_review_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("cooperatives.review_cooperative")

    @admin.action(description=_("Verify the selected cooperatives"), permissions=["review"])
    def verify(self, request: HttpRequest, queryset: QuerySet[Cooperative]) -> None:
        _transition(request, queryset, "verify")

    @admin.action(description=_("Reinstate the selected cooperatives"), permissions=["review"])
    def reinstate(self, request: HttpRequest, queryset: QuerySet[Cooperative]) -> None:
        _transition(request, queryset, "reinstate")
