"""Staff order pages: all orders, one order with every part, staff actions, the permission."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client
from django.urls import reverse
from django.utils import translation

from cooplab.accounts.models import User
from cooplab.accounts.roles import STAFF_GROUP, role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.catalog.models import Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of

from ..models import CooperativeOrder, CooperativeOrderStatus
from .factories import advance, place, product_with_stock, variant_of

S = CooperativeOrderStatus
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def _staff_with_mfa() -> Any:
    user = StaffFactory()
    # Staff must have a second factor, or every page sends them to set one up.
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


@pytest.fixture
def staff() -> Any:
    user = _staff_with_mfa()
    user.groups.add(role_group(STAFF_GROUP))
    return user


@pytest.fixture
def two_coop_order() -> dict[str, Any]:
    coop_a, coop_b = CooperativeFactory(), CooperativeFactory()
    variant_a = variant_of(product_with_stock(coop_a, stock=5, images=0))
    variant_b = variant_of(product_with_stock(coop_b, stock=5, images=0))
    order = place([(variant_a, 1), (variant_b, 2)], payment_method="bank_transfer")
    return {
        "order": order,
        "coop_a": coop_a,
        "coop_b": coop_b,
        "variant_b": variant_b,
        "parts": list(order.parts.order_by("pk")),
    }


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _action_url(part: CooperativeOrder) -> str:
    return reverse(
        "orders:staff_part_action",
        kwargs={"number": part.order.number, "part_number": part.number},
    )


def _messages(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_staff_group_carries_the_manage_orders_permission(staff):
    assert staff.has_perm("orders.manage_orders")


def test_staff_list_shows_every_cooperatives_orders_and_filters(staff, two_coop_order):
    other = place(phone="0670000001", customer_name="Hind")
    client = _client(staff)
    url = reverse("orders:staff_orders")
    everything = client.get(url)
    assert everything.status_code == 200
    assert len(everything.context["rows"]) == 3
    by_coop = client.get(url, {"cooperative": two_coop_order["coop_b"].name})
    assert [r["part"].cooperative_id for r in by_coop.context["rows"]] == [
        two_coop_order["coop_b"].pk
    ]
    by_phone = client.get(url, {"phone": "06 70 00 00 01"})
    assert [r["part"].order_id for r in by_phone.context["rows"]] == [other.pk]
    by_number = client.get(url, {"number": two_coop_order["order"].number.lower()})
    assert len(by_number.context["rows"]) == 2
    by_status = client.get(url, {"status": "awaiting_payment"})
    assert len(by_status.context["rows"]) == 2
    bad_phone = client.get(url, {"phone": "not a phone"})
    assert bad_phone.context["rows"] == []


def test_staff_list_flags_refusals(staff, settings):
    settings.ORDER_REFUSAL_FLAG_THRESHOLD = 1
    refused = place()
    advance(refused, "confirm", "ship", "refuse")
    response = _client(staff).get(reverse("orders:staff_orders"))
    assert all(row["flagged"] for row in response.context["rows"])
    assert 'data-testid="refusal-flag"' in response.content.decode()


def test_staff_list_query_count_is_constant(staff, django_assert_max_num_queries):
    place()
    client = _client(staff)
    client.get(reverse("orders:staff_orders"))
    with django_assert_max_num_queries(12) as few:
        client.get(reverse("orders:staff_orders"))
    for _i in range(4):
        place()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(reverse("orders:staff_orders"))
    assert len(response.context["rows"]) == 5


def test_staff_detail_shows_every_part_and_refusal_count(staff, two_coop_order):
    response = _client(staff).get(
        reverse("orders:staff_order", kwargs={"number": two_coop_order["order"].number})
    )
    assert response.status_code == 200
    assert [p["part"].pk for p in response.context["parts"]] == [
        p.pk for p in two_coop_order["parts"]
    ]
    assert response.context["refusals"] == 0
    actions = [a.name for a in response.context["parts"][0]["actions"]]
    # A transfer is recorded as received on the order (payments), not part by part.
    assert actions == ["cancel"]


def test_staff_cannot_mark_a_part_paid_by_hand(staff, two_coop_order):
    """Only a recorded payment (payments.services) confirms a prepaid part."""
    part = two_coop_order["parts"][0]
    response = _client(staff).post(_action_url(part), {"action": "mark_paid"}, follow=True)
    part.refresh_from_db()
    assert part.status == S.AWAITING_PAYMENT
    assert response.status_code == 200


def test_staff_confirms_a_cash_order_after_a_call(staff):
    order = place()
    part = order.parts.get()
    _client(staff).post(_action_url(part), {"action": "confirm"})
    part.refresh_from_db()
    assert part.status == S.CONFIRMED


def test_staff_cancel_needs_a_reason_and_restocks(staff, two_coop_order):
    part = two_coop_order["parts"][1]
    variant = two_coop_order["variant_b"]
    before = Variant.objects.get(pk=variant.pk).stock
    client = _client(staff)
    refused = client.post(_action_url(part), {"action": "cancel"}, follow=True)
    assert "Please give a reason." in _messages(refused)
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.AWAITING_PAYMENT
    assert Variant.objects.get(pk=variant.pk).stock == before
    client.post(_action_url(part), {"action": "cancel", "reason": "Virement jamais reçu"})
    part.refresh_from_db()
    assert (part.status, part.cancelled_by) == (S.CANCELLED, "staff")
    assert Variant.objects.get(pk=variant.pk).stock == before + 2


def test_staff_illegal_action_is_a_message(staff, two_coop_order):
    part = two_coop_order["parts"][0]
    response = _client(staff).post(_action_url(part), {"action": "deliver"}, follow=True)
    assert response.status_code == 200
    assert "This action is no longer possible for this order." in _messages(response)
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.AWAITING_PAYMENT


def test_part_of_another_order_is_not_found(staff, two_coop_order):
    other = place().parts.get()
    url = reverse(
        "orders:staff_part_action",
        kwargs={"number": two_coop_order["order"].number, "part_number": other.number},
    )
    assert _client(staff).post(url, {"action": "confirm"}).status_code == 404
    assert CooperativeOrder.objects.get(pk=other.pk).status == S.AWAITING_CONFIRMATION


@pytest.mark.parametrize("who", ["customer", "staff_without_permission", "manager"])
def test_staff_pages_refuse_everyone_else(two_coop_order, who):
    user: User
    if who == "customer":
        user = UserFactory.create()
    elif who == "staff_without_permission":
        user = _staff_with_mfa()
    else:
        user = manager_of(two_coop_order["coop_a"])
    client = _client(user)
    part = two_coop_order["parts"][0]
    assert client.get(reverse("orders:staff_orders")).status_code == 403
    assert (
        client.get(
            reverse("orders:staff_order", kwargs={"number": two_coop_order["order"].number})
        ).status_code
        == 403
    )
    assert client.post(_action_url(part), {"action": "mark_paid"}).status_code == 403
    assert CooperativeOrder.objects.get(pk=part.pk).status == S.AWAITING_PAYMENT


def test_staff_nav_link_needs_the_permission(staff):
    html = _client(staff).get(reverse("orders:staff_orders")).content.decode()
    assert reverse("orders:staff_orders") in html
    plain = _client(_staff_with_mfa()).get(reverse("core:home")).content.decode()
    assert reverse("orders:staff_orders") not in plain
