"""The vendor API: a cooperative's catalogue through a personal token (or the session)."""

from __future__ import annotations

import json
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext as _
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.accounts.tokens import api_token_create
from cooplab.catalog import services as catalog_services
from cooplab.catalog.models import (
    Category,
    Product,
    ProductStatus,
    StockMovement,
    StockReason,
    Variant,
)
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of, member_of
from cooplab.core.models import AuditLog

pytestmark = pytest.mark.django_db

API = "/api/v1/vendor/cooperatives"


def _products_url(cooperative: Any, product: Any = None, action: str = "") -> str:
    url = f"{API}/{cooperative.public_id}/products"
    if product is not None:
        url += f"/{product.public_id}"
    return url + (f"/{action}" if action else "")


def _bearer(user: Any) -> dict[str, str]:
    _token, secret = api_token_create(user=user, name="tests")
    return {"Authorization": f"Bearer {secret}"}


def _send(
    method: str, url: str, body: Any = None, headers: dict[str, str] | None = None, **extra: Any
) -> Any:
    client = extra.pop("client", None) or Client()
    data = body if isinstance(body, str | bytes) else json.dumps(body if body is not None else {})
    return client.generic(
        method, url, data, content_type="application/json", headers=headers or {}, **extra
    )


def _state() -> tuple[Any, ...]:
    """Everything a vendor request may change (token creation by the tests aside)."""
    return (
        list(
            Product.objects.order_by("pk").values_list(
                "pk", "status", "name_fr", "name_en", "category_id", "onssa_number", "updated_at"
            )
        ),
        list(Variant.objects.order_by("pk").values_list("pk", "stock", "price", "label", "sku")),
        StockMovement.objects.count(),
        AuditLog.objects.exclude(action__startswith="api_token.").count(),
    )


@pytest.fixture
def shop(db: None) -> SimpleNamespace:
    """Cooperative A with a manager, a member, a draft product with one size (4 in stock);
    cooperative B with its manager and product; a customer; platform staff."""
    coop_a, coop_b = CooperativeFactory(), CooperativeFactory()
    manager_a = manager_of(coop_a)
    category = Category.objects.get(slug="miel")

    def product_of(coop: Any, manager: Any, name: str) -> Product:
        return catalog_services.product_create(
            cooperative=coop,
            actor=manager,
            data={"name_fr": name, "category": category, "onssa_number": "ONSSA-9"},
            variants=[{"label": "250 g", "price": "90.00", "stock": 4}],
        )

    manager_b = manager_of(coop_b)
    staff = StaffFactory()
    staff.groups.add(role_group("platform_staff"))
    from allauth.mfa.models import Authenticator

    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    product = product_of(coop_a, manager_a, "Miel d'euphorbe")
    return SimpleNamespace(
        coop_a=coop_a,
        coop_b=coop_b,
        manager_a=manager_a,
        member_a=member_of(coop_a),
        manager_b=manager_b,
        customer=UserFactory(),
        staff=staff,
        category=category,
        product=product,
        variant=product.variants.get(),
        product_b=product_of(coop_b, manager_b, "Miel de B"),
    )


VALID_PRODUCT = {
    "name_fr": "Miel de thym",
    "name_ar": "عسل الزعتر",
    "description_fr": "Récolté dans l'Atlas.\nEn pot de verre.",
    "category": "miel",
    "origin_region": "MA-09",
    "perishable": True,
    "onssa_number": "ONSSA-1",
    "variants": [
        {"label": "250 g", "price": "65.50", "stock": 3, "quantity": "250", "unit": "g"},
        {"label": "1 kg", "price": "240", "compare_at_price": "260.00"},
    ],
}


# ---- happy paths with a token -------------------------------------------------------------


def test_member_lists_all_products_of_their_cooperative_with_sizes(shop):
    # given a member's token
    headers = _bearer(shop.member_a)
    # when they list the products of their cooperative
    response = _send("GET", _products_url(shop.coop_a), headers=headers)
    # then they see the draft with its size, money as strings, nothing of cooperative B
    assert response.status_code == 200, response.content
    (item,) = response.json()
    assert item["id"] == str(shop.product.public_id)
    assert item["status"] == "draft"
    assert item["names"]["fr"] == "Miel d'euphorbe"
    assert item["category"] == "miel"
    assert item["price_from"] == "90.00"
    assert item["variants"] == [
        {
            "id": shop.variant.pk,
            "label": "250 g",
            "sku": shop.variant.sku,
            "price": "90.00",
            "compare_at_price": None,
            "stock": 4,
            "quantity": None,
            "unit": "piece",
            "low_stock_threshold": 3,
            "is_active": True,
        }
    ]


