"""A guest orders from two cooperatives, each cooperative confirms, ships and delivers its
parcel from the back office, and the guest follows the order and downloads an invoice — in
Arabic and in French (acceptance of issue 5). Then: the same purchase fits a phone's screen."""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pypdf import PdfReader

from cooplab.catalog.categories import categories_sync
from cooplab.catalog.models import Category, Product
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of
from cooplab.orders.models import CooperativeOrderStatus, Order
from cooplab.orders.tests.factories import product_with_stock

ARGAN = {"fr": "Huile d'argan", "ar": "زيت أركان"}
HONEY = {"fr": "Miel de thym", "ar": "عسل الزعتر"}


@pytest.fixture(autouse=True)
def _categories(transactional_db: None) -> None:
    """Transactional tests empty the database between tests: put the categories back."""
    categories_sync(Category)


def _new_page(context: BrowserContext) -> Page:
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _in(lang: str, value: Any) -> str:
    with translation.override(lang):
        return str(value)


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def _add_to_cart(page: Page, site: str, lang: str, product: Product) -> None:
    page.goto(f"{site}/{lang}/products/{product.slug}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    page.get_by_test_id("add-to-cart").click()
    expect(page).to_have_url(re.compile(rf"/{lang}/cart/$"))


def _fill_details(page: Page) -> None:
    form = page.get_by_test_id("details-form")
    form.locator("[name=customer_name]").fill("Salma Bennani")
    form.locator("[name=phone]").fill("06 61 23 45 67")
    form.locator("select[name=region]").select_option("MA-06")
    form.locator("[name=city]").fill("Casablanca")
    form.locator("[name=street]").fill("12 rue des Orangers, Maârif")
    form.locator("[name=landmark]").fill("En face de la pharmacie")
    page.get_by_test_id("details-continue").click()


def _two_cooperatives() -> list[tuple[Cooperative, Product]]:
    rows = []
    for names in (ARGAN, HONEY):
        cooperative = CooperativeFactory.create()
        product = product_with_stock(cooperative, stock=5, name=names["fr"], name_ar=names["ar"])
        rows.append((cooperative, product))
    return rows


def _fulfil_in_back_office(
    browser: Browser, site: str, login_as: Any, lang: str, cooperative: Cooperative, order: Order
) -> None:
    """The cooperative's manager calls the customer, confirms, ships and marks delivered."""
    part = order.parts.get(cooperative=cooperative)
    manager = manager_of(cooperative)
    context = browser.new_context()
    login_as(context, manager)
    page = _new_page(context)
    with translation.override(lang):
        url = reverse(
            "orders:coop_order",
            kwargs={"cooperative_id": cooperative.public_id, "number": part.number},
        )
    page.goto(f"{site}{url}")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    status = page.get_by_test_id("order-status")
    expect(status).to_have_text(_in(lang, CooperativeOrderStatus.AWAITING_CONFIRMATION.label))

    page.get_by_test_id("action-confirm").click()
    expect(status).to_have_text(_in(lang, CooperativeOrderStatus.CONFIRMED.label))

    ship = page.get_by_test_id("action-ship")
    form = page.locator("form", has=ship)
    if not ship.is_visible():  # the shipping form sits in a <details> that may be closed
        page.locator("details.ord-action-form", has=ship).locator("summary").click()
    form.locator("select[name=carrier]").select_option("Amana")
    form.locator("input[name=tracking_number]").fill("RR123456785MA")
    ship.click()
    expect(status).to_have_text(_in(lang, CooperativeOrderStatus.SHIPPED.label))

    page.get_by_test_id("action-deliver").click()
    expect(status).to_have_text(_in(lang, CooperativeOrderStatus.DELIVERED.label))
    context.close()

    part.refresh_from_db()
    assert part.status == CooperativeOrderStatus.DELIVERED
    assert (part.carrier, part.tracking_number) == ("Amana", "RR123456785MA")
    assert part.events.filter(actor=manager).count() == 3


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_guest_orders_from_two_cooperatives_who_deliver_and_gets_an_invoice(
    browser: Browser, site: str, login_as: Any, lang: str
):
    rtl = "rtl" if lang == "ar" else "ltr"
    (coop_argan, argan), (coop_honey, honey) = _two_cooperatives()

    # 1. A guest puts one product of each cooperative in the cart.
    guest_context = browser.new_context()
    g = _new_page(guest_context)
    for product in (argan, honey):
        _add_to_cart(g, site, lang, product)
    expect(g.get_by_test_id("cart-group")).to_have_count(2)
    expect(g.get_by_test_id("cart-line")).to_have_count(2)
    expect(g.locator("main")).to_contain_text(ARGAN[lang])
    expect(g.locator("main")).to_contain_text(HONEY[lang])

    # 2. Checkout: delivery details, then the review page with both sellers' identities.
    g.get_by_test_id("checkout").click()
    expect(g.locator("html")).to_have_attribute("dir", rtl)
    _fill_details(g)
    groups = g.get_by_test_id("checkout-group")
    expect(groups).to_have_count(2)
    expect(g.locator("html")).to_have_attribute("dir", rtl)
    for cooperative in (coop_argan, coop_honey):
        group = groups.filter(has_text=getattr(cooperative, f"name_{lang}"))
        expect(group).to_have_count(1)
        identity = group.locator(".seller-identity")
        expect(identity).to_contain_text(cooperative.register_number)
        expect(identity).to_contain_text(cooperative.ice)
    expect(g.get_by_test_id("pay-cod")).to_be_checked()
    g.get_by_test_id("consent").check()
    g.get_by_test_id("place-order").click()

    # 3. The order page: one parcel per cooperative, each awaiting confirmation.
    expect(g).to_have_url(re.compile(rf"/{lang}/orders/[A-Za-z0-9]+/$"))
    expect(g.locator("html")).to_have_attribute("dir", rtl)
    expect(g.get_by_test_id("order-part")).to_have_count(2)
    awaiting = _in(lang, CooperativeOrderStatus.AWAITING_CONFIRMATION.label)
    expect(g.get_by_test_id("part-status")).to_have_text([awaiting] * 2)
    number = g.url.rstrip("/").rsplit("/", 1)[-1]
    order = Order.objects.get(number=number)
    assert order.customer is None
    assert order.payment_method == "cod"
    assert order.parts.count() == 2
    assert order.parts.get(cooperative=coop_argan).lines.get().name_in(lang) == ARGAN[lang]
    assert order.parts.get(cooperative=coop_honey).lines.get().name_in(lang) == HONEY[lang]

    # 4. Each cooperative's manager confirms after a call, ships and marks delivered.
    for cooperative in (coop_argan, coop_honey):
        _fulfil_in_back_office(browser, site, login_as, lang, cooperative, order)

    # 5. The guest's browser remembers the order: both parcels are delivered.
    g.reload()
    statuses = g.get_by_test_id("part-status")
    expect(statuses).to_have_count(2)
    expect(statuses).to_have_text([_in(lang, CooperativeOrderStatus.DELIVERED.label)] * 2)
    for part in g.get_by_test_id("order-part").all():
        expect(part).to_contain_text("RR123456785MA")

    # 6. The invoice of the argan parcel names the product in the page's language.
    argan_part = order.parts.get(cooperative=coop_argan)
    section = g.get_by_test_id("order-part").filter(has_text=ARGAN[lang])
    link = section.get_by_test_id("invoice-link")
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    assert href is not None and argan_part.number in href
    response = guest_context.request.get(f"{site}{href}")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    text = _pdf_text(response.body())
    assert unicodedata.normalize("NFKC", ARGAN[lang]) in text
    assert unicodedata.normalize("NFKC", HONEY[lang]) not in text

    # Another browser, without the guest's session, may not read it.
    stranger = browser.new_context()
    assert stranger.request.get(f"{site}{href}").status in (403, 404)
    stranger.close()
    guest_context.close()


def _no_horizontal_scroll(page: Page) -> None:
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{page.url} scrolls sideways by {overflow}px"


def test_phone_visitor_reaches_the_review_page_in_arabic_without_sideways_scrolling(
    browser: Browser, site: str
):
    (_, argan), (_, honey) = _two_cooperatives()
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    page = _new_page(context)

    for product in (argan, honey):
        _add_to_cart(page, site, "ar", product)
        _no_horizontal_scroll(page)
    expect(page.get_by_test_id("cart-group")).to_have_count(2)
    page.get_by_test_id("checkout").click()
    expect(page.get_by_test_id("details-form")).to_be_visible()
    _no_horizontal_scroll(page)
    _fill_details(page)
    expect(page.get_by_test_id("checkout-group")).to_have_count(2)
    expect(page.get_by_test_id("place-order")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    _no_horizontal_scroll(page)
    context.close()
