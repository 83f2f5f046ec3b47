"""Forms of the orders app. They only parse what people type; the rules (which action is
allowed, what a shipment needs) live in `services/` and `cooplab.shipping.services`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from cooplab.core.money import MoneyError, parse_money_input

from .models import CooperativeOrderStatus
from .states import TRANSITIONS

# =============================================================================================
# Fulfilment: the cooperative's and staff's order pages, delivery options (fulfil helper).
# =============================================================================================

#: Carriers offered in the shipping form. Amana (Poste Maroc) holds the parcels ≤ 1 kg; CTM
#: Messagerie and private couriers carry heavier ones (DOMAIN.md). "other": typed by hand.
CARRIERS = [
    ("Amana", _("Amana (Poste Maroc)")),
    ("CTM Messagerie", _("CTM Messagerie")),
    ("other", _("Another carrier or courier")),
]
MAX_REASON = 1000
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


class PartActionForm(forms.Form):
    """One action on a cooperative order, with what it needs (reason, carrier, tracking)."""

    action = forms.ChoiceField(choices=[(name, name) for name in TRANSITIONS])
    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=MAX_REASON, widget=forms.Textarea
    )
    carrier = forms.ChoiceField(label=_("Carrier"), required=False, choices=[("", "—"), *CARRIERS])
    carrier_other = forms.CharField(label=_("Name of the carrier"), required=False, max_length=60)
    tracking_number = forms.CharField(label=_("Tracking number"), required=False, max_length=60)
    tracking_url = forms.CharField(label=_("Tracking link"), required=False, max_length=200)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("carrier") == "other":
            other = (data.get("carrier_other") or "").strip()
            if not other:
                self.add_error("carrier_other", _("Write the name of the carrier."))
            data["carrier"] = other
        return data

    def shipment(self) -> dict[str, str]:
        data = self.cleaned_data
        return {
            "carrier": data.get("carrier") or "",
            "tracking_number": (data.get("tracking_number") or "").translate(DIGITS).strip(),
            "tracking_url": (data.get("tracking_url") or "").strip(),
        }


class AmountField(forms.CharField):
    """An amount in dirhams as people type it ("25,50", "1 000", "٢٥"), 0 allowed."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "decimal", "dir": "ltr", "size": 8})
        )
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)

    def clean(self, value: Any) -> Decimal | None:
        text = super().clean(value)
        if not text:
            return None
        try:
            return parse_money_input(text)
        except MoneyError as exc:
            raise forms.ValidationError(str(exc.message), code=exc.code) from exc


class DeliveryOptionsForm(forms.Form):
    home_delivery = forms.BooleanField(label=_("Home delivery"), required=False)
    rate_same_city = AmountField(label=_("Delivery in the same city (DH)"))
    rate_same_region = AmountField(label=_("Delivery in the same region (DH)"))
    rate_national = AmountField(label=_("Delivery elsewhere in Morocco (DH)"))
    free_delivery_from = AmountField(
        label=_("Free delivery from (DH)"),
        required=False,
        help_text=_("Leave empty if delivery is never free."),
    )
    pickup = forms.BooleanField(label=_("Pickup at the cooperative"), required=False)
    pickup_instructions = forms.CharField(
        label=_("Pickup address and opening hours"),
        required=False,
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    preparation_days = forms.IntegerField(
        label=_("Days to prepare an order"),
        min_value=0,
        max_value=30,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "dir": "ltr"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("rate_same_city", "rate_same_region", "rate_national"):
            self.fields[name].error_messages["required"] = _(
                "Enter a price, or 0 if delivery is free."
            )


STATUS_FILTERS = [("action", _("Needs action")), ("all", _("All")), *CooperativeOrderStatus.choices]


class StaffOrderFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), ("action", _("Needs action")), *CooperativeOrderStatus.choices],
    )
    cooperative = forms.CharField(label=_("Cooperative"), required=False, max_length=100)
    phone = forms.CharField(label=_("Mobile number"), required=False, max_length=30)
    number = forms.CharField(label=_("Order number"), required=False, max_length=20)
