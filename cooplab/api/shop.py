"""The shop API for customers' apps: cart, checkout, orders. Same services as the pages.

Who is calling: a customer sends a personal token (`Authorization: Bearer cl_…`); a guest
keeps the cart token returned by `POST /shop/cart` and sends it as `X-Cart-Token`. Session
cookies are not used here, so no other site can act through a signed-in browser (no CSRF).
Guests see an order with its number and the phone number given at checkout.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from ninja.errors import AuthenticationError

from cooplab.accounts.models import User
from cooplab.accounts.tokens import api_token_authenticate
from cooplab.api.common import money_text
from cooplab.orders import services
from cooplab.orders.models import Cart, CooperativeOrder, Order, PaymentMethod
from cooplab.orders.selectors import (
    CartView,
    cart_view,
    order_lookup,
    orders_of_customer,
)
from cooplab.orders.states import Actor, InvalidTransition, allowed_actions
from cooplab.payments.card import is_payable, pay_token
from cooplab.payments.models import Payment

router = Router(tags=["shop"])


# ---- who is calling -------------------------------------------------------------------------


def _bearer_user(request: HttpRequest) -> User | None:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    user = api_token_authenticate(header[7:].strip())
    if user is None:
        raise AuthenticationError()
    return user


def _cart(request: HttpRequest) -> Cart | None:
    token = request.headers.get("X-Cart-Token", "")
    return services.cart_find(user=_bearer_user(request), token=token or None)


def _cart_or_new(request: HttpRequest) -> Cart:
    token = request.headers.get("X-Cart-Token", "")
    return services.cart_get_or_create(user=_bearer_user(request), token=token or None)


# ---- schemas --------------------------------------------------------------------------------


class ErrorOut(Schema):
    detail: Any


class LineIn(Schema):
    variant_id: Any = Field(description="A size (variant) id.")
    quantity: Any = Field(1, description="A whole number of units, 1 to 99.")


class QuantityIn(Schema):
    quantity: Any


class LineOut(Schema):
    variant_id: int
    product: str
    size: str
    quantity: int
    unit_price: str
    line_total: str
    available: int
    problem: str = Field(description='"", "sold_out", "insufficient" or "unavailable".')
    price_changed_from: str | None


class GroupOut(Schema):
    cooperative_id: uuid.UUID
    cooperative: str
    lines: list[LineOut]
    subtotal: str
    delivery_methods: list[str]
    delivery_method: str
    delivery_cost: str | None
    total: str


class CartOut(Schema):
    token: uuid.UUID | None
    groups: list[GroupOut]
    subtotal: str
    delivery_total: str
    total: str
    fingerprint: str = Field(description="Send it back with the checkout to agree to this.")
    ready: bool = Field(description="No line has a problem.")


class DetailsIn(Schema):
    customer_name: str
    phone: str
    email: str = ""
    recipient_name: str = ""
    recipient_phone: str = ""
    region: str
    city: str
    street: str
    landmark: str = ""
    postal_code: str = ""


class CheckoutIn(Schema):
    details: DetailsIn
    delivery_methods: dict[str, str] = Field(
        default_factory=dict, description="Cooperative id → 'home' or 'pickup'."
    )
    payment_method: str = "cod"
    consent: bool = False
    idempotency_key: str = Field(description="16–64 characters, one per checkout attempt.")
    expected_fingerprint: str | None = None


class PartOut(Schema):
    number: str
    cooperative: str
    status: str
    status_label: str
    delivery_method: str
    delivery_cost: str
    total: str
    carrier: str
    tracking_number: str
    tracking_url: str
    actions: list[str]
    lines: list[dict[str, Any]]
    events: list[dict[str, Any]]


class OrderOut(Schema):
    number: str
    created_at: str
    payment_method: str
    payment_url: str = Field(
        default="",
        description="Card orders still to pay: open this address in a browser to pay on CMI's "
        "page (signed, valid 7 days). Empty otherwise.",
    )
    subtotal: str
    delivery_total: str
    total: str
    parts: list[PartOut]


class CodeIn(Schema):
    code: str
    phone: str = ""


class CancelIn(Schema):
    reason: str = ""
    phone: str = ""


# ---- rendering ------------------------------------------------------------------------------


def _cart_out(view: CartView) -> dict[str, Any]:
    groups = []
    for group, items in view.groups():
        lines = []
        for line, item in zip(group.lines, items, strict=True):
            lines.append(
                {
                    "variant_id": line.variant.pk,
                    "product": line.variant.product.name,
                    "size": line.variant.label,
                    "quantity": line.quantity,
                    "unit_price": money_text(line.unit_price),
                    "line_total": money_text(line.line_total),
                    "available": item.available,
                    "problem": item.problem,
                    "price_changed_from": money_text(item.price_changed_from),
                }
            )
        groups.append(
            {
                "cooperative_id": group.cooperative.public_id,
                "cooperative": group.cooperative.name,
                "lines": lines,
                "subtotal": money_text(group.subtotal),
                "delivery_methods": group.methods,
                "delivery_method": group.method,
                "delivery_cost": money_text(group.delivery_cost) if group.quote else None,
                "total": money_text(group.total),
            }
        )
    priced = view.priced
    return {
        "token": view.cart.token if view.cart else None,
        "groups": groups,
        "subtotal": money_text(priced.subtotal) if priced else "0.00",
        "delivery_total": money_text(priced.delivery_total) if priced else "0.00",
        "total": money_text(priced.total) if priced else "0.00",
        "fingerprint": priced.fingerprint() if priced else "",
        "ready": bool(view.items) and not view.has_problems,
    }


def _part_out(part: CooperativeOrder) -> dict[str, Any]:
    language = get_language() or "fr"
    return {
        "number": part.number,
        "cooperative": part.seller_name,
        "status": part.status,
        "status_label": str(part.get_status_display()),
        "delivery_method": part.delivery_method,
        "delivery_cost": money_text(part.delivery_cost),
        "total": money_text(part.total),
        "carrier": part.carrier,
        "tracking_number": part.tracking_number,
        "tracking_url": part.tracking_url,
        "actions": allowed_actions(part.status, Actor.CUSTOMER),
        "lines": [
            {
                "product": line.name_in(language),
                "size": line.variant_label,
                "quantity": line.quantity,
                "unit_price": money_text(line.unit_price),
                "line_total": money_text(line.line_total),
                "withdrawal_allowed": line.withdrawal_allowed,
            }
            for line in part.lines.all()
        ],
        "events": [
            {"kind": event.kind, "status": event.to_status, "at": event.created_at.isoformat()}
            for event in part.events.all()
        ],
    }


def _order_out(order: Order) -> dict[str, Any]:
    return {
        "number": order.number,
        "created_at": order.created_at.isoformat(),
        "payment_method": order.payment_method,
        "payment_url": _payment_url(order),
        "subtotal": money_text(order.subtotal),
        "delivery_total": money_text(order.delivery_total),
        "total": money_text(order.total),
        "parts": [_part_out(part) for part in order.parts.all()],
    }


def _payment_url(order: Order) -> str:
    """The signed pay page of a card order that can still be paid (else "")."""
    if order.payment_method != PaymentMethod.CARD:
        return ""
    payment = Payment.objects.filter(order=order).first()
    if payment is None or not is_payable(payment):
        return ""
    path = reverse("payments:pay", kwargs={"reference": payment.reference})
    return f"{settings.SITE_URL.rstrip('/')}{path}?t={pay_token(payment)}"


def _errors(exc: ValidationError) -> list[str]:
    return [str(message) for message in exc.messages]


def _find_order(request: HttpRequest, number: str, phone: str = "") -> Order | None:
    """The caller's order: theirs by token, or a guest's by number and phone."""
    user = _bearer_user(request)
    queryset = Order.objects.prefetch_related("parts__lines", "parts__events")
    if user is not None and queryset.filter(number=number, customer=user).exists():
        return queryset.get(number=number)
    found = order_lookup(number=number, phone=phone) if phone else None
    return queryset.get(pk=found.pk) if found else None


# ---- endpoints ------------------------------------------------------------------------------


@router.post("/cart", response={200: CartOut, 201: CartOut}, auth=None)
def shop_cart_create(request: HttpRequest) -> Status[dict[str, Any]]:
    """A new guest cart (keep its token), or the signed-in customer's cart."""
    existing = _cart(request)
    cart = existing or _cart_or_new(request)
    return Status(200 if existing else 201, _cart_out(cart_view(cart)))


