"""What a cooperative is owed and can no longer be refunded: the lines of its next payout.

Eligibility rule (one cooperative order, "part", at a time; docs/operations.md, "Payouts"):

- The part is COMPLETED (delivered, withdrawal period over) or REFUNDED (goods returned within
  the period, refund due), closed before the batch date (00:00 Africa/Casablanca), and no
  draft, approved or paid payout has claimed it yet (a SALE line of such a payout). Lines of a
  failed or cancelled payout claim nothing: their parts are offered again.
- Home delivery paid cash on delivery whose cash the carrier has not remitted yet (no
  ``CodRemittanceItem``): one HELD_BACK line (gross = the part's total, net 0). It only informs
  and claims nothing: the part is paid in a later batch once the carrier has handed the cash
  over.
- Otherwise a SALE line: gross = part total, commission (per order line, at the rate fixed on
  the line), net = share = gross − commission, exactly what the sale credited to the
  cooperative's payable account.
- A part with a refund (withdrawal) adds a REFUND line: gross = refund amount, commission =
  the commission given back, net = −cooperative_share, exactly what the refund debited from the
  payable account.
- Pickup paid cash on delivery: the cooperative took the cash itself (the ledger debited its
  payable by the whole total), so a CASH_KEPT line with net = −total: the part costs the
  cooperative its commission.

Totals (the model's CHECK): gross = Σ sale gross, commission = Σ sale commission, refunds =
Σ refund shares, cash kept = Σ cash kept, amount = gross − commission − refunds − cash kept =
Σ net. Each net is the ledger movement of the payable for that event, so approving the payout
(payable debited by ``amount``) takes off the payable exactly what these parts had put on it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from cooplab.ledger.postings import part_split
from cooplab.orders.models import CooperativeOrder, CooperativeOrderStatus, OrderLine
from cooplab.payments.models import CodRemittanceItem

from .models import CLAIMING_STATUSES, ZERO, Payout, PayoutLine, PayoutLineKind

CASABLANCA = ZoneInfo("Africa/Casablanca")
K = PayoutLineKind
#: Parts that can no longer change: sale recorded, withdrawal period over.
PAYABLE_STATUSES = (CooperativeOrderStatus.COMPLETED, CooperativeOrderStatus.REFUNDED)


# ---- batch dates ----------------------------------------------------------------------------


def payout_days() -> list[int]:
    days = sorted({int(day) for day in settings.PAYOUT_DAYS})
    if not days or days[0] < 1 or days[-1] > 28:
        raise ValueError("PAYOUT_DAYS must be days of the month between 1 and 28.")
    return days


def local_today() -> dt.date:
    return dt.datetime.now(CASABLANCA).date()


def payout_periods(start: dt.date, end: dt.date) -> list[dt.date]:
    """Batch dates from ``start`` to ``end`` (both included)."""
    days = payout_days()
    found = []
    month = start.replace(day=1)
    while month <= end:
        found += [month.replace(day=day) for day in days if start <= month.replace(day=day) <= end]
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return found


def is_payout_day(day: dt.date) -> bool:
    return day.day in payout_days()


def current_period(today: dt.date | None = None) -> dt.date:
    """The latest batch date on or before ``today`` (Casablanca)."""
    today = today or local_today()
    return payout_periods(today - dt.timedelta(days=62), today)[-1]


def next_period(today: dt.date | None = None) -> dt.date:
    """The first batch date after ``today`` (Casablanca)."""
    today = today or local_today()
    return payout_periods(today + dt.timedelta(days=1), today + dt.timedelta(days=62))[0]


def period_start(period: dt.date) -> dt.datetime:
    """Midnight of the batch date in Casablanca: parts closed before it are included."""
    return dt.datetime.combine(period, dt.time.min, tzinfo=CASABLANCA)


# ---- eligibility ----------------------------------------------------------------------------


@dataclass(frozen=True)
class LineDraft:
    kind: str
    part: CooperativeOrder
    gross: Decimal
    commission: Decimal
    net: Decimal
    refund_id: int | None = None


@dataclass
class Eligible:
    """What one cooperative's payout would hold."""

    cooperative_id: int
    lines: list[LineDraft] = field(default_factory=list)

    def _sum(self, kind: str, attr: str) -> Decimal:
        return sum((getattr(line, attr) for line in self.lines if line.kind == kind), ZERO)

    @property
    def gross_total(self) -> Decimal:
        return self._sum(K.SALE, "gross")

    @property
    def commission_total(self) -> Decimal:
        return self._sum(K.SALE, "commission")

    @property
    def refunds_total(self) -> Decimal:
        return -self._sum(K.REFUND, "net")

    @property
    def cash_kept_total(self) -> Decimal:
        return -self._sum(K.CASH_KEPT, "net")

    @property
    def held_back_total(self) -> Decimal:
        return self._sum(K.HELD_BACK, "gross")

    @property
    def amount(self) -> Decimal:
        return sum((line.net for line in self.lines), ZERO)


