"""A buyer pays by card through the CMI simulator, the cooperative ships and delivers, the
payout batch includes the order net of commission, staff approve it with a second factor, and
the statement PDF lists the order — in Arabic and in French (acceptance of issue 6).

The simulator posts its server-to-server callback to the live server over HTTP (the real
transport), so the shop's callback view, hash check and capture run as in production.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import Browser, BrowserContext, Page, expect

from cooplab.catalog.categories import categories_sync
from cooplab.catalog.models import Category
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of
from cooplab.core.money import format_money
from cooplab.core.rib import rib_key
from cooplab.ledger.models import JournalEntry
from cooplab.ledger.postings import part_split
from cooplab.orders.models import CooperativeOrder, CooperativeOrderStatus, Order
from cooplab.orders.services.fulfilment import parts_complete
from cooplab.orders.tests.factories import product_with_stock
from cooplab.payments.models import Payment, PaymentStatus
from cooplab.payments.simulator import APPROVED_CARD
from cooplab.payouts.models import Payout, PayoutStatus
from cooplab.payouts.selectors import current_period, period_start
from cooplab.payouts.tests.helpers import finance_staff, pdf_text, totp_code

S = CooperativeOrderStatus
ARGAN = {"fr": "Huile d'argan", "ar": "زيت أركان"}
RIB = "0077800000000000000001" + rib_key("0077800000000000000001")


@pytest.fixture(autouse=True)
def _categories(transactional_db: None) -> None:
    categories_sync(Category)


def _new_page(context: BrowserContext) -> Page:
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _url(lang: str, name: str, **kwargs: Any) -> str:
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def _in(lang: str, value: Any) -> str:
    with translation.override(lang):
        return str(value)


def _buy_by_card(page: Page, site: str, lang: str, product: Any) -> Order:
    page.goto(f"{site}/{lang}/products/{product.slug}/")
    page.get_by_test_id("add-to-cart").click()
    expect(page).to_have_url(re.compile(rf"/{lang}/cart/$"))
    page.get_by_test_id("checkout").click()
    form = page.get_by_test_id("details-form")
    form.locator("[name=customer_name]").fill("Salma Bennani")
    form.locator("[name=phone]").fill("06 61 23 45 67")
    form.locator("select[name=region]").select_option("MA-06")
    form.locator("[name=city]").fill("Casablanca")
    form.locator("[name=street]").fill("12 rue des Orangers, Maârif")
    page.get_by_test_id("details-continue").click()
    page.get_by_test_id("pay-card").check()
    page.get_by_test_id("consent").check()
    page.get_by_test_id("place-order").click()

    # The pay page sends the browser on to the (simulated) hosted page by itself.
    expect(page.get_by_role("button", name=re.compile(APPROVED_CARD))).to_be_visible()
    page.get_by_role("button", name=re.compile(APPROVED_CARD)).click()

    # Back at the shop: the page shows what the database knows (the callback came first).
    state = page.get_by_test_id("payment-state")
    expect(state).to_have_attribute("data-state", "paid")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    return Order.objects.get(pk=Payment.objects.get(status=PaymentStatus.CAPTURED).order_id)


def _ship_and_deliver(
    browser: Browser, site: str, login_as: Any, lang: str, part: CooperativeOrder
) -> None:
    context = browser.new_context()
    login_as(context, manager_of(part.cooperative))
    page = _new_page(context)
    page.goto(
        site
        + _url(
            lang,
            "orders:coop_order",
            cooperative_id=part.cooperative.public_id,
            number=part.number,
        )
    )
    status = page.get_by_test_id("order-status")
    expect(status).to_have_text(_in(lang, S.CONFIRMED.label))
    ship = page.get_by_test_id("action-ship")
    form = page.locator("form", has=ship)
    if not ship.is_visible():
        page.locator("details.ord-action-form", has=ship).locator("summary").click()
    form.locator("select[name=carrier]").select_option("Amana")
    form.locator("input[name=tracking_number]").fill("RR123456785MA")
    ship.click()
    expect(status).to_have_text(_in(lang, S.SHIPPED.label))
    page.get_by_test_id("action-deliver").click()
    expect(status).to_have_text(_in(lang, S.DELIVERED.label))
    context.close()


def _a_week_and_a_batch_date_later(part: CooperativeOrder) -> None:
    """The 7-day withdrawal period ends and the part is closed before the batch date. Time is
    moved by rewriting the part's timestamps (the services read them, not the clock)."""
    before_batch = period_start(current_period()) - timedelta(days=1)
    CooperativeOrder.objects.filter(pk=part.pk).update(delivered_at=before_batch - timedelta(7))
    assert parts_complete(now=before_batch) == 1
    CooperativeOrder.objects.filter(pk=part.pk).update(closed_at=before_batch)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_card_payment_to_approved_payout_and_statement(
    browser: Browser, site: str, login_as: Any, settings: Any, lang: str
):
    settings.SITE_URL = site  # the gateway's return and callback addresses
    cooperative = CooperativeFactory.create(rib=RIB, account_holder="Coopérative Tighanimine")
    product = product_with_stock(cooperative, price="174.50", name=ARGAN["fr"], name_ar=ARGAN[lang])

    # 1. A guest pays by card on the simulated CMI page.
    buyer = browser.new_context()
    order = _buy_by_card(_new_page(buyer), site, lang, product)
    buyer.close()
    part = order.parts.get()
    assert part.status == S.CONFIRMED
    assert JournalEntry.objects.filter(kind="card_capture").count() == 1

    # 2. The cooperative ships and delivers; the withdrawal period passes.
    _ship_and_deliver(browser, site, login_as, lang, part)
    part.refresh_from_db()
    _a_week_and_a_batch_date_later(part)
    split = part_split(part)
    assert split.share == part.total - split.commission > 0

    # 3. Staff create the batch: the order is in it, net of commission.
    staff, secret = finance_staff()
    context = browser.new_context()
    login_as(context, staff)
    page = _new_page(context)
    page.goto(site + _url(lang, "payouts:staff_list"))
    page.get_by_test_id("create-batch").click()
    row = page.get_by_test_id("payout-row")
    expect(row).to_have_count(1)
    payout = Payout.objects.get(cooperative=cooperative)
    assert payout.amount == split.share
    row.get_by_role("link", name=payout.public_id).click()
    lines = page.get_by_test_id("payout-line")
    expect(lines).to_have_count(1)
    expect(lines).to_contain_text(part.number)
    expect(lines).to_contain_text(format_money(split.share, lang))

    # 4. A wrong code approves nothing; the code of the staff member's authenticator does.
    page.locator("#id_otp_code").fill("000000" if totp_code(secret) != "000000" else "111111")
    page.get_by_test_id("approve").click()
    status = page.get_by_test_id("payout-status")
    expect(status).to_have_text(_in(lang, PayoutStatus.DRAFT.label))
    page.locator("#id_otp_code").fill(totp_code(secret))
    with page.expect_navigation():
        page.get_by_test_id("approve").click()
    expect(status).to_have_text(_in(lang, PayoutStatus.APPROVED.label))
    payout.refresh_from_db()
    assert (payout.status, payout.approved_by_id, payout.rib) == ("approved", staff.pk, RIB)

    # 5. The statement PDF lists the order and the amount transferred.
    pdf = context.request.get(
        site + _url(lang, "payouts:staff_statement_pdf", number=payout.public_id)
    )
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    text = pdf_text(pdf.body())
    assert part.number in text
    assert payout.public_id in text
    context.close()
    assert payout.amount + split.commission == order.total == Decimal(part.total)
    assert timezone.now() > part.delivered_at
