"""Order test data, made through the real services (cart_add, order_place, part_transition).
All data is fictional."""

from __future__ import annotations

import uuid
from typing import Any

from cooplab.accounts.models import User
from cooplab.catalog.models import Product, Variant
from cooplab.catalog.tests.factories import published_product
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.tests.factories import CooperativeFactory

from .. import services
from ..models import Cart, Order
from ..states import Actor

ADDRESS: dict[str, str] = {
    "customer_name": "Salma Bennani",
    "phone": "06 61 23 45 67",
    "email": "salma@example.org",
    "region": "MA-06",
    "city": "Casablanca",
    "street": "12 rue des Orangers, Maârif",
    "landmark": "En face de la pharmacie",
    "postal_code": "20330",
}


def product_with_stock(
    cooperative: Cooperative | None = None, *, stock: int = 10, price: str = "120.00", **kwargs: Any
) -> Product:
    variants = [{"label": "250 g", "quantity": "250", "unit": "g", "price": price, "stock": stock}]
    return published_product(cooperative, variants=variants, **kwargs)


def variant_of(product: Product) -> Variant:
    return product.variants.order_by("pk").first()  # type: ignore[return-value]


def filled_cart(items: list[tuple[Variant, int]], *, user: User | None = None) -> Cart:
    cart = services.cart_get_or_create(user=user, token=None) if user else Cart.objects.create()
    for variant, quantity in items:
        services.cart_add(cart=cart, variant_id=variant.pk, quantity=quantity)
    return cart


def place(
    items: list[tuple[Variant, int]] | None = None,
    *,
    user: User | None = None,
    payment_method: str = "cod",
    methods: dict[int, str] | None = None,
    key: str | None = None,
    language: str = "fr",
    **address: str,
) -> Order:
    """An order for `items` (default: 2 units of a new product of a new cooperative)."""
    if items is None:
        items = [(variant_of(product_with_stock(CooperativeFactory.create())), 2)]
    cart = filled_cart(items, user=user)
    details = services.checkout_details_clean({**ADDRESS, **address})
    placement = services.order_place(
        cart=cart,
        customer=user,
        details=details,
        delivery_methods=methods or {},
        payment_method=payment_method,
        idempotency_key=key or uuid.uuid4().hex,
        consent=True,
        language=language,
    )
    return placement.order


def advance(order: Order, *actions: str, actor: Actor = Actor.COOPERATIVE) -> None:
    """Move every part of `order` through `actions` (e.g. "confirm", "ship", "deliver")."""
    for part in order.parts.order_by("pk"):
        for action in actions:
            data = (
                {"carrier": "Amana", "tracking_number": "RR123456789MA"} if action == "ship" else {}
            )
            services.part_transition(
                part=part, action=action, actor=actor, user=None, reason="test", data=data
            )
