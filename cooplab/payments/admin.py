"""Read-only admin for payments: every change goes through the services and the staff finance
pages (so that events, ledger postings and audit rows are written); the admin is for looking."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from cooplab.ledger.admin import ReadOnlyAdmin

from .models import CodRemittance, CodRemittanceItem, Payment, PaymentEvent, Refund


class PaymentEventInline(admin.TabularInline):
    model = PaymentEvent
    fields = ["created_at", "kind", "provider_reference", "amount", "from_status", "to_status"]
    readonly_fields = [
        "created_at",
        "kind",
        "provider_reference",
        "amount",
        "from_status",
        "to_status",
    ]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Payment)
class PaymentAdmin(ReadOnlyAdmin):
    list_display = ["reference", "provider", "status", "amount", "captured_amount", "created_at"]
    list_filter = ["provider", "status"]
    search_fields = ["reference", "provider_reference", "order__phone"]
    date_hierarchy = "created_at"
    inlines = [PaymentEventInline]


@admin.register(PaymentEvent)
class PaymentEventAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "provider", "kind", "provider_reference", "payment", "amount"]
    list_filter = ["provider", "kind"]
    search_fields = ["provider_reference", "payment__reference"]


@admin.register(Refund)
class RefundAdmin(ReadOnlyAdmin):
    list_display = ["cooperative_order", "reason", "method", "status", "amount", "created_at"]
    list_filter = ["status", "method", "reason"]
    search_fields = ["cooperative_order__number", "reference"]


class CodRemittanceItemInline(admin.TabularInline):
    model = CodRemittanceItem
    fields = ["cooperative_order", "amount"]
    readonly_fields = ["cooperative_order", "amount"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(CodRemittance)
class CodRemittanceAdmin(ReadOnlyAdmin):
    list_display = ["received_on", "carrier", "amount_received", "expected_amount", "status"]
    list_filter = ["status", "carrier_code"]
    search_fields = ["bank_reference", "items__cooperative_order__number"]
    inlines = [CodRemittanceItemInline]
