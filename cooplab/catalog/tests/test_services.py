"""Catalogue services: stock never below zero, publishing rules, derived price and stock, prices."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cooplab.catalog import services
from cooplab.catalog.models import (
    Category,
    Product,
    ProductStatus,
    StockMovement,
    StockReason,
    Variant,
)
from cooplab.catalog.selectors import public_products
from cooplab.cooperatives.models import CooperativeStatus
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of
from cooplab.core.models import AuditLog

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


DEFAULT_VARIANTS = [{"label": "250 g", "price": "90.00", "stock": 0}]


def make_product(cooperative=None, actor=None, *, variants=None, category="miel", **data):
    cooperative = cooperative or CooperativeFactory()
    actor = actor or manager_of(cooperative)
    product = services.product_create(
        cooperative=cooperative,
        actor=actor,
        data={
            "name_fr": "Miel de thym",
            "category": Category.objects.get(slug=category),
            "onssa_number": "ONSSA-12",
            **data,
        },
        variants=[{"label": "250 g", "price": "90.00", "stock": 0}]
        if variants is None
        else variants,
    )
    return product, actor


# --- Stock -----------------------------------------------------------------------------------


def test_stock_adjust_records_a_movement_and_an_audit_row():
    product, manager = make_product()
    variant = product.variants.get()

    variant = services.stock_adjust(
        variant=variant, actor=manager, delta=7, reason=StockReason.RECEIVED, note="harvest"
    )

    assert variant.stock == 7
    movement = StockMovement.objects.get(variant=variant)
    assert (movement.delta, movement.stock_after, movement.reason, movement.note) == (
        7,
        7,
        "received",
        "harvest",
    )
    assert movement.actor == manager
    entry = AuditLog.objects.filter(action="stock.adjusted").get()
    assert entry.data == {"variant": variant.pk, "delta": 7, "reason": "received", "stock_after": 7}


def test_stock_adjust_refuses_to_go_below_zero_and_changes_nothing():
    product, manager = make_product(variants=[{"label": "1 l", "price": "150", "stock": 2}])
    variant = product.variants.get()
    movements_before = StockMovement.objects.count()
    audits_before = AuditLog.objects.count()

    with pytest.raises(ValidationError) as error:
        services.stock_adjust(variant=variant, actor=manager, delta=-3, reason="damaged")

    assert error.value.message_dict == {"delta": ["Only 2 in stock: you cannot remove more."]}
    variant.refresh_from_db()
    assert variant.stock == 2
    assert StockMovement.objects.count() == movements_before
    assert AuditLog.objects.count() == audits_before


@pytest.mark.parametrize("delta", [0, True, 1_000_001, -1_000_001])
def test_stock_adjust_refuses_zero_booleans_and_huge_numbers(delta):
    product, manager = make_product(variants=[{"label": "1 l", "price": "150", "stock": 2}])

    with pytest.raises(ValidationError):
        services.stock_adjust(
            variant=product.variants.get(), actor=manager, delta=delta, reason="correction"
        )

    assert product.variants.get().stock == 2


def test_stock_adjust_refuses_an_unknown_reason():
    product, manager = make_product()

    with pytest.raises(ValidationError):
        services.stock_adjust(variant=product.variants.get(), actor=manager, delta=1, reason="gift")

    assert not StockMovement.objects.exists()


def test_stock_is_the_sum_of_accepted_deltas_for_any_sequence():
    """Property: whatever the deltas, stock == sum of accepted deltas >= 0, and every movement's
    stock_after is the previous one plus its delta."""
    product, manager = make_product()
    variant = product.variants.get()

    @settings(
        max_examples=300,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(deltas=st.lists(st.integers(min_value=-25, max_value=25), max_size=12))
    def run(deltas: list[int]) -> None:
        with transaction.atomic():
            accepted = 0
            for delta in deltas:
                try:
                    services.stock_adjust(
                        variant=variant, actor=manager, delta=delta, reason="correction"
                    )
                except ValidationError:
                    assert delta == 0 or accepted + delta < 0
                else:
                    assert delta != 0 and accepted + delta >= 0
                    accepted += delta
            stock = Variant.objects.get(pk=variant.pk).stock
            assert stock == accepted >= 0
            running = 0
            for movement in StockMovement.objects.filter(variant=variant).order_by("id"):
                running += movement.delta
                assert movement.stock_after == running >= 0
            assert running == stock
            product_row = Product.objects.get(pk=product.pk)
            assert product_row.in_stock is (stock > 0)
            transaction.set_rollback(True)

    run()


# --- Publishing ------------------------------------------------------------------------------


def test_publish_refused_for_a_cooperative_that_is_not_verified():
    cooperative = CooperativeFactory(status=CooperativeStatus.UNDER_REVIEW)
    product, manager = make_product(cooperative)

    with pytest.raises(ValidationError) as error:
        services.product_publish(product=product, actor=manager)

    assert error.value.messages == ["Only verified cooperatives can publish products."]
    product.refresh_from_db()
    assert product.status == ProductStatus.DRAFT
    assert product.published_at is None


def test_publish_refused_without_a_size():
    product, manager = make_product(variants=[])

    with pytest.raises(ValidationError) as error:
        services.product_publish(product=product, actor=manager)

    assert error.value.messages == ["Add at least one size with its price."]
    assert Product.objects.get(pk=product.pk).status == ProductStatus.DRAFT


def test_publish_refused_for_food_without_onssa_number_but_allowed_for_crafts():
    food, manager = make_product(onssa_number="")
    craft, _ = make_product(food.cooperative, manager, category="poterie", onssa_number="")

    with pytest.raises(ValidationError) as error:
        services.product_publish(product=food, actor=manager)
    services.product_publish(product=craft, actor=manager)

    assert error.value.messages == ["Food products need the ONSSA authorisation number."]
    assert Product.objects.get(pk=food.pk).status == ProductStatus.DRAFT
    assert Product.objects.get(pk=craft.pk).status == ProductStatus.PUBLISHED


def test_publish_goes_to_moderation_when_it_is_on(settings):
    settings.CATALOG_MODERATION = True
    product, manager = make_product()

    product = services.product_publish(product=product, actor=manager)

    assert product.status == ProductStatus.PENDING_REVIEW
    assert not public_products().filter(pk=product.pk).exists()


# --- Derived fields and prices ---------------------------------------------------------------


def test_price_from_and_in_stock_follow_the_active_sizes():
    product, manager = make_product(
        variants=[
            {"label": "250 g", "price": "90.00", "stock": 0},
            {"label": "500 g", "price": "160.00", "stock": 0},
        ]
    )
    small, large = product.variants.order_by("position")
    product.refresh_from_db()
    assert (product.price_from, product.in_stock) == (Decimal("90.00"), False)

    services.stock_adjust(variant=large, actor=manager, delta=4, reason="received")
    product.refresh_from_db()
    assert (product.price_from, product.in_stock) == (Decimal("90.00"), True)

    services.variant_save(product=product, actor=manager, variant_id=small.pk, data={"price": "95"})
    product.refresh_from_db()
    assert product.price_from == Decimal("95.00")

    services.variant_save(
        product=product, actor=manager, variant_id=small.pk, data={"is_active": False}
    )
    product.refresh_from_db()
    assert product.price_from == Decimal("160.00")

    services.stock_adjust(variant=large, actor=manager, delta=-4, reason="sold_elsewhere")
    product.refresh_from_db()
    assert (product.price_from, product.in_stock) == (Decimal("160.00"), False)


@pytest.mark.parametrize("compare_at", ["90.00", "80.00"])
def test_price_before_discount_must_be_above_the_price(compare_at):
    product, manager = make_product()
    variant = product.variants.get()

    with pytest.raises(ValidationError) as error:
        services.variant_save(
            product=product,
            actor=manager,
            variant_id=variant.pk,
            data={"compare_at_price": compare_at},
        )

    assert error.value.message_dict == {
        "compare_at_price": ["The price before discount must be above the price."]
    }
    variant.refresh_from_db()
    assert variant.compare_at_price is None


def test_price_before_discount_above_the_price_is_kept():
    product, manager = make_product()
    variant = product.variants.get()

    variant = services.variant_save(
        product=product, actor=manager, variant_id=variant.pk, data={"compare_at_price": "110"}
    )

    assert Variant.objects.get(pk=variant.pk).compare_at_price == Decimal("110.00")


@pytest.mark.parametrize("price", ["0", "-5", "abc", "100000000"])
def test_price_must_be_a_positive_amount(price):
    with pytest.raises(ValidationError) as error:
        make_product(variants=[{"label": "1 kg", "price": price}])

    assert "price" in error.value.message_dict
    assert not Product.objects.exists()


def test_products_import_is_all_or_nothing():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    honey = Category.objects.get(slug="miel")

    with pytest.raises(ValidationError):
        services.products_import(
            cooperative=cooperative,
            actor=manager,
            products=[
                {
                    "data": {"name_fr": "Miel", "category": honey},
                    "variants": [{"label": "1 kg", "price": "200", "stock": 3}],
                },
                {
                    "data": {"name_fr": "Miel 2", "category": honey},
                    "variants": [{"label": "1 kg", "price": "-1", "stock": 3}],
                },
            ],
        )

    assert not Product.objects.exists()
    assert not StockMovement.objects.exists()


def test_products_import_records_stock_as_file_import():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)

    [product] = services.products_import(
        cooperative=cooperative,
        actor=manager,
        products=[
            {
                "data": {"name_fr": "Miel", "category": Category.objects.get(slug="miel")},
                "variants": [
                    {"label": "1 kg", "price": "200", "stock": 3},
                    {"label": "500 g", "price": "110", "stock": 0},
                ],
            }
        ],
        source="stock.csv",
    )

    assert [(m.variant.label, m.delta, m.reason, m.note) for m in StockMovement.objects.all()] == [
        ("1 kg", 3, StockReason.IMPORT, "stock.csv")
    ]
    product.refresh_from_db()
    assert (product.price_from, product.in_stock, product.status) == (
        Decimal("110.00"),
        True,
        ProductStatus.DRAFT,
    )
    assert AuditLog.objects.filter(action="product.imported").get().data == {
        "products": 1,
        "variants": 2,
        "source": "stock.csv",
    }
