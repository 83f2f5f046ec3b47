"""The read-only catalogue API: published products of verified cooperatives only, the same
filters as the pages, facets, money as strings, and the category tree."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cooplab.catalog.models import Category, Product, ProductStatus
from cooplab.cooperatives.models import Cooperative, CooperativeStatus, LabelKind
from cooplab.cooperatives.tests.factories import CertificationFactory, CooperativeFactory

from .factories import published_product

pytestmark = pytest.mark.django_db

LIST = "/api/v1/products"
CATEGORIES = "/api/v1/categories"

PRIVATE_KEYS = {
    "id",
    "pk",
    "public_id",
    "status",
    "stock",
    "low_stock_threshold",
    "published_at",
    "created_at",
    "ice",
    "tax_id",
    "email",
    "phone",
    "certificate_number",
    "movements",
}


def _list(**params: str | int) -> dict:
    response = Client().get(LIST, params)
    assert response.status_code == 200, response.content
    return response.json()


def _slugs(payload: dict) -> list[str]:
    return [item["slug"] for item in payload["items"]]


def _all_keys(value: object) -> set[str]:
    """Every key at any depth of a JSON value."""
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in _all_keys(item)}
    if isinstance(value, list):
        return {key for item in value for key in _all_keys(item)}
    return set()


def test_list_returns_published_products_with_their_card_data():
    # given a published product of a women's cooperative with a label and a photo
    cooperative = CooperativeFactory(slug="tifawin", name_fr="Coopérative Tifawin")
    label = CertificationFactory(
        cooperative=cooperative,
        kind=LabelKind.IGP,
        name="Argane IGP",
        certifier="Normacert",
        expires_on=dt.date(2099, 12, 31),
    )
    product = published_product(
        cooperative,
        name="Huile d'argan",
        name_ar="زيت الأركان",
        category="huile-argan-alimentaire",
        origin_region="MA-09",
        labels=[label],
        image_size=(800, 600),
        variants=[
            {"label": "250 ml", "quantity": "250", "unit": "ml", "price": "120", "stock": 5},
            {"label": "1 l", "quantity": "1", "unit": "l", "price": "400", "stock": 5},
        ],
    )

    # when
    payload = Client().get(LIST, HTTP_ACCEPT_LANGUAGE="fr").json()

    # then
    assert payload["count"] == 1
    (item,) = payload["items"]
    image = item.pop("image")
    assert item == {
        "slug": product.slug,
        "name": "Huile d'argan",
        "names": {"ar": "زيت الأركان", "fr": "Huile d'argan", "en": None, "zgh": None},
        "category": {
            "slug": "huile-argan-alimentaire",
            "names": {
                "ar": "زيت الأركان الغذائي",
                "fr": "Huile d'argan alimentaire",
                "en": "Culinary argan oil",
            },
        },
        "cooperative": {"slug": "tifawin", "name": "Coopérative Tifawin"},
        "women_cooperative": True,
        "origin_region": {"code": "MA-09", "name": "Souss-Massa"},
        "price_from": "120.00",
        "currency": "MAD",
        "in_stock": True,
        "labels": [
            {
                "kind": "igp",
                "name": "Argane IGP",
                "certifier": "Normacert",
                "expires_on": "2099-12-31",
            }
        ],
        "url": f"/fr/products/{product.slug}/",
    }
    assert image["url"].startswith("http://testserver/media/products/")
    assert image["url"].endswith(".webp")
    assert (image["width"], image["height"]) == (800, 600)
    assert image["alt"] == "Huile d'argan, photo 1"
    assert list(image["renditions"]) == ["320", "640"]
    assert image["renditions"]["320"].endswith("-320.webp")
    assert not _all_keys(payload) & PRIVATE_KEYS


def test_list_never_shows_drafts_archived_pending_or_products_of_unverified_cooperatives():
    visible = published_product(name="Visible")
    for status in (ProductStatus.DRAFT, ProductStatus.PENDING_REVIEW, ProductStatus.ARCHIVED):
        published_product(name=f"Miel {status}", status=status)
    for cooperative_status in (CooperativeStatus.SUSPENDED, CooperativeStatus.UNDER_REVIEW):
        cooperative = CooperativeFactory()
        published_product(cooperative, name=f"Coop {cooperative_status}")
        Cooperative.objects.filter(pk=cooperative.pk).update(status=cooperative_status)

    payload = _list()

    assert _slugs(payload) == [visible.slug]
    assert payload["count"] == 1
    assert sum(row["count"] for row in payload["facets"]["cooperative"]) == 1


def test_list_filters_like_the_pages():
    tifawin = CooperativeFactory(slug="tifawin")
    aop = CertificationFactory(cooperative=tifawin, kind=LabelKind.AOP)
    saffron = published_product(
        tifawin,
        name="Safran",
        category="safran-epices",
        origin_region="MA-09",
        labels=[aop],
        variants=[{"label": "1 g", "price": "60", "stock": 3}],
    )
    dates = published_product(
        CooperativeFactory(slug="mixte", women_only=False, members_count=9, women_count=3),
        name="Dattes",
        category="dattes-fruits-secs",
        origin_region="MA-08",
        variants=[{"label": "1 kg", "price": "150", "stock": 0}],
    )
    soap = published_product(
        tifawin,
        name="Savon",
        category="savons-soins",
        origin_region="MA-09",
        variants=[{"label": "100 g", "price": "35", "stock": 8}],
    )

    assert _slugs(_list(region="MA-08")) == [dates.slug]
    assert _slugs(_list(cooperative="tifawin", sort="price_asc")) == [soap.slug, saffron.slug]
    assert _slugs(_list(category="argan-cosmetiques")) == [soap.slug]
    assert _slugs(_list(label="aop")) == [saffron.slug]
    assert _slugs(_list(price_min="50", price_max="100")) == [saffron.slug]
    assert _slugs(_list(women="true", in_stock="true", sort="price_desc")) == [
        saffron.slug,
        soap.slug,
    ]
    assert _slugs(_list(in_stock="false", sort="price_desc")) == [
        dates.slug,
        saffron.slug,
        soap.slug,
    ]
    assert _slugs(_list(q="safran")) == [saffron.slug]
    assert _list(region="MA-12") == {
        "items": [],
        "count": 0,
        "facets": {
            "category": [],
            "region": [],
            "cooperative": [],
            "label": [],
            "women_only": 0,
            "in_stock": 0,
        },
    }


def test_list_facets_count_within_the_results():
    tifawin = CooperativeFactory(slug="tifawin")
    igp = CertificationFactory(cooperative=tifawin, kind=LabelKind.IGP)
    published_product(tifawin, category="miel", origin_region="MA-09", labels=[igp])
    published_product(tifawin, category="miel", origin_region="MA-08")
    published_product(
        CooperativeFactory(slug="amal", women_only=False, members_count=9, women_count=3),
        category="poterie",
        origin_region="MA-09",
        variants=[{"label": "1 pièce", "price": "200", "stock": 0}],
    )
    lapsed = CertificationFactory.create(cooperative=tifawin, kind=LabelKind.AOP, name="Ancien")
    published_product(tifawin, category="miel", origin_region="MA-09", labels=[lapsed])
    lapsed.expires_on = timezone.localdate() - dt.timedelta(days=1)
    lapsed.save()

    facets = _list()["facets"]
    narrowed = _list(region="MA-09")["facets"]

    assert facets == {
        "category": [{"value": "miel", "count": 3}, {"value": "poterie", "count": 1}],
        "region": [{"value": "MA-08", "count": 1}, {"value": "MA-09", "count": 3}],
        "cooperative": [{"value": "amal", "count": 1}, {"value": "tifawin", "count": 3}],
        "label": [{"value": "igp", "count": 1}],
        "women_only": 3,
        "in_stock": 3,
    }
    assert narrowed["cooperative"] == [
        {"value": "amal", "count": 1},
        {"value": "tifawin", "count": 2},
    ]
    assert narrowed["women_only"] == 2


def test_list_limit_is_capped_at_100_and_offset_pages():
    cooperative = CooperativeFactory()
    for n in range(101):
        published_product(cooperative, name=f"Miel {n:03d}", images=0)

    capped = _list(limit=500)
    last = _list(limit=100, offset=100)
    default = _list()

    assert capped["count"] == 101
    assert len(capped["items"]) == 100
    assert len(last["items"]) == 1
    assert last["items"][0]["slug"] not in _slugs(capped)
    assert len(default["items"]) == 24


@pytest.mark.parametrize(
    "params",
    [
        {"region": "MA-99"},
        {"label": "michelin"},
        {"category": "../etc"},
        {"cooperative": "<script>"},
        {"price_min": "abc"},
        {"price_min": "-1"},
        {"price_max": "1e999"},
        {"price_max": "12.345"},
        {"women": "perhaps"},
        {"in_stock": "maybe"},
        {"sort": "cheapest"},
        {"q": "x" * 101},
        {"limit": "0"},
        {"limit": "many"},
        {"offset": "-1"},
    ],
)
def test_list_rejects_invalid_parameters_with_422(params):
    published_product()

    response = Client().get(LIST, params)

    assert response.status_code == 422
    assert "detail" in response.json()


def test_unknown_category_or_cooperative_gives_an_empty_list():
    published_product()

    assert _list(category="nothing")["count"] == 0
    assert _list(cooperative="nobody")["count"] == 0


def test_detail_returns_sizes_images_labels_and_cooperative():
    cooperative = CooperativeFactory(slug="tifawin", name_fr="Coopérative Tifawin")
    label = CertificationFactory(cooperative=cooperative, name="Argane IGP")
    product = published_product(
        cooperative,
        name="Huile d'argan",
        description_fr="Pressée à froid.",
        perishable=False,
        labels=[label],
        images=2,
        harvest_date=dt.date(2025, 6, 1),
        best_before=dt.date(2027, 6, 1),
        variants=[
            {
                "label": "250 ml",
                "quantity": "250",
                "unit": "ml",
                "price": "120",
                "compare_at_price": "150",
                "stock": 20,
            },
            {
                "label": "1 l",
                "quantity": "1",
                "unit": "l",
                "price": "420.5",
                "stock": 2,
                "low_stock_threshold": 3,
            },
            {"label": "Coffret", "price": "300", "stock": 0},
        ],
    )
    published_product(cooperative, name="Brouillon", status=ProductStatus.DRAFT)

    response = Client().get(f"{LIST}/{product.slug}", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 200
    data = response.json()
    assert data["slug"] == product.slug
    assert data["cooperative"] == {"slug": "tifawin", "name": "Coopérative Tifawin"}
    assert data["descriptions"]["fr"] == "Pressée à froid."
    assert data["perishable"] is False
    assert data["withdrawal_allowed"] is True
    assert (data["harvest_date"], data["best_before"]) == ("2025-06-01", "2027-06-01")
    assert [label["name"] for label in data["labels"]] == ["Argane IGP"]
    assert len(data["images"]) == 2
    assert all(image["url"].startswith("http://testserver/media/") for image in data["images"])
    assert data["variants"] == [
        {
            "label": "250 ml",
            "sku": data["variants"][0]["sku"],
            "quantity": "250.000",
            "unit": "ml",
            "price": "120.00",
            "compare_at_price": "150.00",
            "unit_price": {"amount": "480.00", "unit": "l"},
            "in_stock": True,
            "only_left": None,
        },
        {
            "label": "1 l",
            "sku": data["variants"][1]["sku"],
            "quantity": "1.000",
            "unit": "l",
            "price": "420.50",
            "compare_at_price": None,
            "unit_price": {"amount": "420.50", "unit": "l"},
            "in_stock": True,
            "only_left": 2,
        },
        {
            "label": "Coffret",
            "sku": data["variants"][2]["sku"],
            "quantity": None,
            "unit": "piece",
            "price": "300.00",
            "compare_at_price": None,
            "unit_price": None,
            "in_stock": False,
            "only_left": None,
        },
    ]
    assert data["price_from"] == "120.00"
    assert not _all_keys(data) & PRIVATE_KEYS


@pytest.mark.parametrize(
    "status", [ProductStatus.DRAFT, ProductStatus.PENDING_REVIEW, ProductStatus.ARCHIVED]
)
def test_detail_is_404_unless_published(status):
    product = published_product(status=status)

    assert Client().get(f"{LIST}/{product.slug}").status_code == 404


def test_detail_is_404_for_a_suspended_cooperative():
    cooperative = CooperativeFactory()
    product = published_product(cooperative)
    Cooperative.objects.filter(pk=cooperative.pk).update(status=CooperativeStatus.SUSPENDED)

    assert Client().get(f"{LIST}/{product.slug}").status_code == 404
    assert Client().get(f"{LIST}/unknown").status_code == 404


def test_categories_returns_the_tree_in_three_languages():
    response = Client().get(CATEGORIES)

    assert response.status_code == 200
    tree = response.json()
    top = [category["slug"] for category in tree]
    assert top == list(
        Category.objects.filter(parent=None)
        .order_by("position", "slug")
        .values_list("slug", flat=True)
    )
    argan = next(category for category in tree if category["slug"] == "argan-cosmetiques")
    assert argan["names"] == {
        "ar": "الأركان ومستحضرات التجميل",
        "fr": "Argan et cosmétiques",
        "en": "Argan and cosmetics",
    }
    assert [child["slug"] for child in argan["children"]] == [
        "huile-argan-alimentaire",
        "huile-argan-cosmetique",
        "savons-soins",
    ]
    assert argan["children"][0]["names"]["en"] == "Culinary argan oil"


def test_list_runs_the_same_number_of_queries_for_1_and_50_products():
    def queries() -> int:
        cache.clear()  # cold: facet counts are cached between requests
        with CaptureQueriesContext(connection) as captured:
            response = Client().get(LIST, {"limit": 100})
        assert response.status_code == 200
        return len(captured.captured_queries)

    cooperative = CooperativeFactory()
    label = CertificationFactory(cooperative=cooperative)
    published_product(cooperative, labels=[label], image_size=(400, 300))
    one = queries()
    for _ in range(49):
        published_product(cooperative, labels=[label], image_size=(400, 300))
    fifty = queries()

    assert one == fifty


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", LIST),
        ("put", f"{LIST}/miel"),
        ("patch", f"{LIST}/miel"),
        ("delete", f"{LIST}/miel"),
        ("post", f"{LIST}/miel"),
        ("post", CATEGORIES),
        ("delete", CATEGORIES),
    ],
)
def test_api_is_read_only(method, path):
    before = Product.objects.count()

    response = getattr(Client(), method)(path, data={}, content_type="application/json")

    assert response.status_code == 405
    assert Product.objects.count() == before


def test_openapi_documents_the_catalogue_routes():
    schema = Client().get("/api/v1/openapi.json").json()

    assert set(schema["paths"]["/api/v1/products"]) == {"get"}
    assert set(schema["paths"]["/api/v1/products/{slug}"]) == {"get"}
    assert set(schema["paths"]["/api/v1/categories"]) == {"get"}
