from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cooplab.core.rib import normalize_rib

from .models import PayoutStatus


class StaffPayoutFilterForm(forms.Form):
    period = forms.DateField(label=_("Batch date"), required=False, input_formats=["%Y-%m-%d"])
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All"))] + list(PayoutStatus.choices),
    )


ACTIONS = [
    ("approve", _("Approve")),
    ("paid", _("Mark as paid")),
    ("failed", _("Mark as failed")),
    ("cancel", _("Cancel the draft")),
]


class PayoutActionForm(forms.Form):
    action = forms.ChoiceField(choices=ACTIONS)
    otp_code = forms.CharField(
        label=_("Code from your authenticator app"), required=False, max_length=12
    )
    bank_reference = forms.CharField(label=_("Bank reference"), required=False, max_length=64)
    reason = forms.CharField(label=_("Reason"), required=False, max_length=1000)


class BankDetailsForm(forms.Form):
    rib = forms.CharField(
        label=_("RIB (24 digits)"),
        max_length=40,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "dir": "ltr"}),
    )
    bank_name = forms.CharField(label=_("Bank"), max_length=100, required=False)
    account_holder = forms.CharField(label=_("Account holder"), max_length=200)

    def clean_rib(self) -> str:
        return normalize_rib(self.cleaned_data["rib"])