def test_manager_creates_a_draft_product_with_sizes_and_stock(shop):
    # given a manager's token
    headers = _bearer(shop.manager_a)
    # when they create a product
    response = _send("POST", _products_url(shop.coop_a), VALID_PRODUCT, headers)
    # then a draft of their cooperative exists, through the service (stock movement, audit)
    assert response.status_code == 201, response.content
    body = response.json()
    product = Product.objects.get(public_id=body["id"])
    assert product.cooperative == shop.coop_a
    assert product.status == ProductStatus.DRAFT
    assert product.name_ar == "عسل الزعتر"
    assert product.origin_region == "MA-09"
    assert [(v["label"], v["price"], v["stock"]) for v in body["variants"]] == [
        ("250 g", "65.50", 3),
        ("1 kg", "240.00", 0),
    ]
    assert body["variants"][0]["quantity"] == "250"
    assert body["variants"][1]["compare_at_price"] == "260.00"
    assert body["price_from"] == "65.50"
    movement = StockMovement.objects.get(variant__product=product)
    assert (movement.delta, movement.reason, movement.actor) == (3, "received", shop.manager_a)
    assert AuditLog.objects.filter(
        action="product.created", actor=shop.manager_a, target_id=str(product.pk)
    ).exists()


def test_patch_changes_only_the_fields_sent(shop):
    headers = _bearer(shop.manager_a)
    other_category = Category.objects.get(slug="huiles")
    response = _send(
        "PATCH",
        _products_url(shop.coop_a, shop.product),
        {"name_en": "Euphorbia honey", "category": "huiles"},
        headers,
    )
    assert response.status_code == 200, response.content
    shop.product.refresh_from_db()
    assert shop.product.name_en == "Euphorbia honey"
    assert shop.product.category == other_category
    assert shop.product.name_fr == "Miel d'euphorbe"
    assert shop.product.onssa_number == "ONSSA-9"
    assert response.json()["names"]["en"] == "Euphorbia honey"


def test_publish_publishes_a_draft_and_is_idempotent(shop):
    headers = _bearer(shop.manager_a)
    url = _products_url(shop.coop_a, shop.product, "publish")
    first = _send("POST", url, None, headers)
    assert first.status_code == 200, first.content
    assert first.json()["status"] == "published"
    audits = AuditLog.objects.count()
    second = _send("POST", url, None, headers)
    assert second.status_code == 200
    assert second.json()["status"] == "published"
    assert AuditLog.objects.count() == audits


def test_publish_refusal_lists_the_translated_reasons(shop):
    # given a food product without its ONSSA number
    draft = catalog_services.product_create(
        cooperative=shop.coop_a,
        actor=shop.manager_a,
        data={"name_fr": "Sans ONSSA", "category": shop.category},
        variants=[{"label": "1 kg", "price": "100"}],
    )
    before = _state()
    response = _send(
        "POST",
        _products_url(shop.coop_a, draft, "publish"),
        None,
        {**_bearer(shop.manager_a), "Accept-Language": "ar"},
    )
    assert response.status_code == 422
    with translation.override("ar"):
        expected = _("Food products need the ONSSA authorisation number.")
    assert [error["msg"] for error in response.json()["detail"]] == [expected]
    assert _state() == before


def test_stock_adjust_records_a_movement(shop):
    headers = _bearer(shop.manager_a)
    response = _send(
        "POST",
        _products_url(shop.coop_a, shop.product, "stock"),
        {"variant_id": shop.variant.pk, "delta": -3, "reason": "sold_elsewhere", "note": "Souk"},
        headers,
    )
    assert response.status_code == 200, response.content
    assert response.json()["stock"] == 1
    movement = StockMovement.objects.filter(variant=shop.variant).first()
    assert (movement.delta, movement.stock_after, movement.reason, movement.note) == (
        -3,
        1,
        StockReason.SOLD_ELSEWHERE,
        "Souk",
    )
    assert movement.actor == shop.manager_a