def claimed_parts() -> QuerySet[PayoutLine]:
    """Lines that claim their part: not held back, in a draft, approved or paid payout."""
    return PayoutLine.objects.filter(payout__status__in=CLAIMING_STATUSES).exclude(kind=K.HELD_BACK)


def eligible_parts(
    *, before: dt.datetime, cooperative_id: int | None = None
) -> QuerySet[CooperativeOrder]:
    parts = CooperativeOrder.objects.filter(
        status__in=PAYABLE_STATUSES, delivered_at__isnull=False, closed_at__lt=before
    ).exclude(Exists(claimed_parts().filter(cooperative_order=OuterRef("pk"))))
    if cooperative_id is not None:
        parts = parts.filter(cooperative_id=cooperative_id)
    return (
        parts.select_related("order", "refund", "remittance_item")
        .prefetch_related(Prefetch("lines", queryset=OrderLine.objects.order_by("pk")))
        .order_by("cooperative_id", "delivered_at", "pk")
    )


def _has_remittance(part: CooperativeOrder) -> bool:
    try:
        return part.remittance_item is not None
    except CodRemittanceItem.DoesNotExist:
        return False


def part_lines(part: CooperativeOrder) -> list[LineDraft]:
    """The payout lines of one eligible part (the rule in the module docstring)."""
    split = part_split(part)
    cash = part.order.payment_method == "cod"
    if cash and part.delivery_method == "home" and not _has_remittance(part):
        return [LineDraft(K.HELD_BACK, part, part.total, split.commission, ZERO)]
    lines = [LineDraft(K.SALE, part, split.gross, split.commission, split.share)]
    if cash and part.delivery_method != "home":
        lines.append(LineDraft(K.CASH_KEPT, part, part.total, ZERO, -part.total))
    refund = getattr(part, "refund", None)
    if refund is not None:
        lines.append(
            LineDraft(
                K.REFUND,
                part,
                refund.amount,
                refund.commission,
                -refund.cooperative_share,
                refund_id=refund.pk,
            )
        )
    return lines


def eligible(*, before: dt.datetime, cooperative_id: int | None = None) -> dict[int, Eligible]:
    """Cooperative id -> what its payout would hold, for parts closed before ``before``."""
    found: dict[int, Eligible] = defaultdict(lambda: Eligible(cooperative_id=0))
    for part in eligible_parts(before=before, cooperative_id=cooperative_id):
        entry = found[part.cooperative_id]
        entry.cooperative_id = part.cooperative_id
        entry.lines += part_lines(part)
    return dict(found)


def cooperative_preview(cooperative_id: int, *, period: dt.date) -> Eligible:
    """What the batch of ``period`` would pay the cooperative (if positive)."""
    return eligible(before=period_start(period), cooperative_id=cooperative_id).get(
        cooperative_id, Eligible(cooperative_id=cooperative_id)
    )


def staff_payouts(*, period: dt.date | None = None, status: str = "") -> QuerySet[Payout]:
    payouts = Payout.objects.select_related("cooperative").order_by(
        "-period", "cooperative__name", "-id"
    )
    if period is not None:
        payouts = payouts.filter(period=period)
    if status:
        payouts = payouts.filter(status=status)
    return payouts
