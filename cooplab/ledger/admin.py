"""Read-only admin: the journal is append-only; corrections are reversing entries."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from .models import Account, CommissionRule, JournalEntry, JournalLine


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class JournalLineInline(admin.TabularInline):
    model = JournalLine
    fields = ["account", "amount"]
    readonly_fields = ["account", "amount"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Account)
class AccountAdmin(ReadOnlyAdmin):
    list_display = ["code", "kind", "cooperative", "created_at"]
    list_filter = ["kind"]
    search_fields = ["code"]


@admin.register(JournalEntry)
class JournalEntryAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "kind", "memo", "ref_type", "ref_id", "idempotency_key"]
    list_filter = ["kind"]
    search_fields = ["idempotency_key", "ref_id", "memo"]
    date_hierarchy = "created_at"
    inlines = [JournalLineInline]


@admin.register(CommissionRule)
class CommissionRuleAdmin(ReadOnlyAdmin):
    """Rules are history: a new rate is a new rule, added here; none is edited or deleted."""

    list_display = ["scope", "cooperative", "category", "rate", "valid_from", "note"]
    list_filter = ["scope"]
    fields = ["scope", "cooperative", "category", "rate", "valid_from", "note"]
    raw_id_fields = ["cooperative", "category"]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return bool(request.user.is_staff and request.user.has_perm("ledger.add_commissionrule"))

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        obj.created_by = request.user
        super().save_model(request, obj, form, change)
