"""The cooperative order's state machine: allowed paths, who may act, stock following the
transitions, and a property test over random sequences of actions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cooplab.catalog.models import Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.orders import services
from cooplab.orders.models import CooperativeOrder, CooperativeOrderStatus, OrderEvent
from cooplab.orders.states import TRANSITIONS, Actor, InvalidTransition, allowed_actions

from .factories import advance, place, product_with_stock, variant_of

pytestmark = pytest.mark.django_db
S = CooperativeOrderStatus


def _stock(variant: Variant) -> int:
    return Variant.objects.values_list("stock", flat=True).get(pk=variant.pk)


def _act(part, action, actor=Actor.COOPERATIVE, **kwargs):
    return services.part_transition(part=part, action=action, actor=actor, user=None, **kwargs)


def test_happy_path_to_delivered_records_an_event_per_step():
    order = place()
    advance(order, "confirm", "prepare", "ship", "deliver")
    part = order.parts.get()
    assert part.status == S.DELIVERED
    assert part.carrier == "Amana" and part.tracking_number == "RR123456789MA"
    assert part.confirmed_at and part.shipped_at and part.delivered_at
    kinds = list(OrderEvent.objects.filter(cooperative_order=part).values_list("kind", flat=True))
    assert kinds == ["created", "confirm", "prepare", "ship", "deliver"]


@pytest.mark.parametrize("action", ["cancel", "expire"])
def test_cancel_and_expiry_give_the_stock_back(action):
    variant = variant_of(product_with_stock(stock=5))
    order = place([(variant, 3)])
    assert _stock(variant) == 2
    actor = Actor.SYSTEM if action == "expire" else Actor.COOPERATIVE
    _act(order.parts.get(), action, actor=actor, reason="Rupture chez le fournisseur")
    assert _stock(variant) == 5


def test_refused_parcel_comes_back_to_stock_only_when_received():
    variant = variant_of(product_with_stock(stock=5))
    order = place([(variant, 2)])
    advance(order, "confirm", "ship", "refuse")
    assert _stock(variant) == 3
    advance(order, "receive_return")
    assert _stock(variant) == 5
    assert order.parts.get().status == S.RETURNED


def test_cooperative_must_give_a_reason_to_cancel_but_the_customer_need_not():
    order = place()
    part = order.parts.get()
    with pytest.raises(ValidationError):
        _act(part, "cancel", reason="  ")
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.AWAITING_CONFIRMATION
    _act(part, "cancel", actor=Actor.CUSTOMER)
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.CANCELLED


def test_shipping_needs_a_carrier_and_a_valid_tracking_link():
    order = place()
    part = order.parts.get()
    _act(part, "confirm")
    with pytest.raises(ValidationError):
        _act(part, "ship", data={"carrier": ""})
    with pytest.raises(ValidationError):
        _act(part, "ship", data={"carrier": "Amana", "tracking_url": "javascript:alert(1)"})
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.CONFIRMED


def test_customer_cannot_cancel_after_shipping_and_nothing_changes():
    variant = variant_of(product_with_stock(stock=5))
    order = place([(variant, 1)])
    advance(order, "confirm", "ship")
    with pytest.raises(ValidationError, match="left the cooperatives"):
        services.order_cancel_by_customer(order=order, user=None)
    assert order.parts.get().status == S.SHIPPED
    assert _stock(variant) == 4


@pytest.mark.parametrize(
    ("actor", "action"),
    [
        (Actor.CUSTOMER, "ship"),
        (Actor.CUSTOMER, "deliver"),
        (Actor.COOPERATIVE, "expire"),
        (Actor.COOPERATIVE, "request_withdrawal"),
        (Actor.CUSTOMER, "mark_paid"),
    ],
)
def test_actors_cannot_take_each_others_actions(actor, action):
    order = place()
    part = order.parts.get()
    with pytest.raises(InvalidTransition):
        _act(part, action, actor=actor)
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.AWAITING_CONFIRMATION


def test_withdrawal_only_for_returnable_products_within_seven_days():
    perishable = variant_of(product_with_stock(stock=5, perishable=True))
    order = place([(perishable, 1)])
    advance(order, "confirm", "ship", "deliver")
    with pytest.raises(ValidationError, match="cannot be returned"):
        _act(order.parts.get(), "request_withdrawal", actor=Actor.CUSTOMER)

    carpet = variant_of(product_with_stock(stock=5, perishable=False, price="900.00"))
    late = place([(carpet, 1)])
    advance(late, "confirm", "ship", "deliver")
    CooperativeOrder.objects.filter(order=late).update(
        delivered_at=timezone.now() - dt.timedelta(days=8)
    )
    with pytest.raises(ValidationError, match="7-day"):
        _act(late.parts.get(), "request_withdrawal", actor=Actor.CUSTOMER)


def test_withdrawal_path_restocks_returned_goods_and_records_the_refund_owed():
    carpet = variant_of(product_with_stock(stock=5, perishable=False, price="900.00"))
    order = place([(carpet, 1)])
    advance(order, "confirm", "ship", "deliver")
    part = order.parts.get()
    _act(part, "request_withdrawal", actor=Actor.CUSTOMER, reason="Taille")
    assert CooperativeOrder.objects.get(pk=part.pk).refund_amount == Decimal("900.00")
    _act(part, "receive_withdrawal")
    assert _stock(carpet) == 5
    _act(part, "refund")
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.REFUNDED


def test_expiry_and_completion_jobs_are_idempotent():
    variant = variant_of(product_with_stock(stock=5))
    old = place([(variant, 2)])
    CooperativeOrder.objects.filter(order=old).update(
        expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    fresh = place([(variant, 1)])
    assert services.parts_expire() == 1
    assert services.parts_expire() == 0
    assert old.parts.get().status == S.EXPIRED
    assert fresh.parts.get().status == S.AWAITING_CONFIRMATION
    assert _stock(variant) == 4

    advance(fresh, "confirm", "ship", "deliver")
    assert services.parts_complete() == 0  # the withdrawal period is still running
    CooperativeOrder.objects.filter(order=fresh).update(
        delivered_at=timezone.now() - dt.timedelta(days=8)
    )
    assert services.parts_complete() == 1
    assert services.parts_complete() == 0
    assert fresh.parts.get().status == S.COMPLETED


def test_confirmation_code_confirms_every_part_and_locks_after_five_wrong_tries():
    first = variant_of(product_with_stock(CooperativeFactory(), stock=5))
    second = variant_of(product_with_stock(CooperativeFactory(), stock=5))
    order = place([(first, 1), (second, 1)])
    for _attempt in range(5):
        with pytest.raises(ValidationError):
            services.order_confirm_with_code(order=order, code="000000x")
    order.refresh_from_db()
    assert order.confirmation_attempts == 5
    with pytest.raises(ValidationError, match="no longer be used"):
        services.order_confirm_with_code(order=order, code="123456")
    assert set(order.parts.values_list("status", flat=True)) == {S.AWAITING_CONFIRMATION}


def test_every_status_is_reachable_and_every_action_has_an_actor():
    targets = {t.target for t in TRANSITIONS.values()}
    assert targets | {S.AWAITING_CONFIRMATION, S.AWAITING_PAYMENT} == set(S.values)
    assert all(t.actors for t in TRANSITIONS.values())
    assert allowed_actions(S.SHIPPED, Actor.CUSTOMER) == []


ACTIONS = list(TRANSITIONS)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(st.tuples(st.sampled_from(ACTIONS), st.sampled_from(list(Actor))), max_size=12)
)
def test_random_action_sequences_keep_stock_and_history_consistent(steps):
    variant = variant_of(product_with_stock(stock=10, perishable=False))
    order = place([(variant, 3)])
    part = order.parts.get()
    done = 0
    for action, actor in steps:
        before = CooperativeOrder.objects.get(pk=part.pk).status
        data = {"carrier": "Amana"} if action == "ship" else {}
        try:
            services.part_transition(
                part=part, action=action, actor=actor, user=None, reason="r", data=data
            )
        except (InvalidTransition, ValidationError):
            assert CooperativeOrder.objects.get(pk=part.pk).status == before
            continue
        done += 1
        after = CooperativeOrder.objects.get(pk=part.pk).status
        assert after == TRANSITIONS[action].target
        assert action in allowed_actions(before, actor)
    status = CooperativeOrder.objects.get(pk=part.pk).status
    given_back = status in {S.CANCELLED, S.EXPIRED, S.RETURNED, S.WITHDRAWAL_RECEIVED, S.REFUNDED}
    assert _stock(variant) == (10 if given_back else 7)
    assert OrderEvent.objects.filter(cooperative_order=part).count() == done + 1
