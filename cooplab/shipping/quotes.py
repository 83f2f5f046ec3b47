"""Delivery quotes: which zone an address is in for a cooperative, and what it costs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cooplab.cooperatives.models import Cooperative
from cooplab.core.money import to_money

from .models import DeliveryMethod, DeliveryOptions, DeliveryZone


@dataclass(frozen=True)
class Quote:
    method: str
    zone: str  # empty for pickup
    cost: Decimal
    free: bool  # free because the threshold was reached


def options_for(cooperative: Cooperative) -> DeliveryOptions:
    """The cooperative's options, or the unsaved defaults if it never set them."""
    try:
        return cooperative.delivery_options
    except DeliveryOptions.DoesNotExist:
        return DeliveryOptions(cooperative=cooperative)


def zone_for(*, cooperative: Cooperative, region: str, city: str) -> str:
    if city and city == cooperative.city and region == cooperative.region:
        return DeliveryZone.SAME_CITY
    if region == cooperative.region:
        return DeliveryZone.SAME_REGION
    return DeliveryZone.NATIONAL


def available_methods(options: DeliveryOptions) -> list[str]:
    methods = []
    if options.home_delivery:
        methods.append(DeliveryMethod.HOME.value)
    if options.pickup:
        methods.append(DeliveryMethod.PICKUP.value)
    return methods


def delivery_quote(
    *,
    options: DeliveryOptions,
    method: str,
    region: str,
    city: str,
    subtotal: Decimal,
) -> Quote:
    """What delivering `subtotal` worth of goods costs by `method` to (region, city)."""
    if method not in available_methods(options):
        raise ValidationError(_("This cooperative does not offer this delivery method."))
    if method == DeliveryMethod.PICKUP:
        return Quote(method=method, zone="", cost=to_money(0), free=True)
    zone = zone_for(cooperative=options.cooperative, region=region, city=city)
    threshold = options.free_delivery_from
    if threshold is not None and subtotal >= threshold:
        return Quote(method=method, zone=zone, cost=to_money(0), free=True)
    return Quote(method=method, zone=zone, cost=to_money(options.rate_for(zone)), free=False)
