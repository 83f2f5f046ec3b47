"""The vendor API's order endpoints: list, detail, actions, with Bearer tokens."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.utils import translation

from cooplab.accounts.tests.factories import UserFactory
from cooplab.accounts.tokens import api_token_create
from cooplab.catalog.models import Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of, member_of
from cooplab.core.models import AuditLog

from ..models import CooperativeOrder, CooperativeOrderStatus, OrderEvent
from .factories import advance, place, product_with_stock, variant_of

S = CooperativeOrderStatus
API = "/api/v1/vendor/cooperatives"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


@pytest.fixture
def shop() -> dict[str, Any]:
    coop = CooperativeFactory()
    variant = variant_of(product_with_stock(coop, stock=10, images=0))
    order = place([(variant, 2)])
    return {
        "coop": coop,
        "manager": manager_of(coop),
        "member": member_of(coop),
        "variant": variant,
        "order": order,
        "part": order.parts.get(),
    }


def _bearer(user: Any) -> dict[str, str]:
    _token, secret = api_token_create(user=user, name="tests")
    return {"Authorization": f"Bearer {secret}"}


def _get(url: str, user: Any, **params: Any) -> Any:
    return Client().get(url, params, headers=_bearer(user))


def _post(url: str, user: Any, body: dict[str, Any]) -> Any:
    return Client().post(
        url, json.dumps(body), content_type="application/json", headers=_bearer(user)
    )


def _orders(coop: Any) -> str:
    return f"{API}/{coop.public_id}/orders"


def _order(coop: Any, part: CooperativeOrder, action: bool = False) -> str:
    return f"{_orders(coop)}/{part.number}" + ("/actions" if action else "")


def _state() -> tuple[Any, ...]:
    return (
        list(CooperativeOrder.objects.order_by("pk").values_list("pk", "status", "carrier")),
        list(Variant.objects.order_by("pk").values_list("pk", "stock")),
        OrderEvent.objects.count(),
        AuditLog.objects.filter(action__startswith="order.").count(),
    )


def test_list_is_paginated_and_filtered(shop):
    second = place([(shop["variant"], 1)], customer_name="Youssef Alaoui")
    advance(second, "confirm", "ship")
    everything = _get(_orders(shop["coop"]), shop["member"], limit=1)
    assert everything.status_code == 200
    body = everything.json()
    assert (body["count"], body["limit"], body["offset"], len(body["items"])) == (2, 1, 0, 1)
    assert body["items"][0]["number"] == f"{second.number}-1"
    action = _get(_orders(shop["coop"]), shop["member"], status="action").json()
    assert [item["number"] for item in action["items"]] == [shop["part"].number]
    shipped = _get(_orders(shop["coop"]), shop["member"], status="shipped").json()
    assert [item["number"] for item in shipped["items"]] == [f"{second.number}-1"]
    search = _get(_orders(shop["coop"]), shop["member"], q="youssef").json()
    assert search["count"] == 1
    item = action["items"][0]
    assert item["total"] == str(shop["part"].total)
    assert (item["phone"], item["city"], item["refused_parcels"], item["flagged"]) == (
        "+212661234567",
        "Casablanca",
        0,
        False,
    )


def test_list_refuses_a_limit_above_the_maximum(shop):
    assert _get(_orders(shop["coop"]), shop["manager"], limit=1000).status_code == 422


def test_detail_lists_lines_address_events_and_possible_actions(shop):
    response = _get(_order(shop["coop"], shop["part"]), shop["member"])
    assert response.status_code == 200
    body = response.json()
    assert body["actions"] == ["confirm", "cancel"]
    assert body["address"]["landmark"] == "En face de la pharmacie"
    assert body["lines"][0]["quantity"] == 2
    assert [event["kind"] for event in body["events"]] == ["created"]


def test_manager_ships_with_carrier_and_tracking(shop):
    advance(shop["order"], "confirm")
    response = _post(
        _order(shop["coop"], shop["part"], action=True),
        shop["manager"],
        {"action": "ship", "carrier": "Amana", "tracking_number": "RR123456789MA"},
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["status"], body["carrier"], body["tracking_number"]) == (
        "shipped",
        "Amana",
        "RR123456789MA",
    )
    event = OrderEvent.objects.filter(cooperative_order=shop["part"]).last()
    assert (event.actor_id, event.actor_role) == (shop["manager"].pk, "cooperative")


def test_ship_without_carrier_is_a_400_and_changes_nothing(shop):
    advance(shop["order"], "confirm")
    before = _state()
    response = _post(
        _order(shop["coop"], shop["part"], action=True), shop["manager"], {"action": "ship"}
    )
    assert response.status_code == 400
    assert response.json()["detail"][0]["msg"] == "Say which carrier takes the parcel."
    assert response.json()["detail"][0]["loc"] == ["body", "payload", "carrier"]
    assert _state() == before


def test_cancel_without_reason_is_a_400(shop):
    before = _state()
    response = _post(
        _order(shop["coop"], shop["part"], action=True), shop["manager"], {"action": "cancel"}
    )
    assert response.status_code == 400
    assert response.json()["detail"][0]["msg"] == "Please give a reason."
    assert _state() == before


def test_cancel_with_reason_restocks(shop):
    stock = Variant.objects.get(pk=shop["variant"].pk).stock
    response = _post(
        _order(shop["coop"], shop["part"], action=True),
        shop["manager"],
        {"action": "cancel", "reason": "Rupture de stock"},
    )
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    assert Variant.objects.get(pk=shop["variant"].pk).stock == stock + 2


@pytest.mark.parametrize("action", ["deliver", "mark_paid", "expire", "complete", "nonsense"])
def test_illegal_action_is_a_409_and_changes_nothing(shop, action):
    before = _state()
    response = _post(
        _order(shop["coop"], shop["part"], action=True), shop["manager"], {"action": action}
    )
    assert response.status_code == 409
    assert response.json() == {"detail": "This action is no longer possible for this order."}
    assert _state() == before


def test_409_message_is_translated(shop):
    with translation.override("fr"):
        response = Client().post(
            _order(shop["coop"], shop["part"], action=True),
            json.dumps({"action": "deliver"}),
            content_type="application/json",
            headers={**_bearer(shop["manager"]), "Accept-Language": "fr"},
        )
    assert response.status_code == 409
    assert response.json()["detail"] != "This action is no longer possible for this order."


def test_member_cannot_act(shop):
    before = _state()
    response = _post(
        _order(shop["coop"], shop["part"], action=True), shop["member"], {"action": "confirm"}
    )
    assert response.status_code == 403
    assert _state() == before


def test_another_cooperatives_order_is_a_404_never_shown(shop):
    other = CooperativeFactory()
    stranger = manager_of(other)
    before = _state()
    detail = _get(_order(other, shop["part"]), stranger)
    assert detail.status_code == 404
    assert shop["order"].customer_name not in detail.content.decode()
    acted = _post(_order(other, shop["part"], action=True), stranger, {"action": "confirm"})
    assert acted.status_code == 404
    listed = _get(_orders(other), stranger).json()
    assert listed["count"] == 0
    # Through cooperative A's URL: refused whatever the order number (nothing leaks).
    assert _get(_order(shop["coop"], shop["part"]), stranger).status_code == 403
    assert _get(f"{_orders(shop['coop'])}/NOPE-1", stranger).status_code == 403
    assert _state() == before


def test_customer_and_anonymous_are_refused(shop):
    assert _get(_orders(shop["coop"]), UserFactory()).status_code == 403
    assert Client().get(_orders(shop["coop"])).status_code == 401
    assert Client().get(_order(shop["coop"], shop["part"])).status_code == 401


def test_list_queries_are_constant(shop, django_assert_max_num_queries):
    headers = _bearer(shop["manager"])
    client = Client()
    client.get(_orders(shop["coop"]), headers=headers)
    with django_assert_max_num_queries(10) as few:
        client.get(_orders(shop["coop"]), headers=headers)
    for index in range(4):
        place([(shop["variant"], 1)], phone=f"066100000{index}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(_orders(shop["coop"]), headers=headers)
    assert response.json()["count"] == 5
