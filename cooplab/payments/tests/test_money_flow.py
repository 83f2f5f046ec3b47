"""The money side of order transitions, end to end on the real services: what each event posts
(ledger/postings.py), and what must not happen (a second capture, a refund above what was paid,
a hand-made "paid")."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.ledger import accounts as codes
from cooplab.ledger.models import CommissionRule, CommissionScope, JournalEntry
from cooplab.ledger.selectors import account_balance, cooperative_balance, trial_balance
from cooplab.orders.models import CooperativeOrderStatus as S
from cooplab.orders.services import part_transition
from cooplab.orders.states import Actor, InvalidTransition
from cooplab.orders.tests.factories import advance, place, product_with_stock, variant_of
from cooplab.payments.models import (
    Payment,
    PaymentEvent,
    PaymentEventKind,
    PaymentStatus,
    Refund,
    RefundMethod,
    RefundReason,
    RefundStatus,
)
from cooplab.payments.services import payment_capture, refund_mark_paid, transfer_received

pytestmark = pytest.mark.django_db
D = Decimal


def _order(payment_method: str = "cod", price: str = "120.00", quantity: int = 2, coops: int = 1):
    items = []
    for _ in range(coops):
        product = product_with_stock(CooperativeFactory.create(), price=price)
        items.append((variant_of(product), quantity))
    return place(items, payment_method=payment_method)


def _balanced() -> None:
    assert trial_balance().total == 0
    for entry in JournalEntry.objects.prefetch_related("lines"):
        assert sum(line.amount for line in entry.lines.all()) == 0


def test_every_order_gets_one_pending_payment_for_its_total():
    order = _order("bank_transfer", coops=2)
    payment = Payment.objects.get(order=order)
    assert (payment.status, payment.amount, payment.provider) == ("pending", order.total, "bank")
    assert payment.reference == order.number
    assert PaymentEvent.objects.filter(payment=payment, kind=PaymentEventKind.CREATED).count() == 1


def test_cash_delivery_posts_the_sale_and_the_cash_held_by_the_carrier():
    order = _order("cod", price="120.00", quantity=2)
    part = order.parts.get()
    advance(order, "confirm", "ship", "deliver")
    part.refresh_from_db()
    commission = D("24.00")  # 10 % of 240.00 (default rate); delivery goes to the cooperative
    assert cooperative_balance(part.cooperative) == part.total - commission
    assert account_balance(codes.COMMISSION_REVENUE) == commission
    assert account_balance(codes.cod_in_transit("amana")) == part.total
    assert account_balance(codes.CUSTOMER_RECEIVABLE) == 0
    payment = Payment.objects.get(order=order)
    assert (payment.status, payment.captured_amount) == ("captured", part.total)
    _balanced()


def test_pickup_cash_is_kept_by_the_cooperative_which_then_owes_the_commission():
    cooperative = CooperativeFactory.create()
    from cooplab.shipping.models import DeliveryOptions

    DeliveryOptions.objects.update_or_create(cooperative=cooperative, defaults={"pickup": True})
    variant = variant_of(product_with_stock(cooperative, price="100.00"))
    order = place([(variant, 1)], methods={cooperative.pk: "pickup"})
    part = order.parts.get()
    assert part.delivery_method == "pickup"
    advance(order, "confirm", "ship", "deliver")
    assert cooperative_balance(cooperative) == D("-10.00")
    _balanced()


def test_commission_rate_is_fixed_on_the_order_lines_at_checkout():
    cooperative = CooperativeFactory.create()
    CommissionRule.objects.create(
        scope=CommissionScope.COOPERATIVE,
        cooperative=cooperative,
        rate=D("5.0"),
        valid_from=timezone.now() - timedelta(days=1),
    )
    variant = variant_of(product_with_stock(cooperative, price="99.99"))
    order = place([(variant, 1)])
    line = order.parts.get().lines.get()
    assert line.commission_rate == D("5.0")
    CommissionRule.objects.create(
        scope=CommissionScope.COOPERATIVE,
        cooperative=cooperative,
        rate=D("20.0"),
        valid_from=timezone.now() - timedelta(hours=1),
    )
    advance(order, "confirm", "ship", "deliver")
    assert account_balance(codes.COMMISSION_REVENUE) == D("5.00")  # 4.9995 rounded half-up


def test_card_capture_confirms_the_parts_once_and_posts_once():
    order = _order("card", coops=2)
    payment = Payment.objects.get(order=order)
    first = payment_capture(payment=payment, amount=order.total, provider_reference="T1")
    again = payment_capture(payment=payment, amount=order.total, provider_reference="T1")
    assert (first.captured, first.duplicate) == (True, False)
    assert (again.captured, again.duplicate) == (True, True)
    assert set(order.parts.values_list("status", flat=True)) == {S.CONFIRMED}
    assert JournalEntry.objects.filter(kind="card_capture").count() == 1
    assert account_balance(codes.gateway_clearing("cmi")) == order.total
    # Another approved transaction for an order already paid is not captured.
    other = payment_capture(payment=payment, amount=order.total, provider_reference="T2")
    assert (other.captured, other.reason) == (False, "paid")
    assert JournalEntry.objects.filter(kind="card_capture").count() == 1
    _balanced()


def test_wrong_amount_captures_nothing():
    order = _order("card")
    payment = Payment.objects.get(order=order)
    with pytest.raises(ValidationError):
        payment_capture(payment=payment, amount=order.total - D("0.01"), provider_reference="T")
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PENDING
    assert not JournalEntry.objects.exists()


def test_capture_after_every_part_expired_takes_no_money():
    order = _order("card")
    advance(order, "expire", actor=Actor.SYSTEM)
    payment = Payment.objects.get(order=order)
    assert payment.status == PaymentStatus.CANCELLED
    result = payment_capture(payment=payment, amount=order.total, provider_reference="LATE")
    assert (result.captured, result.reason) == (False, "closed")
    assert not JournalEntry.objects.exists()


def test_capture_with_one_part_cancelled_makes_its_refund_due_at_once():
    order = _order("card", coops=2)
    first, second = order.parts.order_by("pk")
    part_transition(part=first, action="cancel", actor=Actor.COOPERATIVE, user=None, reason="x")
    payment = Payment.objects.get(order=order)
    payment_capture(payment=payment, amount=order.total, provider_reference="T9")
    refund = Refund.objects.get(cooperative_order=first)
    assert (refund.amount, refund.method, refund.reason) == (
        first.total,
        RefundMethod.CARD,
        RefundReason.CANCELLATION,
    )
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.PARTIALLY_REFUNDED
    second.refresh_from_db()
    assert second.status == S.CONFIRMED
    assert account_balance(codes.REFUNDS) == first.total
    _balanced()


def test_cancelling_a_paid_card_part_makes_a_refund_due_then_paid():
    order = _order("card")
    payment = Payment.objects.get(order=order)
    payment_capture(payment=payment, amount=order.total, provider_reference="T3")
    part = order.parts.get()
    part_transition(part=part, action="cancel", actor=Actor.CUSTOMER, user=None)
    refund = Refund.objects.get(cooperative_order=part)
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED
    with pytest.raises(ValidationError):
        refund_mark_paid(refund=refund, reference="  ", user=None)
    refund_mark_paid(refund=refund, reference="CMI-R-1", user=None)
    refund_mark_paid(refund=refund, reference="CMI-R-1", user=None)
    refund.refresh_from_db()
    assert refund.status == RefundStatus.PAID
    assert account_balance(codes.REFUNDS) == 0
    assert account_balance(codes.gateway_clearing("cmi")) == 0
    assert account_balance(codes.CUSTOMER_RECEIVABLE) == 0
    assert JournalEntry.objects.filter(idempotency_key__startswith="refund:paid").count() == 1
    _balanced()


def test_withdrawal_gives_back_exactly_the_share_and_commission_of_the_returned_lines():
    cooperative = CooperativeFactory.create()
    kept = variant_of(product_with_stock(cooperative, price="80.00"))
    returned = variant_of(product_with_stock(cooperative, price="150.00", perishable=False))
    order = place([(kept, 1), (returned, 1)], payment_method="bank_transfer")
    transfer_received(order=order, bank_reference="VIR-77", amount=order.total, user=None)
    advance(order, "ship", "deliver")
    part = order.parts.get()
    share_before = cooperative_balance(cooperative)
    for action in ("request_withdrawal", "receive_withdrawal", "refund"):
        actor = Actor.CUSTOMER if action == "request_withdrawal" else Actor.COOPERATIVE
        part_transition(part=part, action=action, actor=actor, user=None)
    refund = Refund.objects.get(cooperative_order=part)
    assert refund.amount == D("150.00")
    assert (refund.commission, refund.cooperative_share) == (D("15.00"), D("135.00"))
    assert refund.method == RefundMethod.BANK_TRANSFER
    assert cooperative_balance(cooperative) == share_before - D("135.00")
    assert account_balance(codes.COMMISSION_REVENUE) == D("8.00") + D("15.00") - D("15.00")
    with pytest.raises(ValidationError):  # a transfer refund needs the customer's RIB
        refund_mark_paid(refund=refund, reference="VIR-R", user=None)
    _balanced()


def test_cash_order_cancelled_before_delivery_has_nothing_to_refund():
    order = _order("cod")
    advance(order, "cancel", actor=Actor.CUSTOMER)
    payment = Payment.objects.get(order=order)
    assert payment.status == PaymentStatus.CANCELLED
    assert not Refund.objects.exists()
    assert not JournalEntry.objects.exists()


def test_staff_cannot_mark_paid_by_hand():
    order = _order("bank_transfer")
    with pytest.raises(InvalidTransition):
        part_transition(part=order.parts.get(), action="mark_paid", actor=Actor.STAFF, user=None)


def test_transfer_received_twice_with_the_same_reference_posts_once():
    order = _order("bank_transfer")
    transfer_received(order=order, bank_reference="VIR-1", amount=order.total, user=None)
    again = transfer_received(order=order, bank_reference="VIR-1", amount=order.total, user=None)
    assert again.duplicate
    assert JournalEntry.objects.filter(kind="transfer_received").count() == 1
    assert account_balance(codes.BANK) == order.total


def test_a_capture_reference_of_another_payment_is_refused():
    first, second = _order("card"), _order("card")
    payment_capture(
        payment=Payment.objects.get(order=first), amount=first.total, provider_reference="T7"
    )
    with pytest.raises(ValidationError):
        payment_capture(
            payment=Payment.objects.get(order=second), amount=second.total, provider_reference="T7"
        )
    assert Payment.objects.get(order=second).status == PaymentStatus.PENDING
    assert JournalEntry.objects.filter(kind="card_capture").count() == 1