@router.get("/cart", response={200: CartOut, 404: ErrorOut}, auth=None)
def shop_cart(request: HttpRequest, region: str = "", city: str = "") -> Status[dict[str, Any]]:
    """The cart grouped per cooperative; with `region` (and `city`), delivery is quoted."""
    cart = _cart(request)
    if cart is None:
        return Status(404, {"detail": _("Your cart is empty.")})
    methods: dict[int, str] = {}
    for key, value in request.GET.items():
        if key.startswith("delivery-") and key[9:].isdigit():
            methods[int(key[9:])] = str(value)
    slug = services.city_slug_for(region=region, city=city) if region and city else ""
    try:
        view = cart_view(cart, region=region, city=slug, methods=methods)
    except (KeyError, ValidationError):
        view = cart_view(cart)
    return Status(200, _cart_out(view))


@router.post("/cart/lines", response={200: CartOut, 404: ErrorOut, 422: ErrorOut}, auth=None)
def shop_cart_add(request: HttpRequest, payload: LineIn) -> Status[dict[str, Any]]:
    cart = _cart(request)
    if cart is None:
        return Status(404, {"detail": _("Create a cart first.")})
    try:
        services.cart_add(cart=cart, variant_id=payload.variant_id, quantity=payload.quantity)
    except ValidationError as exc:
        return Status(422, {"detail": _errors(exc)})
    return Status(200, _cart_out(cart_view(cart)))