def test_platform_staff_may_act_for_any_cooperative(shop):
    response = _send("POST", _products_url(shop.coop_b), VALID_PRODUCT, _bearer(shop.staff))
    assert response.status_code == 201
    assert Product.objects.get(public_id=response.json()["id"]).cooperative == shop.coop_b


# ---- access ---------------------------------------------------------------------------------


def _every_request(shop: Any, coop: Any, product: Any, variant: Any) -> list[tuple[str, str, Any]]:
    return [
        ("GET", _products_url(coop), None),
        ("POST", _products_url(coop), VALID_PRODUCT),
        ("PATCH", _products_url(coop, product), {"name_fr": "Pris"}),
        ("POST", _products_url(coop, product, "publish"), None),
        (
            "POST",
            _products_url(coop, product, "stock"),
            {"variant_id": variant.pk, "delta": 5, "reason": "received"},
        ),
    ]


def test_anonymous_gets_401_everywhere_and_changes_nothing(shop):
    before = _state()
    for method, url, body in _every_request(shop, shop.coop_a, shop.product, shop.variant):
        response = _send(method, url, body)
        assert response.status_code == 401, (method, url)
    assert _state() == before


@pytest.mark.parametrize("persona", ["manager_b", "customer"])
def test_outsiders_get_403_on_another_cooperative_and_change_nothing(shop, persona):
    headers = _bearer(getattr(shop, persona))
    before = _state()
    for method, url, body in _every_request(shop, shop.coop_a, shop.product, shop.variant):
        response = _send(method, url, body, headers)
        assert response.status_code == 403, (method, url, response.content)
        assert response["Content-Type"] == "application/json; charset=utf-8"
        assert set(response.json()) == {"detail"}
    assert _state() == before


def test_a_product_of_another_cooperative_is_404_through_ones_own(shop):
    # given manager B, who may act for B, addressing A's product under B's id
    headers = _bearer(shop.manager_b)
    before = _state()
    for method, url, body in _every_request(shop, shop.coop_b, shop.product, shop.variant)[2:]:
        response = _send(method, url, body, headers)
        assert response.status_code == 404, (method, url)
    # nor may B's variant be adjusted under B's own product route with A's variant id
    response = _send(
        "POST",
        _products_url(shop.coop_b, shop.product_b, "stock"),
        {"variant_id": shop.variant.pk, "delta": 5, "reason": "received"},
        headers,
    )
    assert response.status_code == 422
    assert _state() == before


def test_unknown_cooperative_is_403_for_a_manager_and_404_for_staff(shop):
    url = f"{API}/00000000-0000-4000-8000-000000000000/products"
    assert _send("GET", url, headers=_bearer(shop.manager_a)).status_code == 403
    assert _send("GET", url, headers=_bearer(shop.staff)).status_code == 404


def test_member_may_read_but_not_write(shop):
    headers = _bearer(shop.member_a)
    before = _state()
    for method, url, body in _every_request(shop, shop.coop_a, shop.product, shop.variant):
        response = _send(method, url, body, headers)
        assert response.status_code == (200 if method == "GET" else 403), (method, url)
    assert _state() == before


def test_session_writes_need_the_csrf_token_but_token_writes_do_not(shop):
    # given a manager signed in with a browser session, on a client that enforces CSRF
    client = Client(enforce_csrf_checks=True)
    client.force_login(shop.manager_a)
    before = _state()
    # when a write comes without the CSRF token (as from another site), it is refused
    response = _send("POST", _products_url(shop.coop_a), VALID_PRODUCT, client=client)
    assert response.status_code == 403
    assert _state() == before
    # reads need no CSRF token
    assert _send("GET", _products_url(shop.coop_a), client=client).status_code == 200
    # with the CSRF cookie and header, the same write is accepted
    client.get("/fr/accounts/profile/")
    csrf = client.cookies["cooplab_csrf"].value
    response = _send(
        "POST", _products_url(shop.coop_a), VALID_PRODUCT, {"X-CSRFToken": csrf}, client=client
    )
    assert response.status_code == 201, response.content
    # and a Bearer token needs no CSRF token at all
    response = _send(
        "POST",
        _products_url(shop.coop_a),
        VALID_PRODUCT,
        _bearer(shop.manager_a),
        client=Client(enforce_csrf_checks=True),
    )
    assert response.status_code == 201


