"""Cart and checkout pages. They parse input, call the services and render; the rules (stock,
prices, delivery, idempotency) live in the services and `pricing`."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cooplab.accounts.models import User
from cooplab.core.regions import all_city_choices, region_choices

from .. import services
from ..models import Cart, PaymentMethod
from ..payment_methods import enabled_methods
from ..selectors import cart_view

CART_SESSION_KEY = "cart_token"
CHECKOUT_SESSION_KEY = "checkout_details"
ORDERS_SESSION_KEY = "order_numbers"
DETAIL_FIELDS = (
    "customer_name",
    "phone",
    "email",
    "gift",
    "recipient_name",
    "recipient_phone",
    "region",
    "city",
    "street",
    "landmark",
    "postal_code",
)


def signed_in_user(request: HttpRequest) -> User | None:
    user = request.user
    return user if isinstance(user, User) and user.is_authenticated else None


def current_cart(request: HttpRequest) -> Cart | None:
    return services.cart_find(
        user=signed_in_user(request), token=request.session.get(CART_SESSION_KEY)
    )


def current_cart_or_new(request: HttpRequest) -> Cart:
    user = signed_in_user(request)
    cart = services.cart_get_or_create(user=user, token=request.session.get(CART_SESSION_KEY))
    if user is None:
        request.session[CART_SESSION_KEY] = str(cart.token)
    return cart


def remember_order(request: HttpRequest, number: str) -> None:
    """Guests see the orders placed from this browser."""
    numbers = [n for n in request.session.get(ORDERS_SESSION_KEY, []) if n != number]
    request.session[ORDERS_SESSION_KEY] = [number, *numbers][:20]


def _safe_next(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


def _error_texts(exc: ValidationError) -> list[str]:
    return [str(message) for message in exc.messages]


@require_http_methods(["GET"])
def cart_detail(request: HttpRequest) -> HttpResponse:
    view = cart_view(current_cart(request))
    return render(request, "orders/cart.html", {"view": view})


@require_POST
def cart_add(request: HttpRequest) -> HttpResponse:
    cart = current_cart_or_new(request)
    try:
        line = services.cart_add(
            cart=cart,
            variant_id=request.POST.get("variant", ""),
            quantity=request.POST.get("quantity", "1"),
        )
    except ValidationError as exc:
        for text in _error_texts(exc):
            messages.error(request, text)
        return redirect(_safe_next(request, reverse("orders:cart")))
    messages.success(
        request,
        _("%(product)s (%(size)s) is in your cart.")
        % {"product": line.variant.product.name, "size": line.variant.label},
    )
    return redirect(reverse("orders:cart"))


@require_POST
def cart_update(request: HttpRequest) -> HttpResponse:
    cart = current_cart(request)
    if cart is None:
        return redirect("orders:cart")
    try:
        if request.POST.get("action") == "accept_prices":
            services.cart_accept_prices(cart=cart)
        elif request.POST.get("action") == "remove":
            services.cart_remove(cart=cart, variant_id=request.POST.get("variant", ""))
        else:
            services.cart_set_quantity(
                cart=cart,
                variant_id=request.POST.get("variant", ""),
                quantity=request.POST.get("quantity", ""),
            )
    except ValidationError as exc:
        for text in _error_texts(exc):
            messages.error(request, text)
    return redirect("orders:cart")


# --- Checkout -------------------------------------------------------------------------


def _initial_details(request: HttpRequest) -> dict[str, Any]:
    saved = request.session.get(CHECKOUT_SESSION_KEY)
    if saved:
        return dict(saved)
    user = signed_in_user(request)
    initial: dict[str, Any] = {}
    if user is not None:
        initial["customer_name"] = user.get_full_name() if hasattr(user, "get_full_name") else ""
        initial["email"] = user.email or ""
        initial["phone"] = user.phone or ""
        last = user.orders.order_by("-created_at").first()
        if last is not None:
            for name in ("customer_name", "phone", "region", "city", "street", "landmark"):
                initial[name] = getattr(last, name) or initial.get(name, "")
            initial["postal_code"] = last.postal_code
    return initial


def _methods_from(request: HttpRequest) -> dict[int, str]:
    chosen: dict[int, str] = {}
    for key, value in request.POST.items():
        if key.startswith("delivery-") and key[9:].isdigit():
            chosen[int(key[9:])] = str(value)
    return chosen


def _render_details(
    request: HttpRequest, data: dict[str, Any], errors: dict[str, list[str]] | None = None
) -> HttpResponse:
    view = cart_view(current_cart(request))
    return render(
        request,
        "orders/checkout_details.html",
        {
            "view": view,
            "data": data,
            "errors": errors or {},
            "regions": region_choices(),
            "cities": all_city_choices(),
        },
        status=400 if errors else 200,
    )


def _render_review(
    request: HttpRequest,
    *,
    details: services.CheckoutDetails,
    methods: dict[int, str],
    payment_method: str,
    errors: list[str] | None = None,
    status: int = 200,
) -> HttpResponse:
    view = cart_view(
        current_cart(request), region=details.region, city=details.city_slug, methods=methods
    )
    priced = view.priced
    return render(
        request,
        "orders/checkout_review.html",
        {
            "view": view,
            "details": details,
            "fingerprint": priced.fingerprint() if priced else "",
            "checkout_key": secrets.token_urlsafe(24),
            "payment_methods": enabled_methods(),
            "payment_method": payment_method,
            "errors": errors or [],
            "withdrawal_days": settings.ORDER_WITHDRAWAL_DAYS,
            "confirmation_hours": settings.ORDER_CONFIRMATION_HOURS,
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
def checkout(request: HttpRequest) -> HttpResponse:
    """Step 1: who and where (kept in the session). Step 2: review everything the law asks to
    show (sellers, prices, delivery, withdrawal rights), choose delivery and payment, consent,
    place the order."""
    cart = current_cart(request)
    step = request.POST.get("step") if request.method == "POST" else None
    placing = step == "review" and request.POST.get("action") == "place"
    if not placing and not cart_view(cart).items:
        messages.info(request, _("Your cart is empty."))
        return redirect("orders:cart")
    if request.method == "GET" and (
        request.GET.get("edit") or not request.session.get(CHECKOUT_SESSION_KEY)
    ):
        return _render_details(request, _initial_details(request))
    if step == "details":
        data = {name: request.POST.get(name, "") for name in DETAIL_FIELDS}
        if not data.get("gift"):
            data["recipient_name"] = data["recipient_phone"] = ""
        try:
            services.checkout_details_clean(data)
        except ValidationError as exc:
            return _render_details(request, data, exc.message_dict)
        request.session[CHECKOUT_SESSION_KEY] = data
        return redirect("orders:checkout")
    try:
        details = services.checkout_details_clean(request.session.get(CHECKOUT_SESSION_KEY, {}))
    except ValidationError:
        return _render_details(request, _initial_details(request))
    methods = _methods_from(request) if request.method == "POST" else {}
    payment_method = request.POST.get("payment_method", "cod")
    if not placing:
        return _render_review(
            request, details=details, methods=methods, payment_method=payment_method
        )
    if cart is None:  # a second submission after the first emptied the cart is fine
        cart = current_cart_or_new(request)
    try:
        placement = services.order_place(
            cart=cart,
            customer=signed_in_user(request),
            details=details,
            delivery_methods=methods,
            payment_method=payment_method,
            idempotency_key=request.POST.get("checkout_key", ""),
            consent=bool(request.POST.get("consent")),
            expected_fingerprint=request.POST.get("fingerprint", ""),
            language=get_language(),
        )
    except services.OrderNotPlaced as exc:
        return _render_review(
            request,
            details=details,
            methods=methods,
            payment_method=payment_method,
            errors=_error_texts(exc),
            status=409 if exc.reason in ("changed", "unavailable") else 400,
        )
    order = placement.order
    remember_order(request, order.number)
    if placement.created:
        messages.success(
            request, _("Thank you! Your order %(number)s is placed.") % {"number": order.number}
        )
    if order.payment_method == PaymentMethod.CARD:
        # Straight on to the gateway (the pay page refuses when nothing is left to pay).
        return redirect("payments:pay", reference=order.number)
    return redirect(order.get_absolute_url())
