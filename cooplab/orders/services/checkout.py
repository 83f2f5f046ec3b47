"""Checkout: validate what the customer typed, then `order_place` — the one way an order is
created (pages and API call it alike).

`order_place` runs in one transaction: the cart row is locked (a second submission of the same
checkout waits, then finds the order by its idempotency key), the variants are locked in
primary-key order, availability and prices are checked again, the order and one cooperative
order per cooperative are written with snapshots of their lines, stock is taken with a guarded
decrement (never below zero), events are recorded, and messages go out after commit.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.catalog.models import ProductStatus, StockMovement, StockReason
from cooplab.catalog.services import product_refresh_availability
from cooplab.core.audit import audit_log
from cooplab.core.phone import normalize_mobile
from cooplab.core.regions import REGIONS, get_region
from cooplab.ledger.selectors import commission_rate_for
from cooplab.payments.services import payment_create

from .. import notifications
from ..locks import lock_variants, take_units
from ..models import (
    Cart,
    CartLine,
    CooperativeOrder,
    Order,
    OrderEvent,
    OrderLine,
)
from ..payment_methods import get_method
from ..pricing import Priced, price_cart

#: Unambiguous characters for order numbers read over the phone (no 0/O, 1/I/L).
_NUMBER_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_POSTAL_CODE = re.compile(r"^\d{5}$")


class OrderNotPlaced(ValidationError):
    """The order could not be placed (nothing was written). `reason` says why, for callers
    that answer differently: "unavailable", "changed", "duplicate", "" (invalid input)."""

    def __init__(self, message: Any, code: str | None = None) -> None:
        super().__init__(message, code)
        self.reason = code or ""


@dataclass(frozen=True)
class CheckoutDetails:
    customer_name: str
    phone: str
    email: str
    recipient_name: str
    recipient_phone: str
    region: str
    city: str
    city_slug: str
    street: str
    landmark: str
    postal_code: str


@dataclass(frozen=True)
class Placement:
    order: Order
    created: bool


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ")


def city_slug_for(*, region: str, city: str) -> str:
    """The slug of a known city of `region` matching the typed name in any language, or ''."""
    wanted = _fold(city.strip())
    for known in get_region(region).cities:
        if wanted == _fold(known.slug) or any(wanted == _fold(n) for n in known.names.values()):
            return known.slug
    return ""


def checkout_details_clean(data: Mapping[str, Any]) -> CheckoutDetails:
    """Validate contact and address fields; a ValidationError maps field names to messages."""
    errors: dict[str, list[str]] = {}

    def text(name: str, max_length: int, required: bool = True) -> str:
        value = data.get(name, "")
        value = value.strip() if isinstance(value, str) else ""
        if required and not value:
            errors.setdefault(name, []).append(_("This field is required."))
        elif len(value) > max_length:
            errors.setdefault(name, []).append(
                _("Keep it under %(max)s characters.") % {"max": max_length}
            )
        return value

    def mobile(name: str, required: bool = True, moroccan: bool = False) -> str:
        """A mobile number (it receives the SMS). The customer may be abroad (diaspora
        gifts); the recipient is in Morocco, where the courier calls."""
        value = text(name, 30, required)
        if not value:
            return ""
        try:
            number = normalize_mobile(value)
        except ValidationError:
            number = ""
        if not number or (moroccan and not number.startswith("+212")):
            errors.setdefault(name, []).append(
                _("Enter a Moroccan mobile number, for example 06 12 34 56 78.")
                if moroccan
                else _("Enter a mobile number, for example 06 12 34 56 78.")
            )
            return ""
        return number

    customer_name = text("customer_name", 120)
    phone = mobile("phone")
    email = text("email", 254, required=False)
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors.setdefault("email", []).append(_("Enter a valid email address."))
    recipient_name = text("recipient_name", 120, required=False) or customer_name
    recipient_phone = mobile("recipient_phone", required=False, moroccan=True)
    if not recipient_phone and "recipient_phone" not in errors:
        if phone.startswith("+212"):
            recipient_phone = phone
        elif phone:
            errors["recipient_phone"] = [
                _("Give a Moroccan mobile number the courier can call at the delivery address.")
            ]
    region = text("region", 5)
    if region and region not in {r.code for r in REGIONS}:
        errors.setdefault("region", []).append(_("Choose a region."))
        region = ""
    city = text("city", 60)
    street = text("street", 200)
    landmark = text("landmark", 200, required=False)
    postal_code = text("postal_code", 5, required=False)
    if postal_code and not _POSTAL_CODE.match(postal_code):
        errors.setdefault("postal_code", []).append(_("A postal code has 5 digits."))
    if errors:
        raise ValidationError(errors)
    return CheckoutDetails(
        customer_name=customer_name,
        phone=phone,
        email=email,
        recipient_name=recipient_name,
        recipient_phone=recipient_phone,
        region=region,
        city=city,
        city_slug=city_slug_for(region=region, city=city),
        street=street,
        landmark=landmark,
        postal_code=postal_code,
    )


def _new_number() -> str:
    for _attempt in range(10):
        number = "".join(secrets.choice(_NUMBER_ALPHABET) for _i in range(8))
        if not Order.objects.filter(number=number).exists():
            return number
    raise RuntimeError("Could not find a free order number.")  # pragma: no cover


def _problems(cart_lines: list[CartLine], variants: dict[int, Any]) -> list[str]:
    problems = []
    for line in cart_lines:
        variant = variants.get(line.variant_id)
        product = variant.product if variant else None
        if (
            variant is None
            or product is None
            or not variant.is_active
            or product.status != ProductStatus.PUBLISHED
            or not product.cooperative.is_public
        ):
            problems.append(_("A product in your cart is no longer for sale."))
        elif variant.stock <= 0:
            problems.append(
                _("%(product)s (%(size)s) is sold out.")
                % {"product": product.name, "size": variant.label}
            )
        elif line.quantity > variant.stock:
            problems.append(
                _("Only %(stock)s left of %(product)s (%(size)s).")
                % {"stock": variant.stock, "product": product.name, "size": variant.label}
            )
    return problems


def _names(product: Any) -> dict[str, str]:
    names = {}
    for code, _label in settings.LANGUAGES:
        value = getattr(product, f"name_{code}", "") or ""
        if value:
            names[code] = value
    return names


def order_place(
    *,
    cart: Cart,
    customer: User | None,
    details: CheckoutDetails,
    delivery_methods: Mapping[int, str],
    payment_method: str,
    idempotency_key: str,
    consent: bool,
    expected_fingerprint: str | None = None,
    language: str | None = None,
) -> Placement:
    """Place the order for everything in `cart`. Returns the order and whether it was created
    now (False: this checkout was already submitted). Raises OrderNotPlaced (nothing written)
    when the cart is empty, something ran out, prices changed, or consent is missing."""
    if not consent:
        raise OrderNotPlaced(
            {"consent": [_("Please accept the terms of sale and the personal data notice.")]}
        )
    if not isinstance(idempotency_key, str) or not 16 <= len(idempotency_key) <= 64:
        raise OrderNotPlaced(_("This checkout form has expired. Please try again."))
    try:
        method = get_method(payment_method)
    except ValidationError as exc:
        raise OrderNotPlaced(exc.messages) from exc
    language = language or translation.get_language() or settings.LANGUAGE_CODE

    with transaction.atomic():
        # A second submission of the same checkout waits here for the first to finish.
        Cart.objects.select_for_update().filter(pk=cart.pk).first()
        existing = Order.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return Placement(order=existing, created=False)
        cart_lines = list(cart.lines.order_by("variant_id"))
        if not cart_lines:
            raise OrderNotPlaced(_("Your cart is empty."))
        variants = lock_variants(line.variant_id for line in cart_lines)
        problems = _problems(cart_lines, variants)
        if problems:
            raise OrderNotPlaced(problems, code="unavailable")
        priced = price_cart(
            [(variants[line.variant_id], line.quantity) for line in cart_lines],
            region=details.region,
            city=details.city_slug,
            methods=delivery_methods,
        )
        if expected_fingerprint is not None and expected_fingerprint != priced.fingerprint():
            raise OrderNotPlaced(
                _("Prices, stock or delivery costs changed. Please check your order again."),
                code="changed",
            )
        order = _write_order(
            priced=priced,
            customer=customer,
            details=details,
            payment_method=method.code,
            idempotency_key=idempotency_key,
            language=language,
            initial_status=method.initial_status,
        )
        for group in priced.groups:
            for line in group.lines:
                if not take_units(line.variant, line.quantity):
                    # Unreachable while the rows are locked; the guard stays anyway.
                    raise OrderNotPlaced(
                        _("%(product)s (%(size)s) is sold out.")
                        % {"product": line.variant.product.name, "size": line.variant.label},
                        code="unavailable",
                    )
                StockMovement.objects.create(
                    variant=line.variant,
                    delta=-line.quantity,
                    stock_after=line.variant.stock,
                    reason=StockReason.ORDER,
                    note=order.number,
                    actor=customer,
                )
        product_refresh_availability(
            {line.variant.product_id for g in priced.groups for line in g.lines}
        )
        cart.lines.all().delete()
        payment_create(order=order)
        code = method.after_place(order)
        audit_log(
            action="order.placed",
            actor=customer,
            target=order,
            data={"number": order.number, "total": str(order.total), "parts": len(priced.groups)},
        )
        notifications.order_placed(order=order, confirmation_code=code)
    return Placement(order=order, created=True)


def _write_order(
    *,
    priced: Priced,
    customer: User | None,
    details: CheckoutDetails,
    payment_method: str,
    idempotency_key: str,
    language: str,
    initial_status: str,
) -> Order:
    now = timezone.now()
    try:
        with transaction.atomic():
            order = Order.objects.create(
                number=_new_number(),
                idempotency_key=idempotency_key,
                customer=customer if customer and customer.is_authenticated else None,
                customer_name=details.customer_name,
                phone=details.phone,
                email=details.email,
                language=language,
                recipient_name=details.recipient_name,
                recipient_phone=details.recipient_phone,
                region=details.region,
                city=details.city,
                street=details.street,
                landmark=details.landmark,
                postal_code=details.postal_code,
                payment_method=payment_method,
                subtotal=priced.subtotal,
                delivery_total=priced.delivery_total,
                total=priced.total,
                consent_at=now,
                terms_version=settings.ORDER_TERMS_VERSION,
            )
    except IntegrityError as exc:
        # Only a concurrent twin on a database without the cart lock could get here; any other
        # integrity error (a CHECK on the totals) is a bug and must not pass for a duplicate.
        if not Order.objects.filter(idempotency_key=idempotency_key).exists():
            raise
        raise OrderNotPlaced(_("This order was already placed."), code="duplicate") from exc
    OrderEvent.objects.create(order=order, kind="placed", actor=customer, actor_role="customer")
    expires = now + timedelta(hours=settings.ORDER_CONFIRMATION_HOURS)
    known_rates: dict[tuple[int, int], Any] = {}

    def rates(cooperative: Any, category: Any) -> Any:
        key = (cooperative.pk, category.pk)
        if key not in known_rates:
            known_rates[key] = commission_rate_for(
                cooperative=cooperative, category=category, at=now
            )
        return known_rates[key]

    for index, group in enumerate(priced.groups, start=1):
        cooperative = group.cooperative
        part = CooperativeOrder.objects.create(
            order=order,
            cooperative=cooperative,
            number=f"{order.number}-{index}",
            status=initial_status,
            delivery_method=group.method,
            delivery_zone=group.quote.zone if group.quote else "",
            subtotal=group.subtotal,
            tax_total=group.tax_total,
            delivery_cost=group.delivery_cost,
            total=group.total,
            seller_name=cooperative.name,
            seller_ice=cooperative.ice,
            seller_register_number=cooperative.register_number,
            seller_address=_seller_address(cooperative),
            seller_phone=cooperative.phone,
            expires_at=expires,
        )
        OrderLine.objects.bulk_create(
            [
                OrderLine(
                    cooperative_order=part,
                    product=line.variant.product,
                    variant=line.variant,
                    product_names=_names(line.variant.product),
                    product_name=line.variant.product.name,
                    variant_label=line.variant.label,
                    sku=line.variant.sku,
                    unit_price=line.unit_price,
                    quantity=line.quantity,
                    tax_rate=line.tax_rate,
                    tax_amount=line.tax_amount,
                    line_total=line.line_total,
                    withdrawal_allowed=line.variant.product.withdrawal_allowed,
                    commission_rate=rates(cooperative, line.variant.product.category),
                )
                for line in group.lines
            ]
        )
        OrderEvent.objects.create(
            order=order,
            cooperative_order=part,
            kind="created",
            to_status=part.status,
            actor=customer,
            actor_role="customer",
        )
    return order


def _seller_address(cooperative: Any) -> str:
    from cooplab.core.regions import get_city

    try:
        city = get_city(cooperative.region, cooperative.city).name("fr")
    except KeyError:
        city = cooperative.city
    return f"{city}, {get_region(cooperative.region).name('fr')}"


def confirmation_code_new(order: Order) -> str:
    """A fresh 6-digit code for a cash-on-delivery order (stored hashed)."""
    code = f"{secrets.randbelow(1_000_000):06d}"
    order.confirmation_code_hash = make_password(code)
    order.confirmation_attempts = 0
    order.save(update_fields=["confirmation_code_hash", "confirmation_attempts"])
    return code
