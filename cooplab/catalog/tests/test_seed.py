"""The demo catalogue (seed_demo) and the large benchmark catalogue."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db.models import Count, Min, Sum

from cooplab.catalog.demo import seed_large_catalogue
from cooplab.catalog.demo_products import PRODUCTS, validate_demo_products
from cooplab.catalog.models import (
    Product,
    ProductImage,
    ProductSearchDocument,
    ProductStatus,
    StockMovement,
    Variant,
)
from cooplab.catalog.selectors import ProductFilters, product_search, public_products
from cooplab.cooperatives.models import Cooperative

pytestmark = pytest.mark.django_db


def _catalogue_state() -> dict[str, object]:
    return {
        "products": Product.objects.count(),
        "published": Product.objects.filter(status=ProductStatus.PUBLISHED).count(),
        "variants": Variant.objects.count(),
        "images": ProductImage.objects.count(),
        "movements": StockMovement.objects.count(),
        "stock": Variant.objects.aggregate(total=Sum("stock"))["total"],
        "documents": ProductSearchDocument.objects.count(),
        "slugs": sorted(Product.objects.values_list("slug", flat=True)),
    }


def test_demo_products_data_is_valid_and_priced_like_the_market():
    validate_demo_products()
    # Reference prices in dirhams for common sizes (cooperative shops and souks, 2025), by the
    # start of the product's slug.
    expected = {
        ("huile-argan-alimentaire", "250 ml"): (120, 180),
        ("safran-", "1 g"): (40, 70),
        ("miel-", "500 g"): (100, 250),
        ("couscous-", "1 kg"): (30, 45),
        ("dattes-", "1 kg"): (60, 120),
        ("huile-olive", "1 l"): (70, 130),
    }
    seen = set()
    for product in PRODUCTS:
        for variant in product["variants"]:
            for (prefix, label), (low, high) in expected.items():
                if product["slug"].startswith(prefix) and variant["label"] == label:
                    assert low <= Decimal(variant["price"]) <= high, (product["slug"], variant)
                    seen.add((prefix, label))
            if product["category"] == "tapis":
                assert 1500 <= Decimal(variant["price"]) <= 6000, product["slug"]
    assert seen == set(expected)


def test_seed_demo_creates_published_products_with_photos_and_is_idempotent():
    out = io.StringIO()
    call_command("seed_demo", "--force", stdout=out)
    assert "client@demo.example" in out.getvalue()  # the demo logins are still printed

    published = public_products()
    assert published.count() >= 60
    assert set(Product.objects.values_list("slug", flat=True)) == {p["slug"] for p in PRODUCTS}
    assert not Product.objects.annotate(n=Count("images")).exclude(n=1).exists()
    image = ProductImage.objects.first()
    assert image is not None and image.width == 800 and image.height == 800
    assert "320" in image.renditions  # WebP renditions for srcset
    for product in published.select_related("category"):
        assert product.in_stock and product.price_from is not None
        assert product.name_ar and product.name_fr and product.name_en
        assert product.description_ar and product.description_fr and product.description_en
        assert product.category.is_food == bool(product.onssa_number)
        assert product.perishable == product.category.is_food
        assert product.origin_region == product.cooperative.region
    # Products of cooperatives not verified yet wait as drafts.
    unverified = Product.objects.exclude(cooperative__status="verified")
    assert unverified.exists()
    assert set(unverified.values_list("status", flat=True)) == {ProductStatus.DRAFT}
    # Labels come from the cooperative's own certificates, by kind.
    argan = Product.objects.get(slug="huile-argan-alimentaire-torrefiee-tafsut")
    assert set(argan.labels.values_list("kind", flat=True)) == {"igp", "organic"}
    assert not argan.labels.exclude(cooperative=argan.cooperative).exists()
    # Stock went in through the services: one movement per variant with stock (the demo
    # orders then take units out with their own movements).
    assert StockMovement.objects.exclude(reason="order").count() == (
        Variant.objects.filter(stock__gt=0).count()
    )
    # Three demo orders: two lines, one paid by card, one waiting for confirmation.
    assert StockMovement.objects.filter(reason="order").count() == 4
    # Units give unit prices: 250 ml at 150 DH is 600 DH per litre.
    variant = argan.variants.get(label="250 ml")
    assert variant.unit_price == (Decimal("600.00"), "l")

    first = _catalogue_state()
    assert first["documents"] == first["products"]
    call_command("seed_demo", "--force", "--quiet-logins", stdout=io.StringIO())
    assert _catalogue_state() == first


def test_seed_large_catalogue_builds_a_searchable_catalogue():
    before = Product.objects.count()
    result = seed_large_catalogue(products=300, cooperatives=5)
    assert (result.cooperatives_created, result.products_created) == (5, 300)

    cooperatives = Cooperative.objects.filter(slug__startswith="bench-coop-")
    assert cooperatives.count() == 5
    assert set(cooperatives.values_list("status", flat=True)) == {"verified"}
    for cooperative in cooperatives:
        cooperative.full_clean()  # valid data: phone, ICE, region and city

    products = Product.objects.filter(cooperative__in=cooperatives)
    assert Product.objects.count() == before + 300
    assert public_products().filter(cooperative__in=cooperatives).count() == 300
    assert not products.annotate(n=Count("variants")).filter(n=0).exists()
    for product in products.annotate(low=Min("variants__price"))[:50]:
        assert product.price_from == product.low
        assert product.name_ar and product.name_fr and product.name_en
        assert product.published_at is not None
    assert ProductSearchDocument.objects.filter(product__in=products).count() == 300
    assert products.filter(in_stock=True).count() > 200
    assert len(set(products.values_list("name_fr", flat=True))) > 100  # varied names

    # Searchable through the public selector, in French and in Arabic.
    sample = products.order_by("pk")[7]
    for query in (sample.name_fr, sample.name_ar):
        found = product_search(filters=ProductFilters(query=query), with_facets=False)
        assert sample in list(found.products[:500]), query
    argan_oils = set(
        products.filter(category__slug__startswith="huile-argan").values_list("pk", flat=True)
    )
    assert argan_oils
    found = product_search(filters=ProductFilters(query="huiles d'argan"), with_facets=False)
    assert argan_oils <= set(found.products.values_list("pk", flat=True))

    # Topping up to the same numbers creates nothing.
    again = seed_large_catalogue(products=300, cooperatives=5)
    assert (again.cooperatives_created, again.products_created) == (0, 0)
    assert Product.objects.count() == before + 300
