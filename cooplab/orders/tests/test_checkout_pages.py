"""Cart and checkout pages, as a visitor and as a customer: the whole path from "add to cart"
to the order page, what the law asks to show, double submissions, and refusals that change
nothing."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client
from django.urls import reverse

from cooplab.accounts.tests.factories import UserFactory
from cooplab.catalog.models import Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.orders.models import Cart, CartLine, Order

from .factories import ADDRESS, product_with_stock, variant_of

pytestmark = pytest.mark.django_db


def _url(name: str, language: str = "fr", **kwargs: str) -> str:
    from django.utils import translation

    with translation.override(language):
        return reverse(f"orders:{name}", kwargs=kwargs or None)


def _add(client: Client, variant: Variant, quantity: int | str = 1, language: str = "fr"):
    return client.post(
        _url("cart_add", language), {"variant": variant.pk, "quantity": quantity}, follow=True
    )


def _hidden(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert match, name
    return match.group(1)


def _review(client: Client, language: str = "fr") -> str:
    response = client.post(_url("checkout", language), {"step": "details", **ADDRESS})
    assert response.status_code == 302, response.content.decode()[:2000]
    page = client.get(_url("checkout", language))
    assert page.status_code == 200
    return page.content.decode()


def _place(client: Client, html: str, language: str = "fr", **extra: str):
    data = {
        "step": "review",
        "action": "place",
        "fingerprint": _hidden(html, "fingerprint"),
        "checkout_key": _hidden(html, "checkout_key"),
        "payment_method": "cod",
        "consent": "1",
        **extra,
    }
    return client.post(_url("checkout", language), data)


def test_guest_buys_from_two_cooperatives_and_sees_the_order():
    client = Client()
    argan = variant_of(product_with_stock(CooperativeFactory(), name="Huile d'argan"))
    honey = variant_of(product_with_stock(CooperativeFactory(), name="Miel de thym"))
    _add(client, argan, 2)
    _add(client, honey, 1)

    cart_page = unescape(client.get(_url("cart")).content.decode())
    assert cart_page.count('data-testid="cart-group"') == 2

    review = unescape(_review(client))
    # Law 31-08: seller identity, total with delivery, withdrawal right, before ordering.
    assert review.count('data-testid="checkout-group"') == 2
    assert "001561191000066" in review  # the sellers' ICE
    assert "None (perishable product)" in review or "Aucun" in review
    response = _place(client, review)

    order = Order.objects.get()
    assert response.status_code == 302 and response["Location"] == order.get_absolute_url()
    assert order.parts.count() == 2 and order.customer is None
    detail = unescape(client.get(response["Location"]).content.decode())
    assert order.number in detail and detail.count('data-testid="order-part"') == 2
    assert 'data-testid="confirm-code"' in detail
    assert CartLine.objects.count() == 0


def test_double_click_on_place_order_gives_one_order():
    client = Client()
    _add(client, variant_of(product_with_stock(stock=5)))
    review = _review(client)
    first = _place(client, review)
    second = _place(client, review)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Order.objects.count() == 1


def test_changed_price_between_review_and_submit_is_shown_not_charged():
    client = Client()
    variant = variant_of(product_with_stock(stock=5, price="100.00"))
    _add(client, variant)
    review = _review(client)
    Variant.objects.filter(pk=variant.pk).update(price="130.00")

    response = _place(client, review)

    assert response.status_code == 409
    assert Order.objects.count() == 0
    page = unescape(response.content.decode())
    assert "changed" in page or "changé" in page
    assert "130,00" in page  # the new total is on the page to review again


def test_sold_out_while_reviewing_is_a_clean_answer():
    client = Client()
    variant = variant_of(product_with_stock(stock=5))
    _add(client, variant, 2)
    review = _review(client)
    Variant.objects.filter(pk=variant.pk).update(stock=1)

    response = _place(client, review)

    assert response.status_code == 409
    assert "Il ne reste que 1" in unescape(response.content.decode()) or Order.objects.count() == 0
    assert Order.objects.count() == 0
    assert Variant.objects.get(pk=variant.pk).stock == 1


def test_consent_is_required():
    client = Client()
    _add(client, variant_of(product_with_stock(stock=5)))
    review = _review(client)
    response = _place(client, review, consent="")
    assert response.status_code == 400 and Order.objects.count() == 0


def test_details_errors_are_shown_on_the_form_in_arabic():
    client = Client()
    _add(client, variant_of(product_with_stock(stock=5)), language="ar")
    response = client.post(
        _url("checkout", "ar"), {"step": "details", **ADDRESS, "phone": "123", "region": ""}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'dir="rtl"' in html and 'aria-invalid="true"' in html


def test_empty_cart_cannot_reach_checkout():
    response = Client().get(_url("checkout"))
    assert response.status_code == 302 and response["Location"] == _url("cart")


def test_cart_add_refuses_more_than_the_stock_and_bad_quantities():
    client = Client()
    variant = variant_of(product_with_stock(stock=3))
    for quantity in (4, 0, -1, "1.5", "abc", 100):
        _add(client, variant, quantity)
    assert CartLine.objects.count() == 0
    _add(client, variant, 3)
    assert CartLine.objects.get().quantity == 3
    page = unescape(_add(client, variant, 1).content.decode())
    assert CartLine.objects.get().quantity == 3
    assert "3" in page


def test_price_change_since_adding_is_shown_in_the_cart():
    client = Client()
    variant = variant_of(product_with_stock(stock=5, price="100.00"))
    _add(client, variant)
    Variant.objects.filter(pk=variant.pk).update(price="90.00")
    page = unescape(client.get(_url("cart")).content.decode())
    assert 'data-testid="price-changes"' in page
    client.post(_url("cart_update"), {"action": "accept_prices"})
    page = client.get(_url("cart")).content.decode()
    assert 'data-testid="price-changes"' not in page


def test_visitor_cart_joins_the_account_cart_at_login():
    user = UserFactory(password="a-long-password-2026")
    client = Client()
    variant = variant_of(product_with_stock(stock=5))
    _add(client, variant, 2)
    assert Cart.objects.filter(user__isnull=True).count() == 1

    response = client.post(
        reverse("account_login"), {"login": user.email, "password": "a-long-password-2026"}
    )

    assert response.status_code == 302
    cart = Cart.objects.get(user=user)
    assert cart.lines.get().quantity == 2
    assert not Cart.objects.filter(user__isnull=True).exists()


def test_cart_page_query_count_does_not_grow_with_lines(django_assert_max_num_queries):
    client = Client()
    for _ in range(6):
        _add(client, variant_of(product_with_stock(CooperativeFactory(), stock=5)))
    with django_assert_max_num_queries(12):
        assert client.get(_url("cart")).status_code == 200
