"""Property tests (Hypothesis) of the money invariants.

In memory, 2,000 examples each: ``lines_split`` (commission + shares = gross, line by line)
and ``price_cart`` (the cooperative groups add up to the cart total). ``split_amount`` itself
is covered in ``cooplab/ledger/tests/test_commission.py``.

Through the real services, on the database: orders across 1 to 3 cooperatives with random
prices, quantities, delivery methods and commission rules, paid by cash on delivery, bank
transfer or card, then taken through random transitions (confirm, pay, ship, deliver, cancel,
refuse and return, withdraw and refund, expire, complete, refund paid back). After every step
``invariants.assert_money_invariants()`` checks the whole database. Each example runs in a
savepoint rolled back at its end, so it starts from the same shop.

The database test runs ``HYPOTHESIS_MONEY_EXAMPLES`` examples: 2,000 by default, as the
acceptance criteria ask (about 4 minutes on SQLite on one core, less on PostgreSQL; xdist runs
the rest of the suite on the other worker meanwhile). A quick run while working::

    HYPOTHESIS_MONEY_EXAMPLES=50 .venv/bin/pytest -q cooplab/payments/tests/test_money_properties.py
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cooplab.accounts.tests.factories import StaffFactory
from cooplab.catalog.models import Category, Product, Variant
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.ledger.commission import split_amount
from cooplab.ledger.models import CommissionRule, CommissionScope, JournalEntry
from cooplab.ledger.postings import lines_split
from cooplab.orders import services as order_services
from cooplab.orders.models import CooperativeOrder, Order, OrderLine
from cooplab.orders.models import CooperativeOrderStatus as S
from cooplab.orders.pricing import price_cart
from cooplab.orders.states import Actor, allowed_actions
from cooplab.orders.tests.factories import place, product_with_stock, variant_of
from cooplab.payments import services as payment_services
from cooplab.payments.models import Payment, PaymentStatus, Provider, Refund, RefundStatus
from cooplab.shipping.models import DeliveryOptions

from .invariants import SOLD_STATUSES, assert_money_invariants

D = Decimal
EXAMPLES = int(os.environ.get("HYPOTHESIS_MONEY_EXAMPLES", "2000"))
CUSTOMER_RIB = "011780000001234567890187"

# Integers scaled to centimes (or ten-thousandths of a percent): much faster to generate than
# st.decimals(places=...), and they shrink to small round values just as well.
amounts = st.integers(min_value=1, max_value=9_999_999).map(lambda c: Decimal(c).scaleb(-2))
rates = st.one_of(
    st.sampled_from([D("0"), D("5"), D("10"), D("12.5"), D("33.3333"), D("100")]),
    st.integers(min_value=0, max_value=1_000_000).map(lambda r: Decimal(r).scaleb(-4)),
)
delivery_rates = st.integers(min_value=0, max_value=20_000).map(lambda c: Decimal(c).scaleb(-2))


# --- In memory -------------------------------------------------------------------------------


@settings(max_examples=2000, deadline=None)
@given(
    lines=st.lists(
        st.tuples(amounts, st.integers(min_value=1, max_value=99), st.none() | rates),
        min_size=1,
        max_size=8,
    )
)
def test_lines_split_gives_commission_plus_shares_equal_to_gross(lines):
    order_lines = [
        OrderLine(
            unit_price=price, quantity=quantity, line_total=price * quantity, commission_rate=rate
        )
        for price, quantity, rate in lines
    ]
    split = lines_split(order_lines)
    assert split.gross == sum((line.line_total for line in order_lines), D("0.00"))
    per_line = [
        split_amount(
            line.line_total,
            line.commission_rate if line.commission_rate is not None else D("10.00"),
        )
        for line in order_lines
    ]
    assert split.commission == sum((commission for commission, _share in per_line), D("0.00"))
    assert split.commission + split.share == split.gross
    assert D("0") <= split.commission <= split.gross
    for line, (commission, share) in zip(order_lines, per_line, strict=True):
        assert commission + share == line.line_total
        assert commission >= 0 and share >= 0
    # Rounding per line: the total commission is within half a centime per line of exact.
    exact = sum(
        (
            line.line_total
            * D(line.commission_rate if line.commission_rate is not None else 10)
            / 100
            for line in order_lines
        ),
        D(0),
    )
    assert abs(split.commission - exact) <= D("0.005") * len(order_lines)


def _unsaved_variant(cooperative: Cooperative, price: Decimal, vat: Decimal) -> Variant:
    product = Product(cooperative=cooperative, vat_rate=vat)
    return Variant(product=product, price=price)


def _unsaved_cooperative(
    pk: int, *, home: bool, pickup: bool, rate: Decimal, free_from
) -> Cooperative:
    cooperative = Cooperative(pk=pk, region="MA-09", city="taroudant")
    cooperative.delivery_options = DeliveryOptions(
        cooperative=cooperative,
        home_delivery=home,
        pickup=pickup,
        rate_same_city=rate,
        rate_same_region=rate,
        rate_national=rate,
        free_delivery_from=free_from,
    )
    return cooperative


@settings(max_examples=2000, deadline=None)
@given(data=st.data())
def test_price_cart_groups_add_up_to_the_cart_total(data):
    cooperatives = []
    for pk in range(1, data.draw(st.integers(min_value=1, max_value=4)) + 1):
        home = data.draw(st.booleans())
        cooperatives.append(
            _unsaved_cooperative(
                pk,
                home=home,
                pickup=not home or data.draw(st.booleans()),
                rate=data.draw(delivery_rates),
                free_from=data.draw(st.none() | amounts),
            )
        )
    items = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(cooperatives),
                amounts,
                st.sampled_from([D("0"), D("10"), D("20")]),
                st.integers(min_value=1, max_value=99),
            ),
            min_size=1,
            max_size=8,
        )
    )
    methods = {c.pk: data.draw(st.sampled_from(["home", "pickup", ""])) for c in cooperatives}
    priced = price_cart(
        [(_unsaved_variant(c, price, vat), quantity) for c, price, vat, quantity in items],
        region=data.draw(st.sampled_from(["", "MA-09", "MA-06"])),
        city="taroudant",
        methods=methods,
    )
    assert sum((g.total for g in priced.groups), D("0.00")) == priced.total
    assert priced.subtotal + priced.delivery_total == priced.total
    assert (
        sum((price * quantity for _c, price, _v, quantity in items), D("0.00")) == priced.subtotal
    )
    assert sorted(g.cooperative.pk for g in priced.groups) == sorted({c.pk for c, *_ in items})
    for group in priced.groups:
        assert sum((line.line_total for line in group.lines), D("0.00")) == group.subtotal
        assert group.subtotal + group.delivery_cost == group.total
        assert group.delivery_cost >= 0
        assert all(line.variant.product.cooperative is group.cooperative for line in group.lines)


# --- Through the services, on the database ---------------------------------------------------


@pytest.fixture
def shop(db):
    """3 cooperatives offering home delivery and pickup, each with a perishable product (no
    withdrawal) and a cosmetic one (withdrawal allowed), in two category trees."""
    cooperatives, variants = [], []
    for _index in range(3):
        cooperative = CooperativeFactory()
        DeliveryOptions.objects.update_or_create(
            cooperative=cooperative, defaults={"home_delivery": True, "pickup": True}
        )
        cooperatives.append(cooperative)
        variants.append(
            [
                variant_of(
                    product_with_stock(
                        cooperative, stock=10**6, category="miel", perishable=True, images=0
                    )
                ),
                variant_of(
                    product_with_stock(
                        cooperative,
                        stock=10**6,
                        category="huile-argan-cosmetique",
                        perishable=False,
                        images=0,
                    )
                ),
            ]
        )
    return SimpleNamespace(
        cooperatives=cooperatives,
        variants=variants,
        categories=list(
            Category.objects.filter(
                slug__in=["miel", "argan-cosmetiques", "huile-argan-cosmetique"]
            )
        ),
        staff=StaffFactory(),
    )


def _commission_rules(data, shop, now: dt.datetime) -> None:
    past = now - dt.timedelta(days=1)
    if data.draw(st.booleans(), label="platform rule"):
        CommissionRule.objects.create(
            scope=CommissionScope.PLATFORM, rate=data.draw(rates), valid_from=past
        )
    for category in shop.categories:
        if data.draw(st.booleans(), label=f"rule for {category.slug}"):
            CommissionRule.objects.create(
                scope=CommissionScope.CATEGORY,
                category=category,
                rate=data.draw(rates),
                valid_from=past,
            )
    for cooperative in shop.cooperatives:
        if data.draw(st.booleans(), label="cooperative rule"):
            CommissionRule.objects.create(
                scope=CommissionScope.COOPERATIVE,
                cooperative=cooperative,
                rate=data.draw(rates),
                valid_from=past,
            )


def _place_order(data, shop) -> Order:
    chosen = data.draw(
        st.lists(st.integers(min_value=0, max_value=2), min_size=1, max_size=3, unique=True),
        label="cooperatives",
    )
    items, methods = [], {}
    for index in chosen:
        cooperative = shop.cooperatives[index]
        DeliveryOptions.objects.filter(cooperative=cooperative).update(
            rate_national=data.draw(delivery_rates),
            free_delivery_from=data.draw(st.none() | amounts, label="free delivery from"),
        )
        methods[cooperative.pk] = data.draw(st.sampled_from(["home", "pickup"]))
        kinds = data.draw(
            st.lists(st.integers(min_value=0, max_value=1), min_size=1, max_size=2, unique=True)
        )
        for kind in kinds:
            variant = shop.variants[index][kind]
            Variant.objects.filter(pk=variant.pk).update(price=data.draw(amounts, label="price"))
            items.append((variant, data.draw(st.integers(min_value=1, max_value=5))))
    method = data.draw(st.sampled_from(["cod", "bank_transfer", "card"]), label="pays by")
    return place(items, payment_method=method, methods=methods)


TO_DELIVERED: dict[str, tuple[str, ...]] = {
    S.AWAITING_CONFIRMATION: ("confirm", "ship", "deliver"),
    S.CONFIRMED: ("ship", "deliver"),
    S.PREPARING: ("ship", "deliver"),
    S.SHIPPED: ("deliver",),
}
WITHDRAW = ("request_withdrawal", "receive_withdrawal", "refund")


def _options(order: Order) -> list[tuple]:
    """Everything that may happen next to ``order`` (each is valid in the current state)."""
    options: list[tuple] = []
    payment = Payment.objects.get(order=order)
    if payment.provider != Provider.CASH:
        options += [("pay", "first"), ("pay", "second")]
    parts = list(order.parts.order_by("pk").prefetch_related("lines"))
    for part in parts:
        actions = set(allowed_actions(part.status, Actor.COOPERATIVE))
        actions |= set(allowed_actions(part.status, Actor.CUSTOMER))
        if "request_withdrawal" in actions and not any(
            line.withdrawal_allowed for line in part.lines.all()
        ):
            actions.discard("request_withdrawal")
        options += [("part", part.pk, action) for action in sorted(actions)]
        # Shortcuts, so that long lives (deliver, return, deliver another) are reached often.
        if part.status in TO_DELIVERED:
            options.append(("walk", part.pk, TO_DELIVERED[part.status]))
        if "request_withdrawal" in actions:
            options.append(("walk", part.pk, WITHDRAW))
    if any(part.status in (S.AWAITING_CONFIRMATION, S.AWAITING_PAYMENT) for part in parts):
        options.append(("expire",))
    if any(part.status == S.DELIVERED for part in parts):
        options.append(("complete",))
    for refund in Refund.objects.filter(payment=payment, status=RefundStatus.DUE):
        options.append(("refund_paid", refund.pk))
    return options


def _perform(option: tuple, order: Order, shop, data) -> None:
    now = timezone.now()
    if option[0] == "pay":
        payment = Payment.objects.get(order=order)
        reference = f"{order.number}-{option[1]}"
        entries_before = JournalEntry.objects.count()
        if payment.provider == Provider.BANK:
            outcome = payment_services.transfer_received(
                order=order, bank_reference=reference, amount=payment.amount, user=shop.staff
            )
        else:
            outcome = payment_services.payment_capture(
                payment=payment, amount=payment.amount, provider_reference=reference
            )
        if outcome.duplicate or not outcome.captured:
            assert JournalEntry.objects.count() == entries_before, "a repeated capture posted"
    elif option[0] in ("part", "walk"):
        actions = (option[2],) if option[0] == "part" else option[2]
        for action in actions:
            part = CooperativeOrder.objects.get(pk=option[1])
            actor = Actor.CUSTOMER if action == "request_withdrawal" else Actor.COOPERATIVE
            payload = {}
            if action == "ship":
                carrier = "" if part.delivery_method == "pickup" else "Amana"
                carrier = data.draw(st.sampled_from([carrier, "CTM Messagerie"]), label="carrier")
                payload = {"carrier": carrier, "tracking_number": "RR123456789MA"}
            order_services.part_transition(
                part=part, action=action, actor=actor, user=None, reason="test", data=payload
            )
    elif option[0] == "expire":
        hours = django_settings.ORDER_CONFIRMATION_HOURS
        order_services.parts_expire(now=now + dt.timedelta(hours=hours + 1))
    elif option[0] == "complete":
        order_services.parts_complete(now=now + dt.timedelta(days=8))
    elif option[0] == "refund_paid":
        payment_services.refund_mark_paid(
            refund=Refund.objects.get(pk=option[1]),
            reference=f"RB-{option[1]}",
            user=shop.staff,
            customer_rib=CUSTOMER_RIB,
        )


def _check_payment_status(order: Order) -> None:
    payment = Payment.objects.get(order=order)
    if payment.captured_amount == 0:
        assert payment.status in (
            PaymentStatus.PENDING,
            PaymentStatus.FAILED,
            PaymentStatus.CANCELLED,
        )
    else:
        assert payment.status in (
            PaymentStatus.CAPTURED,
            PaymentStatus.PARTIALLY_REFUNDED,
            PaymentStatus.REFUNDED,
        ), payment.status
    if payment.status == PaymentStatus.REFUNDED:
        assert payment.refunded_amount == payment.captured_amount, (
            f"refunded payment with {payment.captured_amount} captured, "
            f"{payment.refunded_amount} refunded"
        )


def _check_settled(order: Order, totals: dict) -> None:
    """Once no part can move any more, nothing is owed and nothing is pending."""
    statuses = set(order.parts.values_list("status", flat=True))
    final = {S.COMPLETED, S.CANCELLED, S.EXPIRED, S.RETURNED, S.REFUNDED}
    if statuses <= final:
        assert totals["receivable"] == 0, totals
        sold = order.parts.filter(status__in=SOLD_STATUSES)
        payment = Payment.objects.get(order=order)
        if payment.provider == Provider.CASH:
            assert payment.captured_amount == sum((p.total for p in sold), D("0.00"))


@pytest.mark.django_db
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
def test_money_invariants_hold_through_any_order_life(shop, data):
    with transaction.atomic():
        now = timezone.now()
        _commission_rules(data, shop, now)
        order = _place_order(data, shop)
        assert_money_invariants()
        for _step in range(data.draw(st.integers(min_value=0, max_value=14), label="steps")):
            options = _options(order)
            if not options:
                break
            option = data.draw(st.sampled_from(options), label="step")
            _perform(option, order, shop, data)
            totals = assert_money_invariants()
            _check_payment_status(order)
            _check_settled(order, totals)
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_amounts_whose_float_sum_is_inexact_are_accepted_by_the_database(shop):
    """Regression (found by the property test): SQLite stores decimals as floating point, so
    the CHECK "total = subtotal + delivery" refused 0.01 + 46.41 and 0.29 x 3; the checks
    now round to the centime."""
    cooperative = shop.cooperatives[0]
    DeliveryOptions.objects.filter(cooperative=cooperative).update(
        rate_national=D("46.41"), free_delivery_from=None
    )
    first, second = shop.variants[0]
    Variant.objects.filter(pk=first.pk).update(price=D("0.01"))
    Variant.objects.filter(pk=second.pk).update(price=D("0.29"))
    order = place([(first, 1), (second, 3)], payment_method="cod", methods={})
    assert order.total == D("47.29")
    assert order.parts.get().lines.get(variant=second).line_total == D("0.87")
    assert_money_invariants()


def _act(part: CooperativeOrder, *actions: str) -> None:
    for action in actions:
        actor = Actor.CUSTOMER if action == "request_withdrawal" else Actor.COOPERATIVE
        order_services.part_transition(
            part=part, action=action, actor=actor, user=None, reason="test", data={}
        )


@pytest.mark.django_db
def test_cash_collected_after_a_full_refund_reopens_the_payment(shop):
    """Regression (found while writing the properties): cash on delivery, two parcels. The
    first is picked up and all returned, so the payment is fully refunded; then the second is
    delivered and paid in cash. The payment stayed "refunded" with 240 captured and 120
    refunded, and a partial refund of the second parcel then raised InvalidPaymentTransition
    (refunded -> partially refunded), so the customer could not be refunded."""
    first = shop.variants[0][1]
    perishable, returnable = shop.variants[1]
    order = place(
        [(first, 1), (perishable, 1), (returnable, 2)],
        payment_method="cod",
        methods={shop.cooperatives[0].pk: "pickup", shop.cooperatives[1].pk: "home"},
    )
    one, two = order.parts.order_by("pk")
    _act(one, "confirm", "ship", "deliver", "request_withdrawal", "receive_withdrawal", "refund")
    payment = Payment.objects.get(order=order)
    assert payment.refunded_amount == payment.captured_amount == one.total
    assert payment.status == PaymentStatus.REFUNDED
    _act(two, "confirm")
    order_services.part_transition(
        part=two, action="ship", actor=Actor.COOPERATIVE, user=None, data={"carrier": "Amana"}
    )
    _act(two, "deliver")
    payment.refresh_from_db()
    assert payment.captured_amount == one.total + two.total
    assert payment.status == PaymentStatus.PARTIALLY_REFUNDED
    _act(two, "request_withdrawal", "receive_withdrawal", "refund")
    payment.refresh_from_db()
    returned = two.lines.get(variant=returnable).line_total
    assert payment.refunded_amount == one.total + returned < payment.captured_amount
    assert payment.status == PaymentStatus.PARTIALLY_REFUNDED
    _check_payment_status(order)
    assert_money_invariants()
