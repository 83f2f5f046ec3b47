"""What a cart costs: lines grouped per cooperative, tax included in prices, delivery per
cooperative. One function used by the cart page, the checkout summary and `order_place`, so
the customer is shown exactly what the order will record.

Prices always come from the variants in the database, never from the client.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from cooplab.catalog.models import Variant
from cooplab.cooperatives.models import Cooperative
from cooplab.core.money import CENT, to_money
from cooplab.shipping.models import DeliveryMethod, DeliveryOptions
from cooplab.shipping.quotes import Quote, available_methods, delivery_quote, options_for

ZERO = Decimal("0.00")


def tax_included(amount: Decimal, rate: Decimal) -> Decimal:
    """The VAT contained in a tax-inclusive `amount` at `rate` percent, to the centime."""
    if not rate:
        return ZERO
    return to_money(amount * rate / (Decimal(100) + rate))


@dataclass
class PricedLine:
    variant: Variant
    quantity: int
    unit_price: Decimal
    line_total: Decimal
    tax_rate: Decimal
    tax_amount: Decimal


@dataclass
class PricedGroup:
    cooperative: Cooperative
    options: DeliveryOptions
    lines: list[PricedLine] = field(default_factory=list)
    subtotal: Decimal = ZERO
    tax_total: Decimal = ZERO
    methods: list[str] = field(default_factory=list)
    method: str = ""
    quote: Quote | None = None

    @property
    def delivery_cost(self) -> Decimal:
        return self.quote.cost if self.quote else ZERO

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.delivery_cost


@dataclass
class Priced:
    groups: list[PricedGroup]

    @property
    def subtotal(self) -> Decimal:
        return sum((g.subtotal for g in self.groups), ZERO)

    @property
    def delivery_total(self) -> Decimal:
        return sum((g.delivery_cost for g in self.groups), ZERO)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.delivery_total

    @property
    def fully_quoted(self) -> bool:
        return all(g.quote is not None for g in self.groups)

    def fingerprint(self) -> str:
        """A digest of everything the customer agrees to: lines, prices, delivery, totals.
        The checkout page carries it; `order_place` refuses when it no longer matches."""
        parts = []
        for group in self.groups:
            parts.append(f"c{group.cooperative.pk}:{group.method}:{group.delivery_cost}")
            parts.extend(
                f"v{line.variant.pk}x{line.quantity}@{line.unit_price}" for line in group.lines
            )
        parts.append(f"t{self.total}")
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]


def price_cart(
    items: Sequence[tuple[Variant, int]],
    *,
    region: str = "",
    city: str = "",
    methods: Mapping[int, str] | None = None,
) -> Priced:
    """Group `(variant, quantity)` items per cooperative and price them. Delivery is quoted
    for each group when a region is known; the method defaults to home delivery when offered.
    `variant.product.cooperative` must be loaded (select_related)."""
    chosen = methods or {}
    groups: dict[int, PricedGroup] = {}
    for variant, quantity in items:
        cooperative = variant.product.cooperative
        group = groups.get(cooperative.pk)
        if group is None:
            options = options_for(cooperative)
            group = groups[cooperative.pk] = PricedGroup(
                cooperative=cooperative, options=options, methods=available_methods(options)
            )
        unit_price = to_money(variant.price)
        line_total = (unit_price * quantity).quantize(CENT)
        rate = variant.product.vat_rate or ZERO
        group.lines.append(
            PricedLine(
                variant=variant,
                quantity=quantity,
                unit_price=unit_price,
                line_total=line_total,
                tax_rate=rate,
                tax_amount=tax_included(line_total, rate),
            )
        )
        group.subtotal += line_total
        group.tax_total += group.lines[-1].tax_amount
    ordered = sorted(groups.values(), key=lambda g: g.cooperative.pk)
    for group in ordered:
        method = chosen.get(group.cooperative.pk) or ""
        if method not in group.methods:
            default = DeliveryMethod.HOME.value
            method = default if default in group.methods else group.methods[0]
        group.method = method
        if region:
            group.quote = delivery_quote(
                options=group.options,
                method=method,
                region=region,
                city=city,
                subtotal=group.subtotal,
            )
    return Priced(groups=ordered)
