"""Read-only admin for payouts: approval (with a second factor), payment and failure happen on
the staff payout pages, through the services."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from cooplab.ledger.admin import ReadOnlyAdmin

from .models import Payout, PayoutLine


class PayoutLineInline(admin.TabularInline):
    model = PayoutLine
    fields = ["kind", "order_number", "gross", "commission", "net"]
    readonly_fields = ["kind", "order_number", "gross", "commission", "net"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Payout)
class PayoutAdmin(ReadOnlyAdmin):
    list_display = ["public_id", "cooperative", "period", "status", "amount", "approved_by"]
    list_filter = ["status", "period"]
    search_fields = ["public_id", "cooperative__slug", "bank_reference"]
    inlines = [PayoutLineInline]
