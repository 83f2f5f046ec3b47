"""The product page says what part of the price goes to the cooperative (SHOW_COOPERATIVE_SHARE)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from html import unescape

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cooplab.catalog.models import Category, Product
from cooplab.catalog.selectors import cooperative_share_of
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.ledger.models import CommissionRule, CommissionScope

from .factories import published_product

pytestmark = pytest.mark.django_db
D = Decimal
YESTERDAY = timezone.now() - dt.timedelta(days=1)


def _product(price: str = "199.00", **kwargs) -> Product:
    variants = [{"label": "250 ml", "quantity": "250", "unit": "ml", "price": price, "stock": 5}]
    return published_product(
        CooperativeFactory(), variants=variants, category="huile-argan-cosmetique", **kwargs
    )


def _page(product: Product, language: str = "en") -> tuple[str, int]:
    cache.clear()  # a cold request: the page caches parts of itself (reviews)
    client = Client()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/{language}/products/{product.slug}/")
    assert response.status_code == 200
    return unescape(response.content.decode()), len(captured.captured_queries)


def test_share_uses_the_rate_checkout_would_fix_and_rounds_like_checkout(settings):
    settings.COMMISSION_DEFAULT_RATE = "10.00"
    product = _product()
    assert cooperative_share_of(product=product, price=D("199.00")) == (
        cooperative_share_of(product=product, price=D("199.00"))
    )
    share = cooperative_share_of(product=product, price=D("199.00"))
    assert (share.amount, share.percent) == (D("179.10"), D("90"))
    parent = Category.objects.get(slug="argan-cosmetiques")
    CommissionRule.objects.create(
        scope=CommissionScope.CATEGORY, category=parent, rate=D("12.5"), valid_from=YESTERDAY
    )
    share = cooperative_share_of(product=product, price=D("199.00"))
    # Commission 24.875 rounds half-up to 24.88: the cooperative gets the rest.
    assert (share.amount, share.percent) == (D("174.12"), D("87.5"))
    CommissionRule.objects.create(
        scope=CommissionScope.COOPERATIVE,
        cooperative=product.cooperative,
        rate=D("100"),
        valid_from=YESTERDAY,
    )
    share = cooperative_share_of(product=product, price=D("199.00"))
    assert (share.amount, share.percent) == (D("0.00"), D("0"))
    # A rule that starts tomorrow does not count yet.
    CommissionRule.objects.create(
        scope=CommissionScope.COOPERATIVE,
        cooperative=product.cooperative,
        rate=D("5"),
        valid_from=timezone.now() + dt.timedelta(days=1),
    )
    assert cooperative_share_of(product=product, price=D("199.00")).amount == D("0.00")


def test_product_page_shows_the_cooperative_share_under_the_price(settings):
    settings.COMMISSION_DEFAULT_RATE = "10.00"
    CommissionRule.objects.create(
        scope=CommissionScope.PLATFORM, rate=D("7.5"), valid_from=YESTERDAY
    )
    product = _product("1234.50")
    html, _queries = _page(product)
    assert 'data-testid="cooperative-share"' in html
    # 7.5 % of 1,234.50 = 92.5875 -> 92.59; the cooperative gets 1,141.91.
    assert "1,141.91\xa0DH of this price goes to the cooperative (92.5 %)." in html
    french, _queries = _page(product, "fr")
    assert "1\xa0141,91\xa0DH" in french and "92,5" in french


def test_product_page_hides_the_share_when_the_setting_is_off(settings):
    product = _product()
    settings.SHOW_COOPERATIVE_SHARE = True
    _html, queries_on = _page(product)
    settings.SHOW_COOPERATIVE_SHARE = False
    html, queries_off = _page(product)
    assert 'data-testid="cooperative-share"' not in html
    assert "goes to the cooperative" not in html
    # The rate costs one query (the category's parent comes with the product).
    assert queries_on - queries_off == 1