def test_product_list_has_a_fixed_number_of_queries(shop):
    client = Client()
    client.force_login(shop.member_a)
    url = _products_url(shop.coop_a)
    client.get(url)  # warm the session
    with CaptureQueriesContext(connection) as one:
        assert client.get(url).status_code == 200
    for n in range(3):
        catalog_services.product_create(
            cooperative=shop.coop_a,
            actor=shop.manager_a,
            data={"name_fr": f"Produit {n}", "category": shop.category},
            variants=[{"label": "1 l", "price": "50"}, {"label": "2 l", "price": "90"}],
        )
    with CaptureQueriesContext(connection) as four:
        response = client.get(url)
    assert len(response.json()) == 4
    assert len(four) == len(one)


# ---- invalid input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"category": "nope"}, "category"),
        ({"category": ""}, "category"),
        ({"name_fr": "", "name_ar": ""}, "name_fr"),
        ({"variants": [{"label": "1 kg", "price": "0"}]}, "price"),
        ({"variants": [{"label": "1 kg", "price": "-5"}]}, "price"),
        ({"variants": [{"label": "1 kg", "price": "1e12"}]}, "price"),
        ({"variants": [{"label": "1 kg", "price": "abc"}]}, "price"),
        ({"variants": [{"label": "1 kg", "price": "NaN"}]}, "price"),
        ({"variants": [{"label": "1 kg", "price": "9", "compare_at_price": "8"}]}, ""),
        ({"variants": [{"label": "1 kg", "price": "9"}, {"label": "1 kg", "price": "9"}]}, ""),
        ({"variants": [{"label": "   ", "price": "9"}]}, "label"),
        ({"variants": [{"label": "1 kg", "price": "9", "stock": -1}]}, "stock"),
        ({"variants": [{"label": "1 kg", "price": "9", "stock": "5"}]}, "stock"),
        ({"variants": [{"label": "1 kg", "price": "9", "unit": "ton"}]}, "unit"),
        ({"variants": [{"label": "1 kg", "price": "9", "quantity": "0"}]}, "quantity"),
        ({"origin_region": "MA-99"}, "origin_region"),
        ({"perishable": "yes"}, "perishable"),
        ({"name_fr": "x" * 201}, "name_fr"),
        ({"name_fr": "Miel\x00"}, "name_fr"),
        ({"onssa_number": "x" * 41}, "onssa_number"),
        ({"status": "published"}, "status"),
        ({"cooperative": "other"}, "cooperative"),
    ],
)
def test_invalid_product_is_422_and_creates_nothing(shop, change, field):
    before = _state()
    body = {**VALID_PRODUCT, **change}
    response = _send("POST", _products_url(shop.coop_a), body, _bearer(shop.manager_a))
    assert response.status_code == 422, response.content
    detail = response.json()["detail"]
    assert detail and all(error["msg"] for error in detail)
    if field:
        assert any(field in error["loc"] for error in detail), detail
    assert _state() == before


def test_service_refusals_are_translated(shop):
    before = _state()
    response = _send(
        "POST",
        _products_url(shop.coop_a, shop.product, "stock"),
        {"variant_id": shop.variant.pk, "delta": -5, "reason": "damaged"},
        {**_bearer(shop.manager_a), "Accept-Language": "ar"},
    )
    assert response.status_code == 422
    with translation.override("ar"):
        expected = _("Only %(stock)s in stock: you cannot remove more.") % {"stock": 4}
    assert response.json()["detail"] == [
        {"type": "invalid", "loc": ["body", "payload", "delta"], "msg": expected}
    ]
    assert _state() == before


