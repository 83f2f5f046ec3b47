"""The shop API: a guest's cart by token, checkout with idempotency, orders by token or by
number and phone, and refusals that change nothing."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client

from cooplab.accounts.tests.factories import UserFactory
from cooplab.accounts.tokens import api_token_create
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.orders.models import Order

from .factories import ADDRESS, product_with_stock, variant_of

pytestmark = pytest.mark.django_db

API = "/api/v1/shop"


def _json(client: Client, method: str, path: str, body=None, **headers):
    extra = {}
    for name, value in headers.items():
        extra[name if name.startswith("HTTP_") else f"HTTP_{name}"] = value
    call = getattr(client, method)
    if body is None:
        return call(f"{API}{path}", **extra)
    return call(f"{API}{path}", body, content_type="application/json", **extra)


def _guest_cart(client: Client, *items) -> str:
    token = _json(client, "post", "/cart", {}).json()["token"]
    for variant, quantity in items:
        response = _json(
            client,
            "post",
            "/cart/lines",
            {"variant_id": variant.pk, "quantity": quantity},
            X_CART_TOKEN=token,
        )
        assert response.status_code == 200, response.content
    return token


def test_guest_checks_out_two_cooperatives_through_the_api():
    client = Client()
    first = variant_of(product_with_stock(CooperativeFactory(), stock=5, price="100.00"))
    second = variant_of(product_with_stock(CooperativeFactory(), stock=5, price="50.00"))
    token = _guest_cart(client, (first, 2), (second, 1))

    quote = _json(client, "get", "/cart?region=MA-06&city=Casablanca", X_CART_TOKEN=token).json()
    assert quote["subtotal"] == "250.00" and quote["delivery_total"] == "70.00"
    assert quote["ready"] is True
    body = {
        "details": dict(ADDRESS),
        "payment_method": "cod",
        "consent": True,
        "idempotency_key": uuid.uuid4().hex,
        "expected_fingerprint": quote["fingerprint"],
    }
    created = _json(client, "post", "/checkout", body, X_CART_TOKEN=token)
    again = _json(client, "post", "/checkout", body, X_CART_TOKEN=token)

    assert created.status_code == 201 and again.status_code == 200
    assert created.json()["number"] == again.json()["number"]
    assert created.json()["total"] == "320.00" and len(created.json()["parts"]) == 2
    assert Order.objects.count() == 1
    number = created.json()["number"]
    found = _json(client, "get", f"/orders/{number}?phone=0661234567")
    assert found.status_code == 200
    assert _json(client, "get", f"/orders/{number}?phone=0600000000").status_code == 404


def test_checkout_refusals_are_json_and_change_nothing():
    client = Client()
    variant = variant_of(product_with_stock(stock=1))
    token = _guest_cart(client, (variant, 1))
    base = {
        "details": dict(ADDRESS),
        "payment_method": "cod",
        "consent": True,
        "idempotency_key": uuid.uuid4().hex,
    }
    for override, status in (
        ({"consent": False}, 422),
        ({"payment_method": "free"}, 422),
        ({"expected_fingerprint": "x"}, 409),
        ({"details": {**ADDRESS, "phone": "12"}}, 422),
    ):
        response = _json(client, "post", "/checkout", {**base, **override}, X_CART_TOKEN=token)
        assert response.status_code == status, (override, response.content)
        assert response.json()["detail"]
    assert Order.objects.count() == 0


def test_bad_quantities_are_422_and_the_cart_is_unchanged():
    client = Client()
    variant = variant_of(product_with_stock(stock=3))
    token = _guest_cart(client, (variant, 1))
    for quantity in (0, -1, 1.5, "2.0", 10**9, True, None, "x"):
        response = _json(
            client,
            "post",
            "/cart/lines",
            {"variant_id": variant.pk, "quantity": quantity},
            X_CART_TOKEN=token,
        )
        assert response.status_code == 422, quantity
    cart = _json(client, "get", "/cart", X_CART_TOKEN=token).json()
    assert cart["groups"][0]["lines"][0]["quantity"] == 1


def test_customer_lists_only_their_orders_with_a_token():
    from .factories import place

    user, other = UserFactory(), UserFactory()
    mine = place(user=user)
    place(user=other)
    secret = api_token_create(user=user, name="app")[1]
    client = Client()

    listed = _json(client, "get", "/orders", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert [o["number"] for o in listed.json()] == [mine.number]
    assert _json(Client(), "get", "/orders").status_code == 401
    assert (
        _json(Client(), "get", "/orders", HTTP_AUTHORIZATION="Bearer cl_wrong").status_code == 401
    )


def test_another_guests_cart_token_finds_nothing():
    assert _json(Client(), "get", "/cart", X_CART_TOKEN=str(uuid.uuid4())).status_code == 404
    assert _json(Client(), "get", "/cart", X_CART_TOKEN="not-a-uuid").status_code == 404


def test_order_list_queries_do_not_grow_with_card_orders(django_assert_max_num_queries):
    """payment_url reads the payment and parts loaded with the orders (no query per order)."""
    from .factories import place

    user = UserFactory()
    secret = api_token_create(user=user, name="app")[1]
    client = Client()

    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = _json(client, "get", "/orders", HTTP_AUTHORIZATION=f"Bearer {secret}")
        assert response.status_code == 200
        return len(queries)

    place(user=user, payment_method="card")
    count()  # the first call also records the token's use
    one = count()
    for _ in range(3):
        place(user=user, payment_method="card")
    assert count() == one
    listed = _json(client, "get", "/orders", HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    assert all("/payments/" in order["payment_url"] for order in listed)
