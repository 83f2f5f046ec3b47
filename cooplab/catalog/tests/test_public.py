"""Public catalogue pages: only published products of verified cooperatives, filters and facet
counts, product pages (sizes, law 31-08 withdrawal, structured data, Open Graph), Arabic,
sitemap, constant query counts and page weight."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
from decimal import Decimal
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cooplab.catalog.models import Product, ProductStatus
from cooplab.catalog.views import public as public_views
from cooplab.cooperatives.models import Cooperative, CooperativeStatus, LabelKind
from cooplab.cooperatives.tests.factories import CertificationFactory, CooperativeFactory

from .factories import published_product

pytestmark = pytest.mark.django_db

LIST = "/en/products/"
PAGE_WEIGHT_LIMIT = 50 * 1024


def _detail(slug: str, language: str = "en") -> str:
    return f"/{language}/products/{slug}/"


def _get(path: str, **params: str) -> str:
    response = Client().get(path, params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def _card_names(html: str) -> list[str]:
    """Product names shown as card headings, in page order."""
    return [
        unescape(name)
        for name in re.findall(
            r'<h[23] class="product-card-name"><a href="[^"]+">([^<]+)</a></h[23]>', html
        )
    ]


def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def _meta(html: str, prop: str) -> str | None:
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', html)
    return unescape(match.group(1)) if match else None


def _link(html: str, rel: str) -> str | None:
    match = re.search(rf'<link rel="{rel}" href="([^"]*)">', html)
    return unescape(match.group(1)) if match else None


def _option(html: str, select_id: str, value: str) -> str | None:
    """The text of one <option> of the <select id=select_id>."""
    select = re.search(rf'<select id="{select_id}"[^>]*>(.*?)</select>', html, re.S)
    assert select, select_id
    option = re.search(rf'<option value="{re.escape(value)}"[^>]*>([^<]*)</option>', select[1])
    return unescape(option.group(1)).strip() if option else None


def _label(html: str, for_id: str) -> str:
    match = re.search(rf'<label for="{for_id}">([^<]*)</label>', html)
    assert match, for_id
    return unescape(match.group(1))


# Product list: what is shown -----------------------------------------------------------------


def test_list_shows_only_published_products_of_verified_cooperatives():
    # given a published product, products in every other status, and a published product of a
    # cooperative suspended afterwards
    published_product(name="Miel visible")
    for status in (ProductStatus.DRAFT, ProductStatus.PENDING_REVIEW, ProductStatus.ARCHIVED):
        published_product(name=f"Miel {status}", status=status)
    suspended = CooperativeFactory()
    published_product(suspended, name="Miel suspendu")
    Cooperative.objects.filter(pk=suspended.pk).update(status=CooperativeStatus.SUSPENDED)

    # when
    html = _get(LIST)

    # then
    assert _card_names(html) == ["Miel visible"]
    assert "1 product found." in html


def test_list_card_shows_cooperative_price_unit_price_badges_and_sold_out_state():
    # given a women's cooperative with a current label and an expired one, and a sold-out product
    cooperative = CooperativeFactory(name_en="Tifawin Cooperative")
    current = CertificationFactory(cooperative=cooperative, name="Argane IGP")
    lapsed = CertificationFactory.create(
        cooperative=cooperative, kind=LabelKind.ORGANIC, name="Bio ancien"
    )
    published_product(
        cooperative,
        name="Huile d'argan",
        labels=[current, lapsed],
        variants=[
            {"label": "250 ml", "quantity": "250", "unit": "ml", "price": "120", "stock": 5},
            {"label": "1 l", "quantity": "1", "unit": "l", "price": "400", "stock": 5},
        ],
    )
    lapsed.expires_on = timezone.localdate() - dt.timedelta(days=1)
    lapsed.save()
    published_product(
        CooperativeFactory(women_only=False, members_count=10, women_count=2),
        name="Amlou épuisé",
        variants=[{"label": "500 g", "price": "80", "stock": 0}],
    )

    # when
    html = _get(LIST, sort="price_desc")
    cards = html.split('data-testid="product-card"')[1:]

    # then: the argan card
    argan, amlou = cards
    assert "Tifawin Cooperative" in argan
    assert "From 120.00\xa0DH" in argan
    assert "480.00\xa0DH / l" in argan  # 120 DH per 250 ml = 480 DH per litre
    assert "Women's cooperative" in argan
    assert "Argane IGP" in argan
    assert "Bio ancien" not in html
    assert 'data-testid="sold-out"' not in argan
    # and the sold-out card
    assert 'data-testid="sold-out"' in amlou
    assert "product-card-sold-out" in html
    assert "Women's cooperative" not in amlou


def test_list_card_images_have_srcset_sizes_lazy_loading_and_dimensions():
    published_product(name="Miel en photo", image_size=(1200, 900))

    html = _get(LIST)

    img = re.search(r'<img class="product-card-image"[^>]*>', html)
    assert img
    tag = img.group(0)
    srcset = re.search(r'srcset="([^"]+)"', tag)
    assert srcset
    widths = [part.strip().rsplit(" ", 1)[1] for part in srcset.group(1).split(",")]
    assert widths == ["320w", "640w", "1024w", "1200w"]
    assert all(".webp " in part for part in srcset.group(1).split(","))
    assert f'sizes="{public_views.CARD_IMAGE_SIZES}"' in tag
    assert 'loading="lazy"' in tag
    assert 'decoding="async"' in tag
    # the 320 px copy is shown, with its own size (4:3)
    assert 'width="320"' in tag and 'height="240"' in tag
    assert re.search(r'src="[^"]+-320\.webp"', tag)


def test_list_paginates_24_per_page_and_ignores_a_bad_page_number():
    cooperative = CooperativeFactory()
    for n in range(25):
        published_product(cooperative, name=f"Miel {n:02d}", images=0)

    first = _get(LIST)
    second = _get(LIST, page="2")

    assert len(_card_names(first)) == 24
    assert _card_names(second) == ["Miel 00"]  # newest first
    assert 'rel="next"' in first
    assert _card_names(_get(LIST, page="abc")) == _card_names(first)
    assert _card_names(_get(LIST, page="999")) == ["Miel 00"]


# Product list: filters ----------------------------------------------------------------------


def test_list_filters_by_category_including_sub_categories():
    published_product(name="Huile alimentaire", category="huile-argan-alimentaire")
    published_product(name="Savon", category="savons-soins")
    published_product(name="Miel", category="miel")

    assert sorted(_card_names(_get(LIST, category="argan-cosmetiques"))) == [
        "Huile alimentaire",
        "Savon",
    ]
    assert _card_names(_get(LIST, category="savons-soins")) == ["Savon"]


def test_list_filters_by_region_of_origin():
    published_product(name="Miel Souss", origin_region="MA-09")
    published_product(name="Dattes Tafilalet", origin_region="MA-08")

    assert _card_names(_get(LIST, region="MA-08")) == ["Dattes Tafilalet"]


def test_list_filters_by_cooperative():
    tifawin = CooperativeFactory(slug="tifawin")
    published_product(tifawin, name="Miel Tifawin")
    published_product(CooperativeFactory(slug="amal"), name="Miel Amal")

    assert _card_names(_get(LIST, cooperative="tifawin")) == ["Miel Tifawin"]


def test_list_filters_by_current_label_only():
    # given an AOP product and a product whose AOP expired yesterday
    current_coop = CooperativeFactory()
    current = CertificationFactory(cooperative=current_coop, kind=LabelKind.AOP, name="AOP")
    published_product(current_coop, name="Safran AOP", labels=[current])
    lapsed_coop = CooperativeFactory()
    lapsed = CertificationFactory.create(
        cooperative=lapsed_coop, kind=LabelKind.AOP, name="AOP ancien"
    )
    published_product(lapsed_coop, name="Safran ancien", labels=[lapsed])
    lapsed.expires_on = timezone.localdate() - dt.timedelta(days=1)
    lapsed.save()

    assert _card_names(_get(LIST, label="aop")) == ["Safran AOP"]


def test_list_filters_by_price_range_on_the_lowest_price():
    published_product(name="Petit", variants=[{"label": "100 g", "price": "50", "stock": 1}])
    published_product(name="Moyen", variants=[{"label": "250 g", "price": "120", "stock": 1}])
    published_product(name="Grand", variants=[{"label": "1 kg", "price": "400", "stock": 1}])

    assert _card_names(_get(LIST, price_min="100", price_max="200")) == ["Moyen"]
    assert _card_names(_get(LIST, price_min="120,00", sort="price_asc")) == ["Moyen", "Grand"]
    assert _card_names(_get(LIST, price_max="50")) == ["Petit"]
    # reversed bounds are understood
    assert _card_names(_get(LIST, price_min="200", price_max="100")) == ["Moyen"]


def test_list_filters_womens_cooperatives_and_in_stock():
    published_product(CooperativeFactory(women_only=True), name="Femmes en stock")
    published_product(
        CooperativeFactory(women_only=False, members_count=30, women_count=9),
        name="Mixte en stock",
    )
    published_product(
        CooperativeFactory(women_only=True),
        name="Femmes épuisé",
        variants=[{"label": "1 kg", "price": "90", "stock": 0}],
    )

    assert sorted(_card_names(_get(LIST, women="1"))) == ["Femmes en stock", "Femmes épuisé"]
    assert sorted(_card_names(_get(LIST, in_stock="1"))) == ["Femmes en stock", "Mixte en stock"]
    assert _card_names(_get(LIST, women="1", in_stock="1")) == ["Femmes en stock"]


def test_list_search_matches_a_word_of_the_name():
    published_product(name="Miel de thym")
    published_product(name="Safran pur")

    assert _card_names(_get(LIST, q="safran")) == ["Safran pur"]


def test_list_sorts_by_price_and_by_newest():
    published_product(name="Moyen", variants=[{"label": "250 g", "price": "120", "stock": 1}])
    published_product(name="Grand", variants=[{"label": "1 kg", "price": "400", "stock": 1}])
    published_product(name="Petit", variants=[{"label": "100 g", "price": "50", "stock": 1}])

    assert _card_names(_get(LIST, sort="price_asc")) == ["Petit", "Moyen", "Grand"]
    assert _card_names(_get(LIST, sort="price_desc")) == ["Grand", "Moyen", "Petit"]
    assert _card_names(_get(LIST, sort="newest")) == ["Petit", "Grand", "Moyen"]


def test_list_shows_facet_counts_next_to_each_option():
    # given products in two regions, two cooperatives and two categories, one with a label
    tifawin = CooperativeFactory(slug="tifawin", name_en="Tifawin Cooperative")
    amal = CooperativeFactory(
        slug="amal", name_en="Amal Cooperative", women_only=False, members_count=9, women_count=3
    )
    igp = CertificationFactory(cooperative=tifawin, kind=LabelKind.IGP)
    published_product(tifawin, origin_region="MA-09", category="miel", labels=[igp])
    published_product(tifawin, origin_region="MA-09", category="huile-argan-alimentaire")
    published_product(
        amal,
        origin_region="MA-08",
        category="huile-argan-cosmetique",
        variants=[{"label": "1 kg", "price": "90", "stock": 0}],
    )

    # when
    html = _get(LIST)

    # then
    assert _option(html, "filter-region", "MA-09") == "Souss-Massa (2)"
    assert _option(html, "filter-region", "MA-08") == "Draa-Tafilalet (1)"
    assert _option(html, "filter-region", "MA-01") is None  # no product: not offered
    assert _option(html, "filter-cooperative", "tifawin") == "Tifawin Cooperative (2)"
    assert _option(html, "filter-cooperative", "amal") == "Amal Cooperative (1)"
    assert _option(html, "filter-category", "argan-cosmetiques") == "Argan and cosmetics (2)"
    assert _option(html, "filter-category", "huile-argan-alimentaire") == (
        "– Culinary argan oil (1)"
    )
    assert _option(html, "filter-category", "miel") == "Honey (1)"
    assert _option(html, "filter-category", "poterie") is None
    assert _option(html, "filter-label", "igp") == ("Protected geographical indication (IGP) (1)")
    assert _label(html, "filter-women") == "Women's cooperatives only (2)"
    assert _label(html, "filter-in-stock") == "In stock only (2)"
    # and counts follow the other filters
    filtered = _get(LIST, region="MA-09")
    assert _option(filtered, "filter-cooperative", "tifawin") == "Tifawin Cooperative (2)"
    assert _option(filtered, "filter-cooperative", "amal") is None


@pytest.mark.parametrize(
    "params",
    [
        {"category": "nope"},
        {"category": "../../etc"},
        {"region": "MA-99"},
        {"cooperative": "<script>"},
        {"label": "michelin"},
        {"price_min": "abc"},
        {"price_min": "NaN"},
        {"price_max": "sNaN"},
        {"price_min": "Infinity"},
        {"price_max": "1e999999"},
        {"price_min": "-5"},
        {"women": "perhaps"},
        {"in_stock": "\x00"},
        {"sort": "price; DROP TABLE"},
        {"page": "-1"},
        {"page": "1e9"},
    ],
)
def test_list_ignores_invalid_parameters(params):
    published_product(name="Miel visible")

    html = _get(LIST, **params)

    assert _card_names(html) == ["Miel visible"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("x" * 5000, []),
        ("' OR qqq=qqq --", []),  # SQL-looking input is just words here
        ("\x00miel\x00", ["Miel visible"]),
        ("   ", ["Miel visible"]),
    ],
)
def test_list_survives_odd_searches(query, expected):
    published_product(name="Miel visible")

    html = _get(LIST, q=query)

    assert _card_names(html) == expected
    assert 'maxlength="100"' in html


def test_list_refuses_post():
    assert Client().post(LIST).status_code == 405


def test_list_has_canonical_hreflang_title_and_noindex_for_narrowed_results():
    published_product(name="Miel", category="miel")

    html = _get(LIST, category="miel", page="1", sort="price_asc")
    narrowed = _get(LIST, q="miel")

    assert _link(html, "canonical") == "http://testserver/en/products/?category=miel"
    assert '<link rel="alternate" hreflang="ar" href="/ar/products/?category=miel' in html
    assert "<title>Honey · Products of the cooperatives · CoopLab</title>" in html
    assert "noindex" not in html
    assert '<meta name="robots" content="noindex, follow">' in narrowed
    assert _link(narrowed, "canonical") == "http://testserver/en/products/"


# Product page ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status", [ProductStatus.DRAFT, ProductStatus.PENDING_REVIEW, ProductStatus.ARCHIVED]
)
def test_product_page_is_404_unless_published(status):
    product = published_product(status=status)

    assert Client().get(_detail(product.slug)).status_code == 404


@pytest.mark.parametrize(
    "status",
    [
        CooperativeStatus.SUSPENDED,
        CooperativeStatus.APPLIED,
        CooperativeStatus.UNDER_REVIEW,
        CooperativeStatus.REJECTED,
    ],
)
def test_product_page_is_404_when_the_cooperative_is_not_verified(status):
    cooperative = CooperativeFactory()
    product = published_product(cooperative)
    Cooperative.objects.filter(pk=cooperative.pk).update(status=status)

    assert Client().get(_detail(product.slug)).status_code == 404


def test_product_page_404_for_an_unknown_slug():
    assert Client().get(_detail("nothing-here")).status_code == 404


def test_product_page_shows_the_product_the_cooperative_labels_lot_and_delivery_note():
    cooperative = CooperativeFactory(slug="tifawin", name_en="Tifawin Cooperative")
    igp = CertificationFactory(cooperative=cooperative, name="Argane IGP", certifier="Normacert")
    product = published_product(
        cooperative,
        name="Huile d'argan",
        description_fr="Pressée à froid.\n\nRécolte 2025.",
        origin_region="MA-09",
        harvest_date=dt.date(2025, 6, 1),
        best_before=dt.date(2027, 6, 1),
        labels=[igp],
    )

    html = unescape(_get(_detail(product.slug)))

    assert "<h1>Huile d'argan</h1>" in html
    assert "<p>Pressée à froid.</p>" in html and "<p>Récolte 2025.</p>" in html
    assert 'By <a href="/en/cooperatives/tifawin/">Tifawin Cooperative</a>' in html
    assert "Certified by Normacert" in html
    assert "Souss-Massa" in html
    assert "June 1, 2025" in html and "June 1, 2027" in html
    assert "Delivery cost is shown at checkout." in html
    # The sizes are choices of one add-to-cart form, posted to the cart.
    assert 'data-testid="add-to-cart-form"' in html and "/en/cart/add/" in html
    assert "Add to cart" in html


def test_product_page_lists_sizes_with_prices_unit_prices_and_stock_states():
    product = published_product(
        variants=[
            {
                "label": "250 g",
                "quantity": "250",
                "unit": "g",
                "price": "120",
                "compare_at_price": "150",
                "stock": 20,
                "low_stock_threshold": 3,
            },
            {
                "label": "500 g",
                "quantity": "500",
                "unit": "g",
                "price": "220",
                "stock": 2,
                "low_stock_threshold": 3,
            },
            {"label": "1 kg", "quantity": "1", "unit": "kg", "price": "400", "stock": 0},
        ]
    )

    html = unescape(_get(_detail(product.slug)))
    rows = html.split('data-testid="variant"')[1:]

    assert len(rows) == 3
    assert 'type="radio"' in rows[0] and "checked" in rows[0]
    assert "120.00" in rows[0] and "<s" in rows[0] and "150.00" in rows[0]
    assert "480.00\xa0DH / kg" in rows[0]
    assert ">In stock<" in rows[0]
    assert "Only 2 left" in rows[1] and "440.00" in rows[1]
    assert "Sold out" in rows[2] and "disabled" in rows[2] and "checked" not in rows[2]


@pytest.mark.parametrize(
    ("perishable", "text"),
    [
        (True, "No right of withdrawal: perishable product (law 31-08)."),
        (False, "7-day right of withdrawal after delivery (law 31-08)."),
    ],
)
def test_product_page_states_the_right_of_withdrawal_of_law_31_08(perishable, text):
    product = published_product(perishable=perishable)

    html = unescape(_get(_detail(product.slug)))

    withdrawal = re.search(r'data-testid="withdrawal">([^<]+)<', html)
    assert withdrawal and withdrawal.group(1) == text


def test_product_page_json_ld_describes_the_offers():
    cooperative = CooperativeFactory(name_en="Tifawin Cooperative")
    product = published_product(
        cooperative,
        name='Miel "</script><script>alert(1)</script>',
        variants=[
            {"label": "250 g", "price": "120", "stock": 3},
            {"label": "1 kg", "price": "399.5", "stock": 0},
        ],
    )

    html = _get(_detail(product.slug))
    data = _json_ld(html)

    assert "<script>alert(1)" not in html
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Product"
    assert data["name"] == 'Miel "</script><script>alert(1)</script>'
    assert data["brand"] == {"@type": "Brand", "name": "Tifawin Cooperative"}
    assert data["url"] == f"http://testserver/en/products/{product.slug}/"
    assert data["image"][0].startswith("http://testserver/media/products/")
    assert [
        (
            offer["@type"],
            offer["name"],
            offer["price"],
            offer["priceCurrency"],
            offer["availability"],
        )
        for offer in data["offers"]
    ] == [
        ("Offer", "250 g", "120.00", "MAD", "https://schema.org/InStock"),
        ("Offer", "1 kg", "399.50", "MAD", "https://schema.org/OutOfStock"),
    ]
    assert data["offers"][0]["seller"] == {"@type": "Organization", "name": "Tifawin Cooperative"}


def test_product_page_has_open_graph_canonical_and_whatsapp_share():
    product = published_product(name="Miel d'euphorbe")

    html = _get(_detail(product.slug))
    url = f"http://testserver/en/products/{product.slug}/"

    assert _link(html, "canonical") == url
    assert _meta(html, "og:type") == "product"
    assert _meta(html, "og:title") == "Miel d'euphorbe"
    assert _meta(html, "og:url") == url
    assert _meta(html, "og:locale") == "en_US"
    assert (_meta(html, "og:image") or "").startswith("http://testserver/media/products/")
    assert _meta(html, "product:price:amount") == "120.00"
    assert _meta(html, "product:price:currency") == "MAD"
    for language in ("ar", "fr", "en"):
        assert (
            f'<link rel="alternate" hreflang="{language}" '
            f'href="/{language}/products/{product.slug}/">'
        ) in html
    share = re.search(
        r'<a class="[^"]*" href="([^"]+)" rel="noopener" data-testid="whatsapp-share"', html
    )
    assert share
    parts = urlsplit(unescape(share.group(1)))
    assert (parts.scheme, parts.netloc) == ("https", "wa.me")
    assert parse_qs(parts.query)["text"] == [f"Miel d'euphorbe {url}"]


def test_product_page_images_first_eager_others_lazy_all_sized():
    product = published_product(images=3, image_size=(1200, 900))

    html = _get(_detail(product.slug))
    photos = re.search(r'<ul class="product-photos">(.*?)</ul>', html, re.S)
    assert photos
    tags = re.findall(r"<img [^>]+>", photos.group(1))

    assert len(tags) == 3
    assert 'loading="lazy"' not in tags[0] and 'fetchpriority="high"' in tags[0]
    assert all('loading="lazy"' in tag for tag in tags[1:])
    for tag in tags:
        assert 'width="640" height="480"' in tag
        assert "srcset=" in tag and f'sizes="{public_views.DETAIL_IMAGE_SIZES}"' in tag


def test_product_page_shows_related_products_of_the_category_or_cooperative():
    cooperative = CooperativeFactory()
    product = published_product(cooperative, name="Miel de thym", category="miel")
    published_product(cooperative, name="Savon", category="savons-soins")
    published_product(name="Miel voisin", category="miel")
    published_product(name="Poterie", category="poterie")
    published_product(cooperative, name="Brouillon", status=ProductStatus.DRAFT)

    html = _get(_detail(product.slug))
    related = html.split('id="related-title"')[1]

    assert sorted(_card_names(related)) == ["Miel voisin", "Savon"]


def test_arabic_product_page_shows_the_arabic_name_right_to_left():
    product = published_product(name="Miel de thym", name_ar="عسل الزعتر الجبلي")

    html = _get(_detail(product.slug, "ar"))

    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1>عسل الزعتر الجبلي</h1>" in html
    assert _meta(html, "og:locale") == "ar_MA"
    assert _link(html, "canonical") == f"http://testserver/ar/products/{product.slug}/"
    assert _json_ld(html)["name"] == "عسل الزعتر الجبلي"


def test_sitemap_lists_products_and_storefronts_in_three_languages_with_alternates():
    product = published_product(CooperativeFactory(slug="tifawin"), name="Miel de thym")
    draft = published_product(name="Brouillon", status=ProductStatus.DRAFT)

    response = Client().get("/sitemap.xml")
    xml = response.content.decode()

    assert response.status_code == 200
    for language in ("ar", "fr", "en"):
        url = f"http://testserver/{language}/products/{product.slug}/"
        assert f"<loc>{url}</loc>" in xml
        assert f'<xhtml:link rel="alternate" hreflang="{language}" href="{url}"' in xml
        assert f"<loc>http://testserver/{language}/cooperatives/tifawin/</loc>" in xml
    assert draft.slug not in xml


# Query counts and page weight -----------------------------------------------------------------


def _queries(path: str, **params: str) -> int:
    """Queries of one cold request (facet counts are cached between requests)."""
    cache.clear()
    client = Client()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, params)
    assert response.status_code == 200
    return len(captured.captured_queries)


def _rich_product(cooperative: Cooperative, n: int, **kwargs) -> Product:
    label = CertificationFactory(cooperative=cooperative, certificate_number=f"N-{n}")
    return published_product(
        cooperative,
        name=f"Huile d'argan alimentaire pressée à froid, bouteille en verre {n}",
        labels=[label],
        image_size=(400, 300),
        variants=[
            {"label": "250 ml", "quantity": "250", "unit": "ml", "price": "120", "stock": 4},
            {"label": "1 l", "quantity": "1", "unit": "l", "price": "420", "stock": 1},
        ],
        **kwargs,
    )


def test_list_runs_the_same_number_of_queries_for_1_and_50_products(monkeypatch):
    # all 50 on one page, each with a photo, a label, two sizes, from 5 cooperatives
    monkeypatch.setattr(public_views, "PAGE_SIZE", 60)
    cooperatives = [CooperativeFactory() for _ in range(5)]
    _rich_product(cooperatives[0], 0)
    one = _queries(LIST)
    one_filtered = _queries(LIST, category="argan-cosmetiques", women="1")
    for n in range(1, 50):
        _rich_product(cooperatives[n % 5], n, origin_region=f"MA-{n % 12 + 1:02d}")

    fifty = _queries(LIST)
    fifty_filtered = _queries(LIST, category="argan-cosmetiques", women="1")

    assert len(_card_names(_get(LIST))) == 50
    assert one == fifty
    assert one_filtered == fifty_filtered
    assert fifty <= 16


def test_list_with_24_per_page_runs_the_same_queries_as_with_1_product():
    cooperative = CooperativeFactory()
    _rich_product(cooperative, 0)
    one = _queries(LIST)
    for n in range(1, 50):
        _rich_product(cooperative, n)

    assert _queries(LIST) == one
    assert _queries(LIST, page="2") == one


def test_product_page_runs_the_same_number_of_queries_for_1_and_50_sizes_and_related():
    # given a product with 1 size, 1 photo and 1 related product
    small_coop = CooperativeFactory()
    small = _rich_product(small_coop, 0, category="miel")
    _rich_product(small_coop, 1, category="miel")
    one = _queries(_detail(small.slug))

    # and a product with 50 sizes, 8 photos, and 50 related products
    big_coop = CooperativeFactory()
    big = published_product(
        big_coop,
        category="safran-epices",
        images=8,
        image_size=(400, 300),
        labels=[
            CertificationFactory(cooperative=big_coop),
            CertificationFactory(cooperative=big_coop),
        ],
        variants=[
            {
                "label": f"{g} g",
                "quantity": str(g),
                "unit": "g",
                "price": str(10 + g),
                "stock": g % 4,
            }
            for g in range(1, 51)
        ],
    )
    for n in range(50):
        _rich_product(big_coop, 100 + n, category="safran-epices")

    fifty = _queries(_detail(big.slug))

    assert len(re.findall('data-testid="variant"', _get(_detail(big.slug)))) == 50
    assert one == fifty
    assert fifty <= 12


def _page_weight(html: str) -> tuple[int, int]:
    """(gzip size of the HTML, gzip size of the HTML + every stylesheet and script it loads)."""
    html_size = len(gzip.compress(html.encode(), compresslevel=6))
    total = html_size
    assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + re.findall(
        r'<script src="([^"]+)"', html
    )
    assert assets, "no stylesheet or script found"
    for url in assets:
        assert url.startswith(settings.STATIC_URL), url
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        assert path, url
        with open(path, "rb") as file:
            total += len(gzip.compress(file.read(), compresslevel=6))
    return html_size, total


def _realistic_catalogue() -> Product:
    cooperatives = [
        CooperativeFactory(name_fr=f"Coopérative agricole féminine Tifawin n° {n}")
        for n in range(6)
    ]
    products = [
        _rich_product(cooperatives[n % 6], n, origin_region=f"MA-{n % 12 + 1:02d}")
        for n in range(24)
    ]
    return products[0]


def test_list_page_weighs_less_than_50_kb_compressed():
    _realistic_catalogue()

    html = _get(LIST)
    html_size, total = _page_weight(html)

    assert len(_card_names(html)) == 24
    assert total < PAGE_WEIGHT_LIMIT, (html_size, total)


def test_product_page_weighs_less_than_50_kb_compressed():
    product = _realistic_catalogue()
    Product.objects.filter(pk=product.pk).update(
        description_fr="Huile d'argan pressée à froid par les femmes de la coopérative. " * 20
    )

    html = _get(_detail(product.slug))
    html_size, total = _page_weight(html)

    assert "You may also like" in html
    assert total < PAGE_WEIGHT_LIMIT, (html_size, total)


def test_prices_on_the_page_use_decimal_not_float():
    # A price that a float would round wrongly keeps its centimes.
    product = published_product(variants=[{"label": "1 kg", "price": "0.29", "stock": 1}])

    assert product.price_from == Decimal("0.29")
    assert _json_ld(_get(_detail(product.slug)))["offers"][0]["price"] == "0.29"