@pytest.mark.parametrize(
    "body",
    [
        {"variant_id": 0, "delta": 1, "reason": "received"},
        {"variant_id": 2**70, "delta": 1, "reason": "received"},
        {"variant_id": True, "delta": 1, "reason": "received"},
        {"variant_id": "VARIANT", "delta": 1.5, "reason": "received"},
        {"variant_id": "VARIANT", "delta": 0, "reason": "received"},
        {"variant_id": "VARIANT", "delta": 10**7, "reason": "received"},
        {"variant_id": "VARIANT", "delta": "5", "reason": "received"},
        {"variant_id": "VARIANT", "delta": 1, "reason": "order"},
        {"variant_id": "VARIANT", "delta": 1, "reason": "import"},
        {"variant_id": "VARIANT", "delta": 1},
        {"variant_id": "VARIANT", "delta": 1, "reason": "received", "note": "x" * 201},
        {"variant_id": "VARIANT", "delta": 1, "reason": "received", "stock": 100},
    ],
)
def test_invalid_stock_change_is_422_and_changes_nothing(shop, body):
    body = {k: (shop.variant.pk if v == "VARIANT" else v) for k, v in body.items()}
    before = _state()
    response = _send(
        "POST", _products_url(shop.coop_a, shop.product, "stock"), body, _bearer(shop.manager_a)
    )
    assert response.status_code == 422, response.content
    assert _state() == before


@pytest.mark.parametrize(
    "body",
    [
        {"name_fr": None},
        {"category": None},
        {"category": "nope"},
        {"perishable": None},
        {"variants": []},
        {"status": "published"},
    ],
)
def test_invalid_patch_is_422_and_changes_nothing(shop, body):
    before = _state()
    response = _send(
        "PATCH", _products_url(shop.coop_a, shop.product), body, _bearer(shop.manager_a)
    )
    assert response.status_code == 422, response.content
    assert _state() == before


@pytest.mark.parametrize(
    "raw", [b"{", b"not json", b'{"name_fr": "\\ud800", "category": "miel"}', b"\xff\xfe"]
)
def test_malformed_bodies_are_refused_without_change(shop, raw):
    before = _state()
    response = _send("POST", _products_url(shop.coop_a), raw, _bearer(shop.manager_a))
    assert response.status_code in {400, 422}
    assert _state() == before


def test_bad_ids_in_the_url_are_refused(shop):
    headers = _bearer(shop.manager_a)
    assert _send("GET", f"{API}/not-a-uuid/products", headers=headers).status_code == 422
    url = f"{API}/{shop.coop_a.public_id}/products/not-a-uuid"
    assert _send("PATCH", url, {"name_fr": "x"}, headers).status_code == 422


# ---- fuzzing --------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _or_junk(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a value of the right kind (so requests reach the services), sometimes any JSON."""
    return st.integers(0, 9).flatmap(lambda n: JSON_VALUES if n == 0 else strategy)


def _bodies(strategy: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[Any]:
    """Bodies of the expected shape most of the time; with unknown keys, or any JSON, sometimes."""
    extras = st.dictionaries(st.text(max_size=12), JSON_VALUES, min_size=1, max_size=2)
    with_extras = st.builds(lambda body, extra: {**extra, **body}, strategy, extras)
    return st.integers(0, 9).flatmap(
        lambda n: JSON_VALUES if n == 0 else with_extras if n == 1 else strategy
    )


# Printable text most of the time; any text (control characters, RTL marks…) sometimes.
TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=60),
    st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=190, max_size=210),
    st.text(max_size=60),
)
MONEY = st.one_of(
    st.decimals(min_value="0.01", max_value="10000", places=2).map(str),
    st.decimals(min_value="0.01", max_value="10000", places=2).map(str),
    st.decimals(min_value="0.01", max_value="10000", places=2).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
    st.sampled_from(["0", "-1", "0.001", "99999999.99", "100000000", "12.345", "1e3", "", "x"]),
    st.integers(-10, 10**10),
    st.floats(),
)
VARIANT_BODIES = st.fixed_dictionaries(
    {"label": _or_junk(TEXT), "price": _or_junk(MONEY)},
    optional={
        "stock": _or_junk(st.integers(-5, 100) | st.integers(-5, 2_000_000)),
        "sku": _or_junk(TEXT),
        "quantity": _or_junk(MONEY),
        "unit": _or_junk(st.sampled_from(["g", "kg", "ml", "l", "piece", "ton"])),
        "compare_at_price": _or_junk(MONEY),
    },
)
PRODUCT_BODIES = _bodies(
    st.fixed_dictionaries(
        {
            "name_fr": _or_junk(TEXT),
            "category": _or_junk(st.sampled_from(["miel", "miel", "huiles", "nope", ""])),
        },
        optional={
            "name_ar": _or_junk(TEXT),
            "name_en": _or_junk(TEXT),
            "description_fr": _or_junk(st.text(max_size=300)),
            "origin_region": _or_junk(st.sampled_from(["MA-09", "MA-13", "", "XX"])),
            "perishable": _or_junk(st.booleans()),
            "onssa_number": _or_junk(TEXT),
            "variants": _or_junk(st.lists(VARIANT_BODIES, max_size=3)),
        },
    ),
)
FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(body=PRODUCT_BODIES)
def test_fuzzed_product_creation_never_fails_badly(shop, body):
    headers = getattr(shop, "headers", None) or _bearer(shop.manager_a)
    shop.headers = headers
    before = _state()
    response = _send("POST", _products_url(shop.coop_a), body, headers)
    event(f"status {response.status_code}")
    assert response.status_code in {201, 400, 422}, (response.status_code, response.content)
    if response.status_code == 201:
        product = Product.objects.get(public_id=response.json()["id"])
        assert product.cooperative == shop.coop_a
        assert product.status == ProductStatus.DRAFT
        assert all(v.price > 0 and v.stock >= 0 for v in product.variants.all())
    else:
        assert isinstance(response.json()["detail"], list | str)
        assert _state() == before


