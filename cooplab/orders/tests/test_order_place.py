"""order_place: one order, one part per cooperative, snapshots, stock, totals, idempotency, and
nothing written when it refuses."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from cooplab.catalog.models import StockMovement, Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.orders import services
from cooplab.orders.models import (
    CartLine,
    CooperativeOrder,
    CooperativeOrderStatus,
    Order,
    OrderEvent,
    OrderLine,
)
from cooplab.orders.pricing import tax_included
from cooplab.shipping.models import DeliveryOptions

from .factories import ADDRESS, filled_cart, place, product_with_stock, variant_of

pytestmark = pytest.mark.django_db


def _details(**overrides: str) -> services.CheckoutDetails:
    return services.checkout_details_clean({**ADDRESS, **overrides})


def _counts() -> tuple[int, int, int, int, int]:
    return (
        Order.objects.count(),
        CooperativeOrder.objects.count(),
        OrderLine.objects.count(),
        StockMovement.objects.count(),
        OrderEvent.objects.count(),
    )


def test_order_is_split_per_cooperative_with_snapshots_and_totals():
    argan = CooperativeFactory(city="taroudant", region="MA-09")
    honey = CooperativeFactory(city="casablanca", region="MA-06")
    oil = variant_of(product_with_stock(argan, price="150.00", name="Huile d'argan"))
    miel = variant_of(product_with_stock(honey, price="80.50", name="Miel de thym"))

    order = place([(oil, 2), (miel, 3)])

    parts = list(order.parts.order_by("cooperative_id"))
    assert [p.cooperative for p in parts] == [argan, honey]
    assert [p.number for p in parts] == [f"{order.number}-1", f"{order.number}-2"]
    first, second = parts
    assert first.subtotal == Decimal("300.00") and first.delivery_zone == "national"
    assert first.delivery_cost == Decimal("35.00") and first.total == Decimal("335.00")
    assert second.subtotal == Decimal("241.50") and second.delivery_zone == "same_city"
    assert second.delivery_cost == Decimal("20.00")
    assert order.subtotal == Decimal("541.50")
    assert order.delivery_total == Decimal("55.00")
    assert order.total == Decimal("596.50")
    line = first.lines.get()
    assert (line.product_name, line.variant_label, line.unit_price, line.quantity) == (
        "Huile d'argan",
        "250 g",
        Decimal("150.00"),
        2,
    )
    assert line.product_names["fr"] == "Huile d'argan" and line.product_names["ar"]
    assert first.seller_name == argan.name and first.seller_ice == argan.ice
    assert {p.status for p in parts} == {CooperativeOrderStatus.AWAITING_CONFIRMATION}
    assert all(p.expires_at is not None for p in parts)


def test_snapshot_survives_later_price_and_name_changes():
    variant = variant_of(product_with_stock(price="100.00"))
    order = place([(variant, 1)])
    Variant.objects.filter(pk=variant.pk).update(price=Decimal("999.00"))
    line = OrderLine.objects.get(cooperative_order__order=order)
    assert line.unit_price == Decimal("100.00") and line.line_total == Decimal("100.00")


def test_stock_is_taken_with_a_movement_per_line_and_the_cart_is_emptied():
    variant = variant_of(product_with_stock(stock=5))
    cart = filled_cart([(variant, 3)])

    services.order_place(
        cart=cart,
        customer=None,
        details=_details(),
        delivery_methods={},
        payment_method="cod",
        idempotency_key=uuid.uuid4().hex,
        consent=True,
    )

    variant.refresh_from_db()
    assert variant.stock == 2
    movement = StockMovement.objects.filter(variant=variant, reason="order").get()
    assert (movement.delta, movement.stock_after) == (-3, 2)
    assert not CartLine.objects.filter(cart=cart).exists()


def test_the_same_checkout_submitted_twice_gives_one_order():
    variant = variant_of(product_with_stock(stock=5))
    cart = filled_cart([(variant, 1)])
    key = uuid.uuid4().hex
    kwargs: dict[str, Any] = {
        "cart": cart,
        "customer": None,
        "details": _details(),
        "delivery_methods": {},
        "payment_method": "cod",
        "idempotency_key": key,
        "consent": True,
    }
    first = services.order_place(**kwargs)
    second = services.order_place(**kwargs)

    assert first.created and not second.created
    assert first.order.pk == second.order.pk
    assert Order.objects.count() == 1
    variant.refresh_from_db()
    assert variant.stock == 4


@pytest.mark.parametrize(
    ("stock", "wanted", "message"),
    [(0, 1, "is sold out"), (2, 3, "Only 2 left")],
)
def test_not_enough_stock_refuses_and_writes_nothing(stock, wanted, message):
    variant = variant_of(product_with_stock(stock=10))
    cart = filled_cart([(variant, wanted)])
    Variant.objects.filter(pk=variant.pk).update(stock=stock)
    before = _counts()

    with pytest.raises(services.OrderNotPlaced) as caught:
        services.order_place(
            cart=cart,
            customer=None,
            details=_details(),
            delivery_methods={},
            payment_method="cod",
            idempotency_key=uuid.uuid4().hex,
            consent=True,
        )

    assert caught.value.reason == "unavailable"
    assert message in " ".join(caught.value.messages)
    assert _counts() == before
    variant.refresh_from_db()
    assert variant.stock == stock
    assert CartLine.objects.filter(cart=cart).count() == 1


def test_missing_consent_empty_cart_unknown_payment_and_changed_prices_write_nothing():
    variant = variant_of(product_with_stock(stock=10))
    cart = filled_cart([(variant, 1)])
    base: dict[str, Any] = {
        "cart": cart,
        "customer": None,
        "details": _details(),
        "delivery_methods": {},
        "payment_method": "cod",
        "idempotency_key": uuid.uuid4().hex,
        "consent": True,
    }
    before = _counts()
    for overrides in (
        {"consent": False},
        {"payment_method": "bitcoin"},
        {"payment_method": "cheque"},
        {"expected_fingerprint": "0" * 32},
        {"idempotency_key": "short"},
        {"cart": filled_cart([])},
    ):
        with pytest.raises(services.OrderNotPlaced):
            services.order_place(**{**base, **overrides})
    assert _counts() == before


def test_unpublished_product_or_suspended_cooperative_cannot_be_ordered():
    variant = variant_of(product_with_stock(stock=10))
    cart = filled_cart([(variant, 1)])
    cooperative = variant.product.cooperative
    cooperative.status = "suspended"
    cooperative.save(update_fields=["status"])

    with pytest.raises(services.OrderNotPlaced, match="no longer for sale"):
        place_in(cart)
    assert Order.objects.count() == 0


def place_in(cart, **kwargs):
    return services.order_place(
        cart=cart,
        customer=None,
        details=_details(),
        delivery_methods=kwargs.pop("methods", {}),
        payment_method=kwargs.pop("payment_method", "cod"),
        idempotency_key=uuid.uuid4().hex,
        consent=True,
        **kwargs,
    )


def test_fingerprint_from_the_review_page_is_accepted():
    from cooplab.orders.selectors import cart_view

    variant = variant_of(product_with_stock(stock=10))
    cart = filled_cart([(variant, 2)])
    details = _details()
    view = cart_view(cart, region=details.region, city=details.city_slug)
    placement = place_in(cart, expected_fingerprint=view.priced.fingerprint())
    assert placement.created and placement.order.total == view.priced.total


def test_delivery_zones_threshold_and_pickup():
    cooperative = CooperativeFactory(city="marrakech", region="MA-07")
    DeliveryOptions.objects.create(
        cooperative=cooperative,
        rate_same_city=Decimal("15.00"),
        rate_same_region=Decimal("25.00"),
        rate_national=Decimal("40.00"),
        free_delivery_from=Decimal("500.00"),
        pickup=True,
        pickup_instructions="Douar Tamslohte, 9h–17h",
    )
    variant = variant_of(product_with_stock(cooperative, stock=50, price="100.00"))

    def cost(quantity: int, method: str = "home", **address: str) -> Decimal:
        order = place([(variant, quantity)], methods={cooperative.pk: method}, **address)
        return order.parts.get().delivery_cost

    assert cost(1, region="MA-07", city="Marrakech") == Decimal("15.00")
    assert cost(1, region="MA-07", city="Safi") == Decimal("25.00")
    assert cost(1, region="MA-06", city="Casablanca") == Decimal("40.00")
    assert cost(5, region="MA-06", city="Casablanca") == Decimal("0.00")  # 500 DH: free
    assert cost(1, "pickup", region="MA-06", city="Casablanca") == Decimal("0.00")


def test_city_names_match_in_any_language_and_unknown_towns_are_kept():
    assert services.city_slug_for(region="MA-07", city="مراكش") == "marrakech"
    assert services.city_slug_for(region="MA-09", city="  TAROUDANT ") == "taroudant"
    assert services.city_slug_for(region="MA-09", city="Tafraout-Oumast") == ""
    details = _details(region="MA-09", city="Tafraout-Oumast")
    assert details.city == "Tafraout-Oumast" and details.city_slug == ""


def test_vat_is_included_in_prices_per_line():
    assert tax_included(Decimal("120.00"), Decimal("20.00")) == Decimal("20.00")
    assert tax_included(Decimal("100.00"), Decimal("0.00")) == Decimal("0.00")
    assert tax_included(Decimal("10.00"), Decimal("7.00")) == Decimal("0.65")
    product = product_with_stock(stock=5, price="120.00")
    product.vat_rate = Decimal("20.00")
    product.save(update_fields=["vat_rate"])
    order = place([(variant_of(product), 2)])
    line = OrderLine.objects.get(cooperative_order__order=order)
    assert (line.tax_rate, line.tax_amount) == (Decimal("20.00"), Decimal("40.00"))
    assert order.parts.get().tax_total == Decimal("40.00")


def test_bank_transfer_orders_wait_for_payment():
    order = place(payment_method="bank_transfer")
    assert order.parts.get().status == CooperativeOrderStatus.AWAITING_PAYMENT
    assert order.confirmation_code_hash == ""


def test_cash_on_delivery_orders_get_a_hashed_confirmation_code():
    order = place()
    assert order.confirmation_code_hash.startswith(("pbkdf2", "argon2", "md5", "bcrypt"))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("phone", "05 22 00 00 00"),  # landline: no SMS
        ("recipient_phone", "+33 6 12 34 56 78"),
        ("phone", "+33 1 23 45 67 89"),  # a French landline
        ("region", "MA-13"),
        ("postal_code", "2033"),
        ("email", "not-an-email"),
        ("street", ""),
        ("customer_name", "x" * 121),
    ],
)
def test_bad_checkout_details_are_refused_with_the_field_named(field, value):
    with pytest.raises(ValidationError) as caught:
        services.checkout_details_clean({**ADDRESS, field: value})
    assert field in caught.value.message_dict


def test_customers_abroad_give_a_moroccan_number_for_the_courier():
    with pytest.raises(ValidationError) as caught:
        services.checkout_details_clean({**ADDRESS, "phone": "+33 6 12 34 56 78"})
    assert list(caught.value.message_dict) == ["recipient_phone"]
    details = _details(phone="+33 6 12 34 56 78", recipient_phone="06 61 00 00 09")
    assert (details.phone, details.recipient_phone) == ("+33612345678", "+212661000009")


def test_gift_recipient_defaults_to_the_customer():
    details = _details()
    assert details.recipient_name == "Salma Bennani"
    assert details.recipient_phone == "+212661234567"
    gift = _details(recipient_name="Lalla Aicha", recipient_phone="07 00 11 22 33")
    assert (gift.recipient_name, gift.recipient_phone) == ("Lalla Aicha", "+212700112233")


def test_an_integrity_error_that_is_not_a_twin_order_is_not_reported_as_already_placed(
    monkeypatch: pytest.MonkeyPatch,
):
    """Only a concurrent twin (same checkout key) is "already placed"; any other integrity
    error (a CHECK on the totals) is a bug and surfaces as such, with nothing written."""
    from django.db import IntegrityError

    variant = variant_of(product_with_stock(stock=3))
    cart = filled_cart([(variant, 1)])

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise IntegrityError("CHECK constraint failed: order_total_sum")

    monkeypatch.setattr(Order.objects, "create", refuse)
    with pytest.raises(IntegrityError):
        services.order_place(
            cart=cart,
            customer=None,
            details=services.checkout_details_clean(ADDRESS),
            delivery_methods={},
            payment_method="cod",
            idempotency_key=uuid.uuid4().hex,
            consent=True,
        )
    assert Variant.objects.get(pk=variant.pk).stock == 3
