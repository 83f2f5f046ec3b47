"""Staff finance forms. They only read and check what was typed; the services decide."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooplab.catalog.forms import MoneyField


class TransferReceivedForm(forms.Form):
    bank_reference = forms.CharField(
        label=_("Bank reference of the transfer"),
        max_length=64,
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )
    amount = MoneyField(label=_("Amount received (MAD)"))


class ShipmentsField(forms.MultipleChoiceField):
    """Shipment ids ticked in the list. Any id is accepted here: the service says clearly why
    one cannot be remitted (already remitted by a colleague, another carrier's)."""

    def valid_value(self, value: Any) -> bool:
        return str(value).isdigit()


class RemittanceForm(forms.Form):
    carrier_code = forms.ChoiceField(label=_("Carrier"))
    amount_received = MoneyField(label=_("Amount received (MAD)"), min_value=Decimal("0.00"))
    received_on = forms.DateField(
        label=_("Received on"),
        # A date picker sends and shows ISO dates, whatever the language.
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    bank_reference = forms.CharField(
        label=_("Bank reference"),
        max_length=64,
        required=False,
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )
    part_ids = ShipmentsField(label=_("Shipments covered"), widget=forms.CheckboxSelectMultiple)
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(
        self, *args: Any, carriers: list[tuple[str, str]], parts: list[Any], **kwargs: Any
    ):
        kwargs.setdefault("initial", {"received_on": timezone.localdate()})
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["carrier_code"]).choices = [("", "—"), *carriers]
        cast(forms.ChoiceField, self.fields["part_ids"]).choices = [
            (str(part.pk), part.number) for part in parts
        ]


class ResolveForm(forms.Form):
    note = forms.CharField(
        label=_("How was the difference resolved?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RefundPaidForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference of the refund"),
        max_length=64,
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )
    customer_rib = forms.CharField(
        label=_("Customer's RIB (24 digits, for a transfer)"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"dir": "ltr", "inputmode": "numeric", "autocomplete": "off"}),
    )
    note = forms.CharField(
        label=_("Note (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