STOCK_BODIES = _bodies(
    st.fixed_dictionaries(
        {
            "variant_id": _or_junk(st.sampled_from(["OWN"] * 6 + ["OTHER", 0, -1, 2**63, 2**64])),
            "delta": _or_junk(st.integers(-6, 20) | st.integers(-2_000_000, 2_000_000)),
            "reason": _or_junk(
                st.sampled_from(["received", "correction", "damaged", "sold_elsewhere"])
                | st.sampled_from([*StockReason.values, "", "RECEIVED"])
            ),
        },
        optional={"note": _or_junk(TEXT)},
    ),
)


@FUZZ
@given(body=STOCK_BODIES)
def test_fuzzed_stock_changes_never_fail_badly(shop, body):
    headers = getattr(shop, "headers", None) or _bearer(shop.manager_a)
    shop.headers = headers
    if isinstance(body, dict) and body.get("variant_id") in ("OWN", "OTHER"):
        other = shop.product_b.variants.get()
        body = {**body, "variant_id": shop.variant.pk if body["variant_id"] == "OWN" else other.pk}
    stock_before = Variant.objects.get(pk=shop.variant.pk).stock
    before = _state()
    response = _send("POST", _products_url(shop.coop_a, shop.product, "stock"), body, headers)
    event(f"status {response.status_code}")
    assert response.status_code in {200, 400, 422}, (response.status_code, response.content)
    if response.status_code == 200:
        assert body["variant_id"] == shop.variant.pk
        assert response.json()["stock"] == stock_before + body["delta"] >= 0
        assert Variant.objects.get(pk=shop.variant.pk).stock == stock_before + body["delta"]
    else:
        assert _state() == before


PATCH_BODIES = _bodies(
    st.fixed_dictionaries(
        {},
        optional={
            "name_fr": _or_junk(TEXT),
            "name_en": _or_junk(TEXT),
            "category": _or_junk(st.sampled_from(["miel", "miel", "huiles", "nope", ""])),
            "origin_region": _or_junk(st.sampled_from(["MA-09", "", "XX"])),
            "perishable": _or_junk(st.booleans()),
            "onssa_number": _or_junk(TEXT),
        },
    ),
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=PATCH_BODIES)
def test_fuzzed_product_changes_never_fail_badly(shop, body):
    headers = getattr(shop, "headers", None) or _bearer(shop.manager_a)
    shop.headers = headers
    before = _state()
    response = _send("PATCH", _products_url(shop.coop_a, shop.product), body, headers)
    event(f"status {response.status_code}")
    assert response.status_code in {200, 400, 422}, (response.status_code, response.content)
    if response.status_code != 200:
        assert _state() == before


def test_money_is_never_a_float_in_answers(shop):
    response = _send("GET", _products_url(shop.coop_a), headers=_bearer(shop.manager_a))
    variant = response.json()[0]["variants"][0]
    assert isinstance(variant["price"], str)
    assert Decimal(variant["price"]) == Decimal("90.00")
