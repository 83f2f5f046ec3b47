"""Writes for delivery options: one function, used by the back office (and any future API)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.cooperatives.models import Cooperative
from cooplab.core.audit import audit_log
from cooplab.core.money import MoneyError, parse_money_input

from .models import DeliveryOptions

RATE_FIELDS = ("rate_same_city", "rate_same_region", "rate_national")
MAX_RATE = Decimal("999999.99")
MAX_THRESHOLD = Decimal("99999999.99")
MAX_PREPARATION_DAYS = 30
FIELDS = (
    "home_delivery",
    *RATE_FIELDS,
    "free_delivery_from",
    "pickup",
    "pickup_instructions",
    "preparation_days",
)


def _amount(value: Any, *, maximum: Decimal) -> Decimal:
    """An amount of at least 0 with at most two decimals; typed text is read with
    `parse_money_input` ("25,50", "1 000")."""
    if isinstance(value, bool) or value is None:
        raise ValidationError(_("Enter an amount in dirhams, for example 25.50."))
    if isinstance(value, str):
        try:
            value = parse_money_input(value)
        except MoneyError as exc:
            raise ValidationError(str(exc.message)) from None
    if isinstance(value, int):
        value = Decimal(value)
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValidationError(_("Enter an amount in dirhams, for example 25.50."))
    if value > maximum or value < -maximum:
        raise ValidationError(_("This amount is too large."))
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(_("An amount has at most two decimals, for example 25.50."))
    if value < 0:
        raise ValidationError(_("An amount cannot be negative."))
    return value.quantize(Decimal("0.01"))


def delivery_options_clean(data: dict[str, Any]) -> dict[str, Any]:
    """Check the options a manager sent; raises one ValidationError naming every bad field."""
    errors: dict[str, list[str]] = {}
    clean: dict[str, Any] = {
        "home_delivery": bool(data.get("home_delivery")),
        "pickup": bool(data.get("pickup")),
        "pickup_instructions": str(data.get("pickup_instructions") or "").strip(),
    }
    for name in RATE_FIELDS:
        try:
            clean[name] = _amount(data.get(name), maximum=MAX_RATE)
        except ValidationError as error:
            errors[name] = error.messages
    threshold = data.get("free_delivery_from")
    if threshold in (None, ""):
        clean["free_delivery_from"] = None
    else:
        try:
            clean["free_delivery_from"] = _amount(threshold, maximum=MAX_THRESHOLD)
        except ValidationError as error:
            errors["free_delivery_from"] = error.messages
    days = data.get("preparation_days")
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_PREPARATION_DAYS:
        errors["preparation_days"] = [
            _("Enter a number of days between 0 and %(max)d.") % {"max": MAX_PREPARATION_DAYS}
        ]
    else:
        clean["preparation_days"] = days
    if not clean["home_delivery"] and not clean["pickup"]:
        errors["__all__"] = [_("Offer at least one way to get the orders: delivery or pickup.")]
    if clean["pickup"] and not clean["pickup_instructions"]:
        errors["pickup_instructions"] = [_("Say where and when customers can pick up their order.")]
    if len(clean["pickup_instructions"]) > 300:
        errors["pickup_instructions"] = [_("Keep the pickup instructions under 300 characters.")]
    if errors:
        raise ValidationError(errors)
    return clean


def delivery_options_save(
    *, cooperative: Cooperative, actor: User, data: dict[str, Any]
) -> DeliveryOptions:
    """Create or change the cooperative's delivery options (checked, locked, audited). Orders
    already placed keep the delivery cost they were quoted."""
    clean = delivery_options_clean(data)
    with transaction.atomic():
        options = (
            DeliveryOptions.objects.select_for_update().filter(cooperative=cooperative).first()
        )
        created = options is None
        if options is None:
            options = DeliveryOptions(cooperative=cooperative)
        before = {name: str(getattr(options, name)) for name in FIELDS}
        for name, value in clean.items():
            setattr(options, name, value)
        options.full_clean(exclude=["cooperative"])
        options.save()
        after = {name: str(getattr(options, name)) for name in FIELDS}
        changed = {name: after[name] for name in FIELDS if created or before[name] != after[name]}
        audit_log(
            action="shipping.delivery_options_saved",
            actor=actor,
            target=options,
            data={"cooperative": str(cooperative.public_id), "changed": changed},
        )
    return options
