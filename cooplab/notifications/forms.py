from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Channel, MessageStatus


class MessageFilterForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Channel"), required=False, choices=[("", _("All")), *Channel.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), *MessageStatus.choices]
    )
    recipient = forms.CharField(label=_("Recipient"), required=False, max_length=254)
    template = forms.CharField(
        label=_("Template"),
        required=False,
        max_length=100,
        help_text=_('For example "orders/" or "orders/shipped".'),
    )
