"""The cart: add, change, remove, merge at log-in. Quantities are checked against stock here
(a friendly early answer); `order_place` checks again under lock (the answer that counts)."""

from __future__ import annotations

import uuid
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.catalog.models import ProductStatus, Variant

from ..models import MAX_LINE_QUANTITY, Cart, CartLine


def parse_quantity(value: Any) -> int:
    """A whole number of units from 1 to MAX_LINE_QUANTITY, from a form, JSON or code.

    Refuses booleans, floats, fractions, signs, exponents and anything not plainly digits.
    """
    if isinstance(value, bool):
        raise _quantity_error()
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        text = value.strip()
        if len(text) > 4:
            raise _quantity_error()
        number = int(text)
    else:
        raise _quantity_error()
    if not 1 <= number <= MAX_LINE_QUANTITY:
        raise _quantity_error()
    return number


def _quantity_error() -> ValidationError:
    return ValidationError(
        _("Enter a whole number of units from 1 to %(max)s.") % {"max": MAX_LINE_QUANTITY},
        code="invalid_quantity",
    )


def parse_variant_id(value: Any) -> int:
    if isinstance(value, bool):
        raise ValidationError(_("Choose a size."), code="invalid_variant")
    if isinstance(value, int) and value > 0:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 12:
        return int(value)
    raise ValidationError(_("Choose a size."), code="invalid_variant")


def cart_find(*, user: User | None, token: str | uuid.UUID | None) -> Cart | None:
    """The user's cart, or the visitor's cart found by its token (None if there is none)."""
    if user is not None and user.is_authenticated:
        return Cart.objects.filter(user=user).first()
    if token:
        try:
            key = uuid.UUID(str(token))
        except ValueError:
            return None
        return Cart.objects.filter(token=key, user__isnull=True).first()
    return None


def cart_get_or_create(*, user: User | None, token: str | uuid.UUID | None) -> Cart:
    cart = cart_find(user=user, token=token)
    if cart is not None:
        return cart
    if user is not None and user.is_authenticated:
        try:
            with transaction.atomic():
                return Cart.objects.create(user=user)
        except IntegrityError:  # created by a concurrent request
            return Cart.objects.get(user=user)
    return Cart.objects.create()


def _sellable_variant(variant_id: int) -> Variant:
    variant = (
        Variant.objects.select_related("product", "product__cooperative")
        .filter(pk=variant_id, is_active=True, product__status=ProductStatus.PUBLISHED)
        .first()
    )
    if variant is None or not variant.product.cooperative.is_public:
        raise ValidationError(_("This product is not for sale."), code="not_for_sale")
    return variant


def _check_stock(variant: Variant, quantity: int) -> None:
    if variant.stock <= 0:
        raise ValidationError(
            _("%(product)s (%(size)s) is sold out.")
            % {"product": variant.product.name, "size": variant.label},
            code="sold_out",
        )
    if quantity > variant.stock:
        raise ValidationError(
            _("Only %(stock)s left of %(product)s (%(size)s).")
            % {"stock": variant.stock, "product": variant.product.name, "size": variant.label},
            code="insufficient_stock",
        )


@transaction.atomic
def cart_add(*, cart: Cart, variant_id: Any, quantity: Any = 1) -> CartLine:
    """Add `quantity` units (added to what the cart already holds of that size)."""
    vid = parse_variant_id(variant_id)
    qty = parse_quantity(quantity)
    variant = _sellable_variant(vid)
    line = CartLine.objects.select_for_update().filter(cart=cart, variant=variant).first()
    total = qty + (line.quantity if line else 0)
    if total > MAX_LINE_QUANTITY:
        raise _quantity_error()
    _check_stock(variant, total)
    if line is None:
        line = CartLine.objects.create(
            cart=cart, variant=variant, quantity=total, price_when_added=variant.price
        )
    else:
        line.quantity = total
        line.save(update_fields=["quantity"])
    cart.save(update_fields=["updated_at"])
    return line


@transaction.atomic
def cart_set_quantity(*, cart: Cart, variant_id: Any, quantity: Any) -> CartLine | None:
    """Set a line's quantity; 0 removes it."""
    vid = parse_variant_id(variant_id)
    if quantity in (0, "0"):
        cart_remove(cart=cart, variant_id=vid)
        return None
    qty = parse_quantity(quantity)
    line = CartLine.objects.select_for_update().filter(cart=cart, variant_id=vid).first()
    if line is None:
        raise ValidationError(_("This product is no longer in your cart."), code="not_in_cart")
    _check_stock(_sellable_variant(vid), qty)
    line.quantity = qty
    line.save(update_fields=["quantity"])
    cart.save(update_fields=["updated_at"])
    return line


def cart_remove(*, cart: Cart, variant_id: Any) -> None:
    CartLine.objects.filter(cart=cart, variant_id=parse_variant_id(variant_id)).delete()


def cart_accept_prices(*, cart: Cart) -> None:
    """The customer saw the new prices: stop flagging them as changed."""
    for line in cart.lines.select_related("variant"):
        if line.price_when_added != line.variant.price:
            line.price_when_added = line.variant.price
            line.save(update_fields=["price_when_added"])


@transaction.atomic
def cart_merge(*, user: User, token: str | uuid.UUID | None) -> Cart | None:
    """At log-in: move the visitor's cart lines into the user's cart (quantities add up,
    capped at what the stock and the line limit allow). The visitor's cart is deleted."""
    guest = cart_find(user=None, token=token)
    if guest is None:
        return cart_find(user=user, token=None)
    target = cart_get_or_create(user=user, token=None)
    existing = {line.variant_id: line for line in target.lines.select_for_update()}
    for line in guest.lines.select_related("variant"):
        mine = existing.get(line.variant_id)
        if mine is None:
            line.pk = None
            line.cart = target
            line.quantity = min(line.quantity, MAX_LINE_QUANTITY)
            line.save()
        else:
            mine.quantity = min(
                mine.quantity + line.quantity, MAX_LINE_QUANTITY, max(line.variant.stock, 1)
            )
            mine.save(update_fields=["quantity"])
    guest.delete()
    return target