@router.put(
    "/cart/lines/{variant_id}", response={200: CartOut, 404: ErrorOut, 422: ErrorOut}, auth=None
)
def shop_cart_set(
    request: HttpRequest, variant_id: int, payload: QuantityIn
) -> Status[dict[str, Any]]:
    cart = _cart(request)
    if cart is None:
        return Status(404, {"detail": _("Create a cart first.")})
    try:
        services.cart_set_quantity(cart=cart, variant_id=variant_id, quantity=payload.quantity)
    except ValidationError as exc:
        return Status(422, {"detail": _errors(exc)})
    return Status(200, _cart_out(cart_view(cart)))


@router.delete("/cart/lines/{variant_id}", response={200: CartOut, 404: ErrorOut}, auth=None)
def shop_cart_remove(request: HttpRequest, variant_id: int) -> Status[dict[str, Any]]:
    cart = _cart(request)
    if cart is None:
        return Status(404, {"detail": _("Create a cart first.")})
    services.cart_remove(cart=cart, variant_id=variant_id)
    return Status(200, _cart_out(cart_view(cart)))


@router.post(
    "/checkout",
    response={200: OrderOut, 201: OrderOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    auth=None,
)
def shop_checkout(request: HttpRequest, payload: CheckoutIn) -> Status[dict[str, Any]]:
    """Place the order. The same `idempotency_key` returns the same order (200) instead of a
    second one; 409 when stock or prices changed (check the cart again); 422 for bad input."""
    cart = _cart_or_new(request)
    try:
        details = services.checkout_details_clean(payload.details.dict())
        methods: dict[int, str] = {}
        for key, value in payload.delivery_methods.items():
            cooperative = cart_cooperative(cart, key)
            if cooperative is not None:
                methods[cooperative] = value
        placement = services.order_place(
            cart=cart,
            customer=_bearer_user(request),
            details=details,
            delivery_methods=methods,
            payment_method=payload.payment_method,
            idempotency_key=payload.idempotency_key,
            consent=payload.consent,
            expected_fingerprint=payload.expected_fingerprint,
            language=get_language(),
        )
    except services.OrderNotPlaced as exc:
        status = 409 if exc.reason in ("unavailable", "changed") else 422
        return Status(status, {"detail": _errors(exc)})
    except ValidationError as exc:
        return Status(
            422, {"detail": exc.message_dict if hasattr(exc, "error_dict") else _errors(exc)}
        )
    order = Order.objects.prefetch_related("parts__lines", "parts__events").get(
        pk=placement.order.pk
    )
    return Status(201 if placement.created else 200, _order_out(order))


def cart_cooperative(cart: Cart, public_id: str) -> int | None:
    """The pk of a cooperative present in the cart, from its public id (else None)."""
    try:
        key = uuid.UUID(str(public_id))
    except ValueError:
        return None
    line = cart.lines.filter(variant__product__cooperative__public_id=key).first()
    return line.variant.product.cooperative_id if line else None


@router.get("/orders", response={200: list[OrderOut], 401: ErrorOut}, auth=None)
def shop_orders(request: HttpRequest) -> Status[Any]:
    user = _bearer_user(request)
    if user is None:
        return Status(401, {"detail": _("Send your personal token to list your orders.")})
    return Status(200, [_order_out(order) for order in orders_of_customer(user)[:50]])


@router.get("/orders/{number}", response={200: OrderOut, 404: ErrorOut}, auth=None)
def shop_order(request: HttpRequest, number: str, phone: str = "") -> Status[Any]:
    order = _find_order(request, number, phone)
    if order is None:
        return Status(404, {"detail": _("We found no order with this number and phone number.")})
    return Status(200, _order_out(order))


@router.post(
    "/orders/{number}/confirm", response={200: OrderOut, 404: ErrorOut, 422: ErrorOut}, auth=None
)
def shop_order_confirm(request: HttpRequest, number: str, payload: CodeIn) -> Status[Any]:
    order = _find_order(request, number, payload.phone)
    if order is None:
        return Status(404, {"detail": _("We found no order with this number and phone number.")})
    try:
        services.order_confirm_with_code(order=order, code=payload.code)
    except ValidationError as exc:
        return Status(422, {"detail": _errors(exc)})
    return Status(200, _order_out(Order.objects.prefetch_related("parts__lines").get(pk=order.pk)))


@router.post(
    "/orders/{number}/cancel", response={200: OrderOut, 404: ErrorOut, 409: ErrorOut}, auth=None
)
def shop_order_cancel(request: HttpRequest, number: str, payload: CancelIn) -> Status[Any]:
    order = _find_order(request, number, payload.phone)
    if order is None:
        return Status(404, {"detail": _("We found no order with this number and phone number.")})
    try:
        services.order_cancel_by_customer(
            order=order, user=_bearer_user(request), reason=payload.reason
        )
    except (ValidationError, InvalidTransition) as exc:
        messages = _errors(exc) if isinstance(exc, ValidationError) else []
        return Status(
            409, {"detail": messages or _("This action is no longer possible for this order.")}
        )
    return Status(200, _order_out(Order.objects.prefetch_related("parts__lines").get(pk=order.pk)))
