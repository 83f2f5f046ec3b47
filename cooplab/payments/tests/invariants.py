"""Money invariants over the whole database, for property tests (and payout tests later).

``assert_money_invariants()`` reads every order, payment, refund and journal line and raises
``AssertionError`` with a readable message when one of these no longer holds:

1. Every journal entry has at least two lines and they sum to exactly 0; the trial balance
   is 0.
2. Orders: the cooperative orders' subtotals, delivery costs and totals add up to the order's;
   each part's lines add up to its subtotal, subtotal + delivery = total.
3. Payments: 0 <= refunded <= captured <= amount = order total; refunded = the payment's
   refunds; a refund never exceeds its cooperative order's total.
4. Sales: each delivered part has exactly one sale entry, commission + cooperative share =
   the part's total exactly, the commission being the sum of its lines' commissions at the
   rate fixed at checkout (``split_amount``); undelivered parts have no sale.
5. The ledger agrees with the rows: what the journal records as captured (card captures,
   transfers, cash collected) = the payments' ``captured_amount``; refunds due = the refunds.
6. Money out never exceeds money in: what went to cooperatives (payouts, plus the cash they
   kept at pickup less the commission they still owe back) + commission + refunds <=
   captured; customer_receivable is never a debt of the customer
   (<= 0: cash is collected when goods are delivered, prepaid money waits in credit).

It uses only the ledger accounts and entry kinds, so payouts are counted from ``payout``
entries (and their reversals) whether or not the payouts service exists.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from django.db.models import Q

from cooplab.ledger import accounts as codes
from cooplab.ledger.commission import split_amount
from cooplab.ledger.models import EntryKind, JournalEntry, JournalLine
from cooplab.ledger.postings import line_rate
from cooplab.ledger.selectors import trial_balance
from cooplab.orders.models import CooperativeOrder, CooperativeOrderStatus, Order, OrderLine
from cooplab.payments.models import Payment, Refund, RefundStatus

ZERO = Decimal("0.00")
S = CooperativeOrderStatus
#: Parts whose goods were delivered (a sale was recorded), whatever happened afterwards.
SOLD_STATUSES = frozenset(
    {S.DELIVERED, S.COMPLETED, S.WITHDRAWAL_REQUESTED, S.WITHDRAWAL_RECEIVED, S.REFUNDED}
)


def _prefix(code: str) -> str:
    return code.split(":", 1)[0]


def money_totals() -> dict[str, Decimal]:
    """Totals read from the journal (debit > 0, credit < 0), by what the money is."""
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    payables: dict[str, Decimal] = defaultdict(lambda: ZERO)
    lines = JournalLine.objects.select_related("entry", "entry__reverses", "account")
    for line in lines:
        kind, prefix, amount = line.entry.kind, _prefix(line.account.code), line.amount
        reversed_kind = line.entry.reverses.kind if line.entry.reverses_id else None
        totals[f"balance:{prefix}"] += amount
        if prefix == codes.COOPERATIVE_PAYABLE:
            payables[line.account.code] += amount
        if kind in (EntryKind.CARD_CAPTURE, EntryKind.TRANSFER_RECEIVED) and amount > 0:
            totals["captured"] += amount
        elif kind == EntryKind.COD_COLLECTED and amount > 0:
            totals["captured"] += amount
            if prefix == codes.COOPERATIVE_PAYABLE:
                totals["cash_kept"] += amount
        elif kind == EntryKind.SALE:
            if prefix == codes.CUSTOMER_RECEIVABLE:
                totals["sales"] += amount
            elif prefix == codes.COOPERATIVE_PAYABLE:
                totals["shares"] -= amount
        elif kind == EntryKind.REFUND and prefix == codes.REFUNDS and amount < 0:
            totals["refunds_due"] -= amount
        elif kind == EntryKind.REFUND and prefix == codes.REFUNDS:
            totals["refunds_paid"] += amount
        elif kind == EntryKind.REFUND and prefix == codes.COOPERATIVE_PAYABLE:
            totals["shares"] -= amount
        if prefix == codes.COOPERATIVE_PAYABLE and EntryKind.PAYOUT in (kind, reversed_kind):
            totals["payouts"] += amount
    totals["commission"] = -totals[f"balance:{codes.COMMISSION_REVENUE}"]
    totals["receivable"] = totals[f"balance:{codes.CUSTOMER_RECEIVABLE}"]
    # Cooperatives that kept more cash (pickup) than they earned owe the difference back.
    totals["owed_back"] = sum((max(ZERO, raw) for raw in payables.values()), ZERO)
    return totals


def _check_entries() -> None:
    sums: dict[object, Decimal] = defaultdict(lambda: ZERO)
    counts: dict[object, int] = defaultdict(int)
    for entry_id, amount in JournalLine.objects.values_list("entry_id", "amount"):
        sums[entry_id] += amount
        counts[entry_id] += 1
        assert amount != 0, f"entry {entry_id} has a zero line"
    entry_ids = set(JournalEntry.objects.values_list("pk", flat=True))
    assert entry_ids == set(counts), "an entry without lines, or lines without an entry"
    for key, total in sums.items():
        assert total == 0, f"entry {key} does not balance: {total}"
        assert counts[key] >= 2, f"entry {key} has {counts[key]} line(s)"
    assert trial_balance().total == 0, "the trial balance is not zero"


def _check_orders() -> None:
    lines_by_part: dict[int, list[OrderLine]] = defaultdict(list)
    for line in OrderLine.objects.all():
        lines_by_part[line.cooperative_order_id].append(line)
    parts_by_order: dict[int, list[CooperativeOrder]] = defaultdict(list)
    for part in CooperativeOrder.objects.all():
        parts_by_order[part.order_id].append(part)
        lines = lines_by_part[part.pk]
        assert lines, f"{part.number} has no lines"
        assert sum((line.line_total for line in lines), ZERO) == part.subtotal, part.number
        assert part.subtotal + part.delivery_cost == part.total, part.number
    for order in Order.objects.all():
        parts = parts_by_order[order.pk]
        assert parts, f"{order.number} has no cooperative orders"
        assert sum((p.subtotal for p in parts), ZERO) == order.subtotal, order.number
        assert sum((p.delivery_cost for p in parts), ZERO) == order.delivery_total, order.number
        assert sum((p.total for p in parts), ZERO) == order.total, (
            f"{order.number}: parts sum to {sum((p.total for p in parts), ZERO)}, "
            f"order total {order.total}"
        )


def _check_payments() -> None:
    refunds: dict[int, list[Refund]] = defaultdict(list)
    for refund in Refund.objects.select_related("cooperative_order"):
        refunds[refund.payment_id].append(refund)
        assert 0 < refund.amount <= refund.cooperative_order.total, (
            f"refund {refund.pk} of {refund.amount} for a part of {refund.cooperative_order.total}"
        )
        assert refund.cooperative_share + refund.commission <= refund.amount, refund.pk
    for payment in Payment.objects.select_related("order"):
        label = f"payment {payment.reference} ({payment.status})"
        assert payment.amount == payment.order.total, label
        assert ZERO <= payment.refunded_amount <= payment.captured_amount, (
            f"{label}: refunded {payment.refunded_amount} > captured {payment.captured_amount}"
        )
        assert payment.captured_amount <= payment.amount, (
            f"{label}: captured {payment.captured_amount} > amount {payment.amount}"
        )
        due = sum((refund.amount for refund in refunds[payment.pk]), ZERO)
        assert due == payment.refunded_amount, f"{label}: refunds {due}"


def _check_sales() -> None:
    sale_lines: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    for ref_id, code, amount in JournalLine.objects.filter(entry__kind=EntryKind.SALE).values_list(
        "entry__ref_id", "account__code", "amount"
    ):
        sale_lines[ref_id].append((code, amount))
    sale_counts: dict[str, int] = defaultdict(int)
    for ref_id in JournalEntry.objects.filter(kind=EntryKind.SALE).values_list("ref_id", flat=True):
        sale_counts[ref_id] += 1
    for part in CooperativeOrder.objects.prefetch_related("lines"):
        key = str(part.pk)
        if part.status not in SOLD_STATUSES:
            assert key not in sale_counts, f"{part.number} ({part.status}) has a sale entry"
            continue
        assert sale_counts[key] == 1, f"{part.number} has {sale_counts[key]} sale entries"
        commission = sum(
            (split_amount(line.line_total, line_rate(line))[0] for line in part.lines.all()), ZERO
        )
        posted = dict(sale_lines[key])
        share = -posted.get(codes.cooperative_payable(part.cooperative_id), ZERO)
        posted_commission = -posted.get(codes.COMMISSION_REVENUE, ZERO)
        assert posted.get(codes.CUSTOMER_RECEIVABLE) == part.total, part.number
        assert posted_commission == commission, (
            f"{part.number}: commission {posted_commission}, expected {commission}"
        )
        assert share + posted_commission == part.total, (
            f"{part.number}: share {share} + commission {posted_commission} != {part.total}"
        )
        assert share >= 0 and posted_commission >= 0, part.number


def assert_money_invariants() -> dict[str, Decimal]:
    """Check every invariant above; return the journal's totals (for further assertions)."""
    _check_entries()
    _check_orders()
    _check_payments()
    _check_sales()
    totals = money_totals()
    captured = sum(Payment.objects.values_list("captured_amount", flat=True), ZERO)
    refunded = sum(Refund.objects.values_list("amount", flat=True), ZERO)
    paid_back = sum(
        Refund.objects.filter(status=RefundStatus.PAID).values_list("amount", flat=True), ZERO
    )
    assert totals["captured"] == captured, f"journal {totals['captured']} != payments {captured}"
    assert totals["refunds_due"] == refunded, f"journal {totals['refunds_due']} != {refunded}"
    assert totals["refunds_paid"] == paid_back, f"journal {totals['refunds_paid']} != {paid_back}"
    assert totals["refunds_due"] <= totals["captured"], "refunds exceed what was captured"
    to_cooperatives = totals["payouts"] + totals["cash_kept"] - totals["owed_back"]
    out = to_cooperatives + totals["commission"] + totals["refunds_due"]
    assert out <= totals["captured"], (
        f"payouts {totals['payouts']} + cash kept {totals['cash_kept']} - owed back "
        f"{totals['owed_back']} + commission {totals['commission']} + refunds "
        f"{totals['refunds_due']} > captured {totals['captured']}"
    )
    # Commission + shares still earned + refunds + prepaid money not yet earned = captured.
    assert totals["receivable"] <= 0, f"customers owe {totals['receivable']}"
    assert (
        totals["commission"] + totals["shares"] + totals["refunds_due"] - totals["receivable"]
        == totals["captured"]
    ), dict(totals)
    assert totals["commission"] >= 0, f"negative commission {totals['commission']}"
    assert not JournalEntry.objects.filter(Q(idempotency_key="")).exists()
    return dict(totals)
