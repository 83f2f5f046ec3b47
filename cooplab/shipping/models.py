"""Delivery options of a cooperative: home delivery priced by zone, free above a threshold,
pickup at the cooperative. Quotes are computed by `cooplab.shipping.quotes`."""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cooplab.cooperatives.models import Cooperative

# Sensible defaults (Amana and private couriers charge about 20–35 DH, see DOMAIN.md);
# each cooperative sets its own.
DEFAULT_RATES = {
    "same_city": Decimal("20.00"),
    "same_region": Decimal("30.00"),
    "national": Decimal("35.00"),
}


class DeliveryZone(models.TextChoices):
    SAME_CITY = "same_city", _("Same city")
    SAME_REGION = "same_region", _("Same region")
    NATIONAL = "national", _("Rest of Morocco")


class DeliveryMethod(models.TextChoices):
    HOME = "home", _("Home delivery")
    PICKUP = "pickup", _("Pickup at the cooperative")


class DeliveryOptions(models.Model):
    cooperative = models.OneToOneField(
        Cooperative, on_delete=models.CASCADE, related_name="delivery_options"
    )
    home_delivery = models.BooleanField(_("home delivery"), default=True)
    rate_same_city = models.DecimalField(
        _("delivery in the same city (DH)"),
        max_digits=8,
        decimal_places=2,
        default=DEFAULT_RATES["same_city"],
        validators=[MinValueValidator(Decimal("0"))],
    )
    rate_same_region = models.DecimalField(
        _("delivery in the same region (DH)"),
        max_digits=8,
        decimal_places=2,
        default=DEFAULT_RATES["same_region"],
        validators=[MinValueValidator(Decimal("0"))],
    )
    rate_national = models.DecimalField(
        _("delivery elsewhere in Morocco (DH)"),
        max_digits=8,
        decimal_places=2,
        default=DEFAULT_RATES["national"],
        validators=[MinValueValidator(Decimal("0"))],
    )
    free_delivery_from = models.DecimalField(
        _("free delivery from (DH)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Leave empty if delivery is never free."),
    )
    pickup = models.BooleanField(_("pickup at the cooperative"), default=False)
    pickup_instructions = models.CharField(
        _("pickup address and opening hours"), max_length=300, blank=True
    )
    preparation_days = models.PositiveSmallIntegerField(_("days to prepare an order"), default=2)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("delivery options")
        verbose_name_plural = _("delivery options")
        constraints = [
            models.CheckConstraint(
                condition=Q(rate_same_city__gte=0)
                & Q(rate_same_region__gte=0)
                & Q(rate_national__gte=0),
                name="delivery_rates_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(home_delivery=True) | Q(pickup=True),
                name="delivery_some_method",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.cooperative}"

    def rate_for(self, zone: str) -> Decimal:
        return {
            DeliveryZone.SAME_CITY: self.rate_same_city,
            DeliveryZone.SAME_REGION: self.rate_same_region,
            DeliveryZone.NATIONAL: self.rate_national,
        }[DeliveryZone(zone)]
