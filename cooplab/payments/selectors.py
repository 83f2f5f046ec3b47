"""Reads for payment pages: bank-transfer instructions, finance queues and balances."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import BigIntegerField, F, QuerySet, Sum
from django.db.models.functions import Cast, Round

from cooplab.core.rib import format_rib
from cooplab.ledger import accounts as codes
from cooplab.ledger.models import JournalLine
from cooplab.ledger.selectors import _from_cents, account_balance

from .models import CodRemittance, Payment, PaymentStatus, Provider, Refund, RefundStatus

if TYPE_CHECKING:
    from cooplab.orders.models import Order

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class TransferInstructions:
    holder: str
    bank: str
    rib: str  # formatted for reading ("011 780 … 87"), empty when not configured
    amount: Decimal
    reference: str
    deadline: dt.datetime | None


def transfer_instructions(order: Order) -> TransferInstructions | None:
    """What a customer needs to pay ``order`` by transfer, while it waits for the money
    (None for other methods, or once paid, cancelled or expired)."""
    from cooplab.orders.models import CooperativeOrderStatus

    if order.payment_method != "bank_transfer":
        return None
    waiting = [
        part for part in order.parts.all() if part.status == CooperativeOrderStatus.AWAITING_PAYMENT
    ]
    if not waiting:
        return None
    payment = Payment.objects.filter(order=order).only("reference", "status", "amount").first()
    if payment is not None and payment.status not in (PaymentStatus.PENDING, PaymentStatus.FAILED):
        return None
    try:
        rib = format_rib(settings.PLATFORM_BANK_RIB) if settings.PLATFORM_BANK_RIB else ""
    except ValidationError:
        rib = ""
    deadlines = [part.expires_at for part in waiting if part.expires_at is not None]
    return TransferInstructions(
        holder=settings.PLATFORM_BANK_HOLDER,
        bank=settings.PLATFORM_BANK_NAME,
        rib=rib,
        amount=payment.amount if payment is not None else order.total,
        reference=payment.reference if payment is not None else order.number,
        deadline=min(deadlines) if deadlines else None,
    )


def payment_with_events(order: Order) -> Payment | None:
    payment = Payment.objects.filter(order=order).first()
    if payment is not None:
        payment.event_list = list(payment.events.select_related("actor"))  # type: ignore[attr-defined]
    return payment


def balances_by_prefix(prefix: str) -> list[tuple[str, Decimal]]:
    """(suffix, balance) of every account ``<prefix>:<suffix>`` (assets: debit balance), in one
    query."""
    rows = (
        JournalLine.objects.filter(account__code__startswith=f"{prefix}:")
        .values("account__code", "account__kind")
        .annotate(cents=Sum(Cast(Round(F("amount") * 100), output_field=BigIntegerField())))
        .order_by("account__code")
    )
    found = []
    for row in rows:
        raw = _from_cents(row["cents"])
        debit_normal = row["account__kind"] in ("asset", "expense")
        found.append((row["account__code"].split(":", 1)[1], (raw if debit_normal else -raw) + 0))
    return found


@dataclass(frozen=True)
class FinanceOverview:
    gateway_clearing: Decimal
    cod_in_transit: list[tuple[str, Decimal]]
    cod_in_transit_total: Decimal
    refunds_due_balance: Decimal
    payouts_clearing: Decimal
    commission_revenue: Decimal
    bank: Decimal
    cod_differences: Decimal
    due_refunds: int
    flagged_remittances: int
    transfers_waiting: int


def finance_overview() -> FinanceOverview:
    in_transit = balances_by_prefix(codes.COD_IN_TRANSIT)
    return FinanceOverview(
        gateway_clearing=account_balance(codes.gateway_clearing("cmi")),
        cod_in_transit=in_transit,
        cod_in_transit_total=sum((amount for _code, amount in in_transit), ZERO),
        refunds_due_balance=account_balance(codes.REFUNDS),
        payouts_clearing=account_balance(codes.PAYOUTS_CLEARING),
        commission_revenue=account_balance(codes.COMMISSION_REVENUE),
        bank=account_balance(codes.BANK),
        cod_differences=account_balance(codes.COD_DIFFERENCES),
        due_refunds=Refund.objects.filter(status=RefundStatus.DUE).count(),
        flagged_remittances=CodRemittance.objects.filter(status="difference").count(),
        transfers_waiting=Payment.objects.filter(
            provider=Provider.BANK, status__in=(PaymentStatus.PENDING, PaymentStatus.FAILED)
        ).count(),
    )


def refunds_due() -> QuerySet[Refund]:
    return (
        Refund.objects.filter(status=RefundStatus.DUE)
        .select_related("payment", "cooperative_order__order", "cooperative_order__cooperative")
        .order_by("created_at", "id")
    )


def refunds_paid() -> QuerySet[Refund]:
    return (
        Refund.objects.filter(status=RefundStatus.PAID)
        .select_related(
            "payment", "cooperative_order__order", "cooperative_order__cooperative", "paid_by"
        )
        .order_by("-paid_at", "-id")
    )


def remittances() -> QuerySet[CodRemittance]:
    return CodRemittance.objects.select_related("created_by").order_by("-received_on", "-id")
