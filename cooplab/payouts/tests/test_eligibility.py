"""What goes into a payout (selectors.py docstring), case by case, and the money it moves:
the amount is exactly what the cooperative's payable account loses."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import IntegrityError, transaction

from cooplab.ledger import accounts as codes
from cooplab.ledger.models import JournalEntry
from cooplab.ledger.postings import part_split
from cooplab.ledger.selectors import account_balance, cooperative_balance, trial_balance
from cooplab.orders.models import CooperativeOrderStatus as S

from .. import services
from ..models import Payout, PayoutLine, PayoutLineKind, PayoutStatus
from ..selectors import eligible, period_start
from .helpers import (
    NEXT_PERIOD,
    PERIOD,
    cooperative,
    finance_staff,
    remit,
    sold,
    totp_code,
    withdrawn,
)

pytestmark = pytest.mark.django_db
D = Decimal
K = PayoutLineKind


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # TOTP codes marked as used live in the cache
    yield
    cache.clear()


def _kinds(payout: Payout) -> list[tuple[str, str, Decimal]]:
    return sorted((line.kind, line.order_number, line.net) for line in payout.lines.all())


def _approve(payout: Payout) -> Payout:
    staff, secret = finance_staff()
    return services.payout_approve(payout=payout, user=staff, otp_code=totp_code(secret))


def _balanced() -> None:
    assert trial_balance().total == 0
    for entry in JournalEntry.objects.prefetch_related("lines"):
        assert sum(line.amount for line in entry.lines.all()) == 0


def test_completed_prepaid_order_is_paid_its_share():
    coop = cooperative()
    part = sold(coop, payment="bank_transfer")
    assert part.status == S.COMPLETED
    split = part_split(part)
    [payout] = services.batch_create(period=PERIOD)
    assert payout.cooperative == coop and payout.status == PayoutStatus.DRAFT
    assert _kinds(payout) == [(K.SALE, part.number, split.share)]
    line = payout.lines.get()
    assert (line.gross, line.commission) == (part.total, split.commission)
    assert (payout.gross_total, payout.commission_total, payout.amount) == (
        part.total,
        split.commission,
        split.share,
    )
    assert payout.public_id == f"PO-{PERIOD.isoformat()}-{coop.pk}"
    assert payout.amount == cooperative_balance(coop)


def test_delivered_part_still_in_its_withdrawal_period_is_not_paid():
    coop = cooperative()
    sold(coop, finish=False)
    assert services.batch_create(period=PERIOD) == []
    assert eligible(before=period_start(PERIOD)) == {}


def test_part_closed_on_or_after_the_batch_date_waits_for_the_next_batch():
    coop = cooperative()
    sold(coop)
    today = PERIOD - (NEXT_PERIOD - PERIOD)  # a batch date before today: closed after it
    assert services.batch_create(period=today) == []
    assert len(services.batch_create(period=PERIOD)) == 1


def test_refunded_withdrawal_takes_back_the_share_of_the_returned_goods():
    coop = cooperative()
    kept = sold(coop, price="200.00", quantity=1)
    part = withdrawn(coop)
    assert part.status == S.REFUNDED
    refund = part.refund
    split = part_split(part)
    [payout] = services.batch_create(period=PERIOD)
    assert _kinds(payout) == sorted(
        [
            (K.SALE, kept.number, part_split(kept).share),
            (K.SALE, part.number, split.share),
            (K.REFUND, part.number, -refund.cooperative_share),
        ]
    )
    refund_line = payout.lines.get(kind=K.REFUND)
    assert (refund_line.gross, refund_line.commission, refund_line.refund_id) == (
        refund.amount,
        refund.commission,
        refund.pk,
    )
    assert payout.refunds_total == refund.cooperative_share
    assert payout.amount == part_split(kept).share + split.share - refund.cooperative_share
    assert payout.amount == cooperative_balance(coop)


def test_withdrawal_alone_leaves_the_cooperative_only_the_delivery_cost():
    coop = cooperative()
    part = withdrawn(coop)
    [payout] = services.batch_create(period=PERIOD)
    # The returned goods' share goes back; the delivery cost stays with the cooperative.
    assert payout.amount == part.total - part.refund.amount == cooperative_balance(coop)


def test_home_cash_not_remitted_is_held_back_then_paid_after_remittance():
    coop = cooperative()
    card = sold(coop, payment="bank_transfer")
    cash = sold(coop, payment="cod", method="home")
    [first] = services.batch_create(period=PERIOD)
    assert _kinds(first) == sorted(
        [(K.SALE, card.number, part_split(card).share), (K.HELD_BACK, cash.number, D("0.00"))]
    )
    assert first.held_back_total == cash.total
    assert first.amount == part_split(card).share
    # Not remitted yet: the next batch lists it again, pays nothing for it.
    assert services.batch_create(period=NEXT_PERIOD) == []
    remit(cash)
    [second] = services.batch_create(period=NEXT_PERIOD)
    assert _kinds(second) == [(K.SALE, cash.number, part_split(cash).share)]
    assert second.held_back_total == 0


def test_home_cash_alone_is_carried_over_until_remitted():
    coop = cooperative()
    cash = sold(coop, payment="cod", method="home")
    assert services.batch_create(period=PERIOD) == []
    remit(cash)
    [payout] = services.batch_create(period=PERIOD)
    assert payout.amount == part_split(cash).share == cooperative_balance(coop)


def test_pickup_cash_was_kept_by_the_cooperative_which_owes_the_commission():
    coop = cooperative()
    card = sold(coop, payment="bank_transfer", price="300.00")
    pickup = sold(coop, payment="cod", method="pickup", price="100.00", quantity=1)
    commission = part_split(pickup).commission
    [payout] = services.batch_create(period=PERIOD)
    assert _kinds(payout) == sorted(
        [
            (K.SALE, card.number, part_split(card).share),
            (K.SALE, pickup.number, part_split(pickup).share),
            (K.CASH_KEPT, pickup.number, -pickup.total),
        ]
    )
    assert payout.cash_kept_total == pickup.total
    assert payout.amount == part_split(card).share - commission
    assert payout.amount == cooperative_balance(coop)


def test_pickup_cash_alone_is_a_negative_amount_carried_over():
    coop = cooperative()
    sold(coop, payment="cod", method="pickup")
    assert services.batch_create(period=PERIOD) == []
    assert cooperative_balance(coop) < 0


def test_failed_payout_frees_its_lines_for_the_next_batch():
    coop = cooperative()
    part = sold(coop)
    [payout] = services.batch_create(period=PERIOD)
    _approve(payout)
    assert services.batch_create(period=NEXT_PERIOD) == []  # claimed by the approved payout
    staff, _secret = finance_staff()
    services.payout_mark_failed(payout=payout, reason="Compte clôturé", user=staff)
    assert cooperative_balance(coop) == part_split(part).share  # owed again
    [again] = services.batch_create(period=NEXT_PERIOD)
    assert _kinds(again) == [(K.SALE, part.number, part_split(part).share)]
    _balanced()


def test_cancelled_draft_frees_its_lines():
    coop = cooperative()
    part = sold(coop)
    [payout] = services.batch_create(period=PERIOD)
    staff, _secret = finance_staff()
    services.payout_cancel(payout=payout, user=staff, reason="Montant à vérifier")
    [again] = services.batch_create(period=PERIOD)
    assert again.public_id == f"{payout.public_id}-2"
    assert _kinds(again) == [(K.SALE, part.number, part_split(part).share)]
    assert not JournalEntry.objects.filter(idempotency_key__startswith="payout:").exists()


def test_paid_payout_lines_are_never_offered_again():
    coop = cooperative()
    sold(coop)
    [payout] = services.batch_create(period=PERIOD)
    _approve(payout)
    staff, _secret = finance_staff()
    services.payout_mark_paid(payout=payout, bank_reference="VIR-2026-1", user=staff)
    assert services.batch_create(period=NEXT_PERIOD) == []


def test_amount_is_the_payable_decrease_and_the_ledger_balances_after_paid():
    coop = cooperative()
    other = cooperative()
    sold(coop, payment="bank_transfer")
    sold(coop, payment="bank_transfer", price="75.50", quantity=3)
    withdrawn(coop)
    sold(coop, payment="cod", method="pickup", price="40.00", quantity=1)
    held = sold(coop, payment="cod", method="home", price="60.00", quantity=1)
    sold(other, payment="bank_transfer")
    before = cooperative_balance(coop)
    payouts = {p.cooperative_id: p for p in services.batch_create(period=PERIOD)}
    payout = payouts[coop.pk]
    assert payout.amount == payout.gross_total - payout.commission_total - (
        payout.refunds_total + payout.cash_kept_total
    )
    assert payout.amount == sum(line.net for line in payout.lines.all())
    _approve(payout)
    assert before - cooperative_balance(coop) == payout.amount
    staff, _secret = finance_staff()
    services.payout_mark_paid(payout=payout, bank_reference="VIR-77", user=staff)
    # What remains owed is exactly the held-back cash shipment's share.
    assert cooperative_balance(coop) == part_split(held).share
    assert account_balance(codes.PAYOUTS_CLEARING) == 0
    assert trial_balance().total == 0
    _balanced()


def test_a_second_open_payout_for_the_same_cooperative_and_period_is_refused():
    coop = cooperative()
    Payout.objects.create(
        public_id="PO-X-1",
        cooperative=coop,
        period=PERIOD,
        gross_total=D("10.00"),
        amount=D("10.00"),
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Payout.objects.create(
            public_id="PO-X-2",
            cooperative=coop,
            period=PERIOD,
            status=PayoutStatus.DRAFT,
            gross_total=D("5.00"),
            amount=D("5.00"),
        )
    # A cancelled one does not count as open.
    Payout.objects.create(
        public_id="PO-X-3",
        cooperative=coop,
        period=PERIOD,
        status=PayoutStatus.CANCELLED,
        gross_total=D("5.00"),
        amount=D("5.00"),
    )


def test_amount_must_be_the_net_of_the_totals():
    coop = cooperative()
    with pytest.raises(IntegrityError), transaction.atomic():
        Payout.objects.create(
            public_id="PO-Y",
            cooperative=coop,
            period=PERIOD,
            gross_total=D("10.00"),
            amount=D("9.00"),
        )


def test_batch_twice_creates_nothing_new():
    for _ in range(2):
        sold(cooperative())
    first = services.batch_create(period=PERIOD)
    assert len(first) == 2
    assert services.batch_create(period=PERIOD) == []
    assert Payout.objects.count() == 2
    assert PayoutLine.objects.count() == 2


def test_batch_skips_a_cooperative_whose_insert_loses_a_race(monkeypatch):
    coop = cooperative()
    sold(coop)
    real = services._payout_from

    def racing(found, cooperative, period):
        # Another run commits its draft first: ours hits the constraint.
        Payout.objects.create(
            public_id="PO-RACE",
            cooperative=cooperative,
            period=period,
            gross_total=D("1.00"),
            amount=D("1.00"),
        )
        return real(found, cooperative, period)

    monkeypatch.setattr(services, "_payout_from", racing)
    assert services.batch_create(period=PERIOD) == []
