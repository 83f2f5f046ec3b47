"""The cooperative's order pages: inbox, detail, actions, delivery options."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from cooplab.catalog.models import Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of, member_of
from cooplab.core.models import AuditLog
from cooplab.shipping.models import DeliveryOptions

from ..models import CooperativeOrder, CooperativeOrderStatus, OrderEvent
from .factories import advance, place, product_with_stock, variant_of

S = CooperativeOrderStatus
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    # Messages are compared with their source text: pages in English.
    with translation.override("en"):
        yield


@pytest.fixture
def shop() -> dict[str, Any]:
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    product = product_with_stock(cooperative, stock=10, images=0)
    variant = variant_of(product)
    order = place([(variant, 2)])
    return {
        "coop": cooperative,
        "manager": manager,
        "member": member_of(cooperative),
        "variant": variant,
        "order": order,
        "part": order.parts.get(),
    }


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _detail_url(shop: dict[str, Any], part: CooperativeOrder | None = None) -> str:
    part = part or shop["part"]
    return reverse(
        "orders:coop_order",
        kwargs={"cooperative_id": shop["coop"].public_id, "number": part.number},
    )


def _action_url(shop: dict[str, Any], part: CooperativeOrder | None = None) -> str:
    part = part or shop["part"]
    return reverse(
        "orders:coop_order_action",
        kwargs={"cooperative_id": shop["coop"].public_id, "number": part.number},
    )


def _messages(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def _stock(variant: Variant) -> int:
    return Variant.objects.get(pk=variant.pk).stock


# ---- list -----------------------------------------------------------------------------------


def test_list_shows_orders_needing_action_with_city_total_and_method(shop):
    response = _client(shop["manager"]).get(
        reverse("orders:coop_orders", kwargs={"cooperative_id": shop["coop"].public_id})
    )
    assert response.status_code == 200
    assert response.context["status"] == "action"
    html = response.content.decode()
    assert shop["part"].number in html
    assert "Casablanca" in html
    assert "Salma Bennani" in html
    assert [row["part"].pk for row in response.context["rows"]] == [shop["part"].pk]
    filters = {f["value"]: f["count"] for f in response.context["filters"]}
    assert filters["action"] == 1
    assert filters["all"] == 1
    assert filters[S.AWAITING_CONFIRMATION] == 1


def test_list_filters_by_status_and_search(shop):
    other = place([(shop["variant"], 1)], customer_name="Youssef Alaoui")
    advance(other, "confirm", "ship")
    client = _client(shop["member"])  # members may read
    url = reverse("orders:coop_orders", kwargs={"cooperative_id": shop["coop"].public_id})

    shipped = client.get(url, {"status": "shipped"})
    assert [row["part"].number for row in shipped.context["rows"]] == [f"{other.number}-1"]
    action = client.get(url)
    assert [row["part"].number for row in action.context["rows"]] == [shop["part"].number]
    everything = client.get(url, {"status": "all"})
    assert len(everything.context["rows"]) == 2
    by_name = client.get(url, {"status": "all", "q": "youssef"})
    assert [row["part"].number for row in by_name.context["rows"]] == [f"{other.number}-1"]
    by_number = client.get(url, {"status": "all", "q": shop["order"].number})
    assert [row["part"].number for row in by_number.context["rows"]] == [shop["part"].number]
    bogus = client.get(url, {"status": "nonsense"})
    assert bogus.context["status"] == "action"


def test_list_flags_a_phone_with_refused_parcels(shop, settings):
    settings.ORDER_REFUSAL_FLAG_THRESHOLD = 2
    for _i in range(2):
        refused = place([(shop["variant"], 1)])
        advance(refused, "confirm", "ship", "refuse")
    response = _client(shop["manager"]).get(
        reverse("orders:coop_orders", kwargs={"cooperative_id": shop["coop"].public_id})
    )
    row = response.context["rows"][0]
    assert row["refusals"] == 2
    assert row["flagged"] is True
    assert 'data-testid="refusal-flag"' in response.content.decode()


def test_list_queries_do_not_grow_with_the_number_of_orders(shop, django_assert_max_num_queries):
    client = _client(shop["manager"])
    url = reverse("orders:coop_orders", kwargs={"cooperative_id": shop["coop"].public_id})
    client.get(url)  # warm the session
    with django_assert_max_num_queries(12) as few:
        client.get(url, {"status": "all"})
    for _i in range(5):
        place([(shop["variant"], 1)], phone=f"06612345{_i:02d}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url, {"status": "all"})
    assert len(response.context["rows"]) == 6


def test_list_paginates(shop, monkeypatch):
    from ..views import backoffice

    monkeypatch.setattr(backoffice, "PAGE_SIZE", 1)
    place([(shop["variant"], 1)])
    url = reverse("orders:coop_orders", kwargs={"cooperative_id": shop["coop"].public_id})
    client = _client(shop["manager"])
    first = client.get(url, {"status": "all"})
    second = client.get(url, {"status": "all", "page": "2"})
    assert first.context["page"].paginator.num_pages == 2
    assert first.context["rows"][0]["part"].pk != second.context["rows"][0]["part"].pk


def test_manager_of_another_cooperative_sees_nothing(shop):
    other_coop = CooperativeFactory()
    stranger = manager_of(other_coop)
    client = _client(stranger)
    assert (
        client.get(
            reverse("orders:coop_orders", kwargs={"cooperative_id": shop["coop"].public_id})
        ).status_code
        == 403
    )
    assert client.get(_detail_url(shop)).status_code == 403
    # Through their own cooperative's URL, the other cooperative's order does not exist.
    own = reverse(
        "orders:coop_order",
        kwargs={"cooperative_id": other_coop.public_id, "number": shop["part"].number},
    )
    assert client.get(own).status_code == 404


# ---- detail ---------------------------------------------------------------------------------


def test_detail_shows_lines_address_phone_and_cooperative_actions(shop):
    response = _client(shop["manager"]).get(_detail_url(shop))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="tel:+212661234567"' in html
    assert "En face de la pharmacie" in html
    assert [a.name for a in response.context["actions"]] == ["confirm", "cancel"]
    assert response.context["lines"][0]["name"] == shop["part"].lines.get().product_names["fr"]
    assert (
        reverse(
            "orders:packing_slip",
            kwargs={"cooperative_id": shop["coop"].public_id, "number": shop["part"].number},
        )
        in html
    )
    assert 'data-testid="invoice"' not in html  # no invoice before delivery


def test_detail_shows_the_name_in_the_managers_language(shop):
    client = _client(shop["manager"])
    url = reverse(
        "orders:coop_order",
        kwargs={"cooperative_id": shop["coop"].public_id, "number": shop["part"].number},
    )
    assert url.startswith("/en/")
    arabic = client.get(url.replace("/en/", "/ar/", 1))
    line = shop["part"].lines.get()
    assert arabic.context["lines"][0]["name"] == line.name_in("ar")


def test_detail_links_the_invoice_once_delivered(shop):
    advance(shop["order"], "confirm", "ship", "deliver")
    html = _client(shop["manager"]).get(_detail_url(shop)).content.decode()
    assert (
        reverse(
            "orders:coop_invoice",
            kwargs={"cooperative_id": shop["coop"].public_id, "number": shop["part"].number},
        )
        in html
    )


def test_member_reads_the_detail_without_actions(shop):
    response = _client(shop["member"]).get(_detail_url(shop))
    assert response.status_code == 200
    assert response.context["actions"] == []
    assert 'data-testid="order-actions"' not in response.content.decode()


# ---- actions --------------------------------------------------------------------------------


def test_manager_confirms_after_a_call(shop):
    response = _client(shop["manager"]).post(_action_url(shop), {"action": "confirm"}, follow=True)
    part = CooperativeOrder.objects.get(pk=shop["part"].pk)
    assert part.status == S.CONFIRMED
    assert part.confirmed_at is not None
    event = OrderEvent.objects.filter(cooperative_order=part).last()
    assert (event.kind, event.actor_id, event.actor_role) == (
        "confirm",
        shop["manager"].pk,
        "cooperative",
    )
    assert any(shop["part"].number in m for m in _messages(response))


def test_ship_records_carrier_and_tracking(shop):
    advance(shop["order"], "confirm", "prepare")
    _client(shop["manager"]).post(
        _action_url(shop),
        {
            "action": "ship",
            "carrier": "other",
            "carrier_other": "Coursier Souss",
            "tracking_number": "AB١٢٣",
            "tracking_url": "https://suivi.example.org/AB123",
        },
    )
    part = CooperativeOrder.objects.get(pk=shop["part"].pk)
    assert part.status == S.SHIPPED
    assert (part.carrier, part.tracking_number, part.tracking_url) == (
        "Coursier Souss",
        "AB123",
        "https://suivi.example.org/AB123",
    )


def test_ship_without_carrier_is_refused_and_changes_nothing(shop):
    advance(shop["order"], "confirm")
    events = OrderEvent.objects.count()
    response = _client(shop["manager"]).post(
        _action_url(shop), {"action": "ship", "carrier": ""}, follow=True
    )
    assert response.status_code == 200
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.CONFIRMED
    assert OrderEvent.objects.count() == events
    assert "Say which carrier takes the parcel." in _messages(response)


def test_ship_with_other_carrier_but_no_name_is_refused(shop):
    advance(shop["order"], "confirm")
    response = _client(shop["manager"]).post(
        _action_url(shop), {"action": "ship", "carrier": "other"}, follow=True
    )
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.CONFIRMED
    assert "Write the name of the carrier." in _messages(response)


def test_ship_with_a_bad_tracking_link_is_refused(shop):
    advance(shop["order"], "confirm")
    _client(shop["manager"]).post(
        _action_url(shop),
        {"action": "ship", "carrier": "Amana", "tracking_url": "javascript:alert(1)"},
    )
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.CONFIRMED


def test_cancel_without_reason_is_refused_and_stock_stays_taken(shop):
    before = _stock(shop["variant"])
    response = _client(shop["manager"]).post(
        _action_url(shop), {"action": "cancel", "reason": "  "}, follow=True
    )
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.AWAITING_CONFIRMATION
    assert _stock(shop["variant"]) == before
    assert "Please give a reason." in _messages(response)


def test_cancel_with_reason_gives_the_stock_back(shop):
    before = _stock(shop["variant"])
    _client(shop["manager"]).post(
        _action_url(shop), {"action": "cancel", "reason": "Client injoignable"}
    )
    part = CooperativeOrder.objects.get(pk=shop["part"].pk)
    assert (part.status, part.cancel_reason, part.cancelled_by) == (
        S.CANCELLED,
        "Client injoignable",
        "cooperative",
    )
    assert _stock(shop["variant"]) == before + 2


def test_refused_parcel_back_gives_the_stock_back(shop):
    advance(shop["order"], "confirm", "ship", "refuse")
    before = _stock(shop["variant"])
    _client(shop["manager"]).post(_action_url(shop), {"action": "receive_return"})
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.RETURNED
    assert _stock(shop["variant"]) == before + 2


def test_illegal_transition_is_a_message_not_a_500_and_changes_nothing(shop):
    client = _client(shop["manager"])
    audit = AuditLog.objects.count()
    for action in ("deliver", "mark_paid", "expire", "complete", "refund"):
        response = client.post(_action_url(shop), {"action": action}, follow=True)
        assert response.status_code == 200
        assert "This action is no longer possible for this order." in _messages(response)
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.AWAITING_CONFIRMATION
    assert AuditLog.objects.count() == audit


def test_unknown_action_is_refused(shop):
    response = _client(shop["manager"]).post(_action_url(shop), {"action": "explode"}, follow=True)
    assert response.status_code == 200
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.AWAITING_CONFIRMATION


def test_member_cannot_act(shop):
    response = _client(shop["member"]).post(_action_url(shop), {"action": "confirm"})
    assert response.status_code == 403
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.AWAITING_CONFIRMATION
    assert not OrderEvent.objects.filter(kind="confirm").exists()


def test_manager_of_another_cooperative_cannot_act(shop):
    other_coop = CooperativeFactory()
    stranger = manager_of(other_coop)
    client = _client(stranger)
    assert client.post(_action_url(shop), {"action": "confirm"}).status_code == 403
    own = reverse(
        "orders:coop_order_action",
        kwargs={"cooperative_id": other_coop.public_id, "number": shop["part"].number},
    )
    assert client.post(own, {"action": "confirm"}).status_code == 404
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.AWAITING_CONFIRMATION


def test_action_is_post_only(shop):
    assert _client(shop["manager"]).get(_action_url(shop)).status_code == 405


def test_full_cooperative_flow_to_refund(shop):
    client = _client(shop["manager"])
    for data in (
        {"action": "confirm"},
        {"action": "prepare"},
        {"action": "ship", "carrier": "Amana", "tracking_number": "RR1MA"},
        {"action": "deliver"},
    ):
        client.post(_action_url(shop), data)
    assert CooperativeOrder.objects.get(pk=shop["part"].pk).status == S.DELIVERED


# ---- navigation -----------------------------------------------------------------------------


def test_dashboard_and_nav_show_the_count_needing_action(shop):
    response = _client(shop["manager"]).get(
        reverse("cooperatives:dashboard", kwargs={"cooperative_id": shop["coop"].public_id})
    )
    html = response.content.decode()
    assert 'data-testid="nav-orders"' in html
    assert 'data-testid="orders-waiting"' in html
    assert 'class="badge order-count"' in html


# ---- delivery options -----------------------------------------------------------------------


def _delivery_url(shop: dict[str, Any]) -> str:
    return reverse("orders:coop_delivery", kwargs={"cooperative_id": shop["coop"].public_id})


VALID = {
    "home_delivery": "on",
    "rate_same_city": "15",
    "rate_same_region": "25,50",
    "rate_national": "1 000",
    "free_delivery_from": "300,00",
    "pickup": "on",
    "pickup_instructions": "Douar Tifawin, 9h–17h",
    "preparation_days": "3",
}


def test_manager_saves_delivery_options_typed_with_commas(shop):
    response = _client(shop["manager"]).post(_delivery_url(shop), VALID)
    assert response.status_code == 302
    options = DeliveryOptions.objects.get(cooperative=shop["coop"])
    assert (options.rate_same_city, options.rate_same_region, options.rate_national) == (
        Decimal("15.00"),
        Decimal("25.50"),
        Decimal("1000.00"),
    )
    assert options.free_delivery_from == Decimal("300.00")
    assert options.pickup is True
    assert options.preparation_days == 3
    assert AuditLog.objects.filter(action="shipping.delivery_options_saved").count() == 1


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"home_delivery": "", "pickup": ""}, None, "Offer at least one way"),
        ({"rate_same_city": "-5"}, "rate_same_city", "cannot be negative"),
        ({"rate_national": "12,3456"}, "rate_national", "at most two decimals"),
        ({"rate_same_region": "abc"}, "rate_same_region", "Enter an amount in dirhams"),
        ({"rate_same_region": ""}, "rate_same_region", "Enter a price, or 0"),
        ({"pickup_instructions": ""}, "pickup_instructions", "Say where and when"),
    ],
)
def test_delivery_options_refuse_bad_input(shop, change, field, message):
    response = _client(shop["manager"]).post(_delivery_url(shop), {**VALID, **change})
    assert response.status_code == 200
    form = response.context["form"]
    errors = form.errors.get(field or "__all__", [])
    assert any(message in str(error) for error in errors), form.errors
    assert not DeliveryOptions.objects.filter(cooperative=shop["coop"]).exists()


def test_delivery_options_free_rate_zero_is_allowed(shop):
    _client(shop["manager"]).post(
        _delivery_url(shop), {**VALID, "rate_same_city": "0", "free_delivery_from": ""}
    )
    options = DeliveryOptions.objects.get(cooperative=shop["coop"])
    assert options.rate_same_city == Decimal("0.00")
    assert options.free_delivery_from is None


def test_members_cannot_see_or_change_delivery_options(shop):
    client = _client(shop["member"])
    assert client.get(_delivery_url(shop)).status_code == 403
    assert client.post(_delivery_url(shop), VALID).status_code == 403
    assert not DeliveryOptions.objects.filter(cooperative=shop["coop"]).exists()


def test_delivery_page_shows_current_options(shop):
    response = _client(shop["manager"]).get(_delivery_url(shop))
    assert response.status_code == 200
    assert response.context["form"].initial["rate_same_city"] == Decimal("20.00")
