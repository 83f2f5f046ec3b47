"""Card payment pages: checkout sends the customer to the pay page, which posts a signed form
to the gateway (the simulator here); the pages CMI sends the browser back to show the state
from the database and never trust the posted fields."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from cooplab.accounts.tests.factories import UserFactory
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.ledger.models import JournalEntry
from cooplab.orders.models import Order
from cooplab.orders.tests.factories import ADDRESS, product_with_stock, variant_of
from cooplab.orders.tests.test_checkout_pages import _add, _place, _review
from cooplab.payments import card, simulator
from cooplab.payments.cmi import CMIConfig, verify_callback
from cooplab.payments.models import Payment, PaymentEvent, PaymentStatus
from cooplab.payments.simulator import CallbackDelivery, django_client_transport

from .helpers import card_order, post_callback, signed_callback, snapshot

pytestmark = pytest.mark.django_db


def transport(url: str, fields: Mapping[str, str]) -> CallbackDelivery:
    """The simulator's callback, posted through Django's test client (no network)."""
    return django_client_transport(Client())(url, fields)


@pytest.fixture(autouse=True)
def _simulator(settings):
    settings.CMI_SIMULATOR_TRANSPORT = "cooplab.payments.tests.test_card_pages.transport"
    settings.SITE_URL = "http://testserver"


def _url(name: str, language: str = "fr", **kwargs: str) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def _form(html: str, form_id: str = "cmi-pay") -> tuple[str, dict[str, str]]:
    """The action and hidden fields of the form ``form_id`` (not the header's forms)."""
    pattern = rf'<form id="{form_id}" method="post" action="([^"]*)"[^>]*>(.*?)</form>'
    match = re.search(pattern, html, re.S)
    assert match, html[:2000]
    pairs = re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', match.group(2))
    return unescape(match.group(1)), {unescape(name): unescape(value) for name, value in pairs}


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _state(response) -> str:
    return re.search(r'data-state="([^"]*)"', response.content.decode()).group(1)


def _customer_with_card_order() -> tuple[Client, Order, Payment]:
    customer = UserFactory()
    order = card_order(user=customer)
    client = Client()
    client.force_login(customer)
    return client, order, Payment.objects.get(order=order)


def _pay_on_simulator(client: Client, payment: Payment, card_number: str):
    page = client.get(_url("payments:pay", reference=payment.reference))
    assert page.status_code == 200
    action, fields = _form(page.content.decode())
    assert action == "/dev/cmi-simulator/"
    result = client.post("/dev/cmi-simulator/pay/", {**fields, "card": card_number})
    assert result.status_code == 200
    # The simulator sends the browser back with an auto-submitting POST form.
    back_url, back_fields = _form(result.content.decode(), "back-to-shop")
    back = client.post(_path(back_url), back_fields)
    assert back.status_code == 303
    return client.get(back["Location"])


def test_pay_page_posts_a_signed_form_to_the_gateway_and_counts_attempts():
    client, order, payment = _customer_with_card_order()
    page = client.get(_url("payments:pay", "ar", reference=payment.reference))
    html = page.content.decode()

    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert "<script>" not in html and "js/autosubmit.js" in html  # no inline script
    assert "data-autosubmit" in html and 'data-testid="pay-continue"' in html  # no-JS button
    action, fields = _form(html)
    assert "csrfmiddlewaretoken" not in fields  # nothing of ours goes to the gateway
    assert simulator.request_errors(fields, config=CMIConfig.from_settings()) == []
    assert fields["oid"] == order.number and fields["amount"] == f"{order.total:.2f}"
    assert fields["lang"] == "ar"
    assert fields["BillToName"] == order.customer_name and fields["email"] == order.email
    assert fields["CallbackURL"] == "http://testserver/payments/cmi/callback/"
    assert fields["okUrl"].startswith(f"http://testserver/ar/payments/{order.number}/paid/?t=")
    assert fields["failUrl"].startswith(f"http://testserver/ar/payments/{order.number}/not-paid/")

    client.get(_url("payments:pay", reference=payment.reference))
    attempts = PaymentEvent.objects.filter(payment=payment, kind="redirected")
    assert [event.data["attempt"] for event in attempts] == [1, 2]


def test_full_flow_approved_card_through_the_simulator():
    client, order, payment = _customer_with_card_order()

    page = _pay_on_simulator(client, payment, simulator.APPROVED_CARD)

    assert _state(page) == "paid"
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CAPTURED
    assert set(order.parts.values_list("status", flat=True)) == {"confirmed"}
    assert JournalEntry.objects.filter(idempotency_key=f"payment:{payment.pk}:captured").exists()
    # Nothing left to pay: the pay page sends the customer back to the order.
    again = client.get(_url("payments:pay", reference=payment.reference))
    assert again.status_code == 302 and again["Location"] == order.get_absolute_url()


def test_full_flow_declined_card_then_retry_succeeds():
    client, order, payment = _customer_with_card_order()

    page = _pay_on_simulator(client, payment, simulator.DECLINED_CARD)

    assert _state(page) == "failed"
    assert 'data-testid="pay-retry"' in page.content.decode()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.FAILED and payment.attempts == 1
    assert set(order.parts.values_list("status", flat=True)) == {"awaiting_payment"}
    assert not JournalEntry.objects.filter(idempotency_key__startswith="payment:").exists()

    page = _pay_on_simulator(client, payment, simulator.APPROVED_CARD)

    assert _state(page) == "paid"
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CAPTURED


def test_forged_approval_posted_to_ok_and_fail_pages_changes_nothing():
    client, order, payment = _customer_with_card_order()
    forged = signed_callback(payment, store_key="forged")  # looks approved, wrong hash
    forged_valid = signed_callback(payment)  # even a genuinely signed message is ignored here
    before = snapshot(payment)

    for name in ("payments:return_ok", "payments:return_fail"):
        for fields in (forged, forged_valid):
            response = client.post(_url(name, reference=payment.reference), fields)
            assert response.status_code == 303
            page = client.get(response["Location"])
            assert page.status_code == 200

    assert snapshot(payment) == before
    ok = client.get(_url("payments:return_ok", reference=payment.reference))
    assert _state(ok) == "waiting" and 'http-equiv="refresh"' in ok.content.decode()
    fail = client.get(_url("payments:return_fail", reference=payment.reference))
    assert _state(fail) == "not_completed" and 'data-testid="pay-retry"' in fail.content.decode()


def test_return_page_shows_the_database_state_for_cancelled_payments():
    client, order, payment = _customer_with_card_order()
    from cooplab.orders.states import Actor
    from cooplab.orders.tests.factories import advance

    advance(order, "expire", actor=Actor.SYSTEM)
    page = client.get(_url("payments:return_ok", reference=payment.reference))
    assert _state(page) == "cancelled"
    assert 'data-testid="pay-retry"' not in page.content.decode()


def test_signed_link_lets_the_browser_back_in_without_a_session():
    _client, order, payment = _customer_with_card_order()
    stranger = Client()
    path = _url("payments:return_ok", reference=payment.reference)
    assert stranger.get(path).status_code == 404
    assert stranger.get(f"{path}?t=forged").status_code == 404
    other = card_order()
    other_token = card.pay_token(Payment.objects.get(order=other))
    assert stranger.get(f"{path}?t={other_token}").status_code == 404
    # CMI's cross-site POST carries no cookie: the token in okUrl brings the customer back.
    token = card.pay_token(payment)
    response = stranger.post(f"{path}?t={token}", {"Response": "Approved"})
    assert response.status_code == 303 and response["Location"] == f"{path}?t={token}"
    assert stranger.get(response["Location"]).status_code == 200
    assert stranger.get(path).status_code == 200  # remembered in this browser's session now


def test_pay_page_is_for_the_customer_only():
    _client, order, payment = _customer_with_card_order()
    path = _url("payments:pay", reference=payment.reference)
    assert Client().get(path).status_code == 404
    intruder = Client()
    intruder.force_login(UserFactory())
    assert intruder.get(path).status_code == 404
    assert not PaymentEvent.objects.filter(kind="redirected").exists()


def test_order_page_shows_the_payment_and_a_pay_button_while_payable():
    client, order, payment = _customer_with_card_order()
    html = client.get(order.get_absolute_url()).content.decode()
    assert 'data-testid="pay-by-card"' in html and 'data-testid="payment-status"' in html

    post_callback(signed_callback(payment))
    html = client.get(order.get_absolute_url()).content.decode()
    assert 'data-testid="pay-by-card"' not in html and 'data-testid="card-payment"' in html


def test_web_checkout_offers_the_card_and_sends_the_customer_to_the_pay_page():
    client = Client()
    _add(client, variant_of(product_with_stock(CooperativeFactory())), 1)
    review = _review(client)
    assert 'data-testid="pay-card"' in review

    response = _place(client, review, payment_method="card")

    order = Order.objects.get()
    assert order.payment_method == "card"
    assert response.status_code == 302
    assert response["Location"] == _url("payments:pay", reference=order.number)
    assert client.get(response["Location"]).status_code == 200  # the guest's session


def test_api_checkout_returns_a_payment_url():
    client = Client()
    variant = variant_of(product_with_stock(CooperativeFactory(), stock=5))
    token = client.post("/api/v1/shop/cart", {}, content_type="application/json").json()["token"]
    client.post(
        "/api/v1/shop/cart/lines",
        {"variant_id": variant.pk, "quantity": 1},
        content_type="application/json",
        HTTP_X_CART_TOKEN=token,
    )
    body = {
        "details": dict(ADDRESS),
        "payment_method": "card",
        "consent": True,
        "idempotency_key": uuid.uuid4().hex,
    }
    created = client.post(
        "/api/v1/shop/checkout", body, content_type="application/json", HTTP_X_CART_TOKEN=token
    )

    assert created.status_code == 201, created.content
    url = created.json()["payment_url"]
    order = Order.objects.get()
    assert url.startswith(f"http://testserver/fr/payments/{order.number}/pay/?t=")
    browser = Client()  # another client: the signed link is enough
    page = browser.get(_path(url))
    assert page.status_code == 200 and "data-autosubmit" in page.content.decode()

    post_callback(signed_callback(Payment.objects.get(order=order)))
    found = client.get(f"/api/v1/shop/orders/{order.number}?phone=0661234567")
    assert found.json()["payment_url"] == ""


def test_callback_verification_of_the_simulator_matches_the_shop():
    # The simulator signs with the same store key (|, \ included) the shop verifies with.
    _client, _order, payment = _customer_with_card_order()
    fields = signed_callback(payment)
    assert verify_callback(fields, config=CMIConfig.from_settings()).approved
