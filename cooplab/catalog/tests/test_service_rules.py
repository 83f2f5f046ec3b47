from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from cooplab.catalog import services
from cooplab.catalog.models import Category, ProductStatus
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of
from cooplab.core.models import AuditLog

pytestmark = pytest.mark.django_db


@pytest.fixture
def published():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    product = services.product_create(
        cooperative=cooperative,
        actor=manager,
        data={
            "name_fr": "Miel",
            "category": Category.objects.get(slug="miel"),
            "onssa_number": "X",
        },
        variants=[{"label": "500 g", "price": "150.00", "stock": 2}],
    )
    return manager, services.product_publish(product=product, actor=manager)


def test_a_published_food_product_cannot_lose_its_onssa_number(published):
    manager, product = published
    with pytest.raises(ValidationError):
        services.product_update(product=product, actor=manager, data={"onssa_number": ""})
    product.refresh_from_db()
    assert product.onssa_number == "X"
    assert product.status == ProductStatus.PUBLISHED


@pytest.mark.parametrize(
    "data",
    [
        {"label": "1 kg", "price": "10", "unit": "barrel"},
        {"label": "1 kg", "price": "10", "unit": "kg", "quantity": "0"},
        {"label": "1 kg", "price": "10", "unit": "kg", "quantity": "abc"},
        {"label": "1 kg", "price": "10", "stock": "lots"},
        {"label": "1 kg", "price": "-3"},
        {"label": "", "price": "10"},
    ],
)
def test_bad_variant_input_is_a_validation_error_and_changes_nothing(published, data):
    manager, product = published
    before = product.variants.count()
    with pytest.raises(ValidationError):
        services.variant_save(product=product, actor=manager, data=data)
    assert product.variants.count() == before


def test_variant_price_changes_are_audited(published):
    manager, product = published
    variant = product.variants.get()
    services.variant_save(
        product=product, actor=manager, data={"price": "160.00"}, variant_id=variant.pk
    )
    row = AuditLog.objects.filter(action="product.variant_saved").latest("id")
    assert row.data["price"] == "160.00"


def test_duplicate_of_a_long_name_fits(published):
    manager, product = published
    services.product_update(product=product, actor=manager, data={"name_fr": "M" * 200})
    copy = services.product_duplicate(product=product, actor=manager)
    assert len(copy.name_fr) <= 200
    assert copy.status == ProductStatus.DRAFT
