"""Moroccan phone numbers: parse what people type ("06 12 34 56 78", "+212612345678",
"00212 6..."), store E.164, show the national format."""

from __future__ import annotations

from typing import Any

import phonenumbers
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "MA"
MOBILE_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


class InvalidPhoneNumber(ValidationError):
    pass


def _parse(raw: str, region: str) -> phonenumbers.PhoneNumber:
    text = (raw or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhoneNumber(
            _("Enter a valid phone number, for example 06 12 34 56 78."), code="invalid_phone"
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumber(
            _("Enter a valid phone number, for example 06 12 34 56 78."), code="invalid_phone"
        )
    return number


def normalize_phone(raw: str, *, region: str = DEFAULT_REGION) -> str:
    """Return the E.164 form of a phone number, or raise InvalidPhoneNumber."""
    return phonenumbers.format_number(_parse(raw, region), phonenumbers.PhoneNumberFormat.E164)


def normalize_mobile(raw: str, *, region: str = DEFAULT_REGION) -> str:
    """Like normalize_phone, but only mobile numbers (they receive SMS)."""
    number = _parse(raw, region)
    if phonenumbers.number_type(number) not in MOBILE_TYPES:
        raise InvalidPhoneNumber(
            _("Enter a mobile number that can receive SMS, for example 06 12 34 56 78."),
            code="not_mobile",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def try_normalize_phone(raw: str, *, region: str = DEFAULT_REGION) -> str | None:
    try:
        return normalize_phone(raw, region=region)
    except InvalidPhoneNumber:
        return None


def format_phone(e164: str) -> str:
    """National format for Moroccan numbers ("06 12 34 56 78"), international otherwise."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 212:
        national = str(number.national_number)
        digits = "0" + national
        return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def validate_phone(value: str) -> None:
    normalize_phone(value)


class TelInput(forms.TextInput):
    input_type = "tel"


class PhoneNumberField(forms.CharField):
    """A form field that accepts what people type and cleans to E.164."""

    widget = TelInput

    default_error_messages = {
        "invalid": _("Enter a valid phone number, for example 06 12 34 56 78."),
    }

    def __init__(self, *, mobile_only: bool = True, **kwargs: Any) -> None:
        self.mobile_only = mobile_only
        kwargs.setdefault("max_length", 32)
        super().__init__(**kwargs)

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        attrs.update({"autocomplete": "tel", "inputmode": "tel", "dir": "ltr"})
        return attrs

    def to_python(self, value: Any) -> str:
        text = super().to_python(value)
        if not text:
            return ""
        if self.mobile_only:
            return normalize_mobile(text)
        return normalize_phone(text)
