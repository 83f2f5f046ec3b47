"""Order services: the cart, checkout (`order_place`) and fulfilment (`part_transition`)."""

from .cart import (
    cart_accept_prices,
    cart_add,
    cart_find,
    cart_get_or_create,
    cart_merge,
    cart_remove,
    cart_set_quantity,
    parse_quantity,
    parse_variant_id,
)
from .checkout import (
    CheckoutDetails,
    OrderNotPlaced,
    Placement,
    checkout_details_clean,
    city_slug_for,
    order_place,
)
from .fulfilment import (
    order_cancel_by_customer,
    order_confirm,
    order_confirm_with_code,
    part_transition,
    parts_complete,
    parts_expire,
)

__all__ = [
    "CheckoutDetails",
    "OrderNotPlaced",
    "Placement",
    "cart_accept_prices",
    "cart_add",
    "cart_find",
    "cart_get_or_create",
    "cart_merge",
    "cart_remove",
    "cart_set_quantity",
    "checkout_details_clean",
    "city_slug_for",
    "order_cancel_by_customer",
    "order_confirm",
    "order_confirm_with_code",
    "order_place",
    "parse_quantity",
    "parse_variant_id",
    "part_transition",
    "parts_complete",
    "parts_expire",
]
