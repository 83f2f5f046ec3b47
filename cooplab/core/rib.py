"""Moroccan RIB (relevé d'identité bancaire): the 24 digits cooperatives are paid to.

Structure (SIMT, the Moroccan interbank clearing system, since 2004): bank code (3 digits),
city/locality code (3), account number (16), key (2).

Key: ``key = 97 - ((N * 100) mod 97)`` where N is the integer formed by the first 22 digits,
so the key lies between 01 and 97; equivalently the 24-digit number is divisible by 97. This is
the French RIB key algorithm (fr.wikipedia.org, "Clé RIB": K = 97 - (R' mod 97), R' being the
number with the key replaced by 00) applied to the all-digit Moroccan layout; it is the check
Moroccan banking software and public validators use. *Not verified against a Bank Al-Maghrib
publication*: if a real RIB from a bank statement is ever refused, check this rule first.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

RIB_LENGTH = 24
_SEPARATORS = re.compile(r"[\s\-.]")
_DIGITS = re.compile(r"[0-9]{24}", re.ASCII)


def rib_key(first_22_digits: str) -> str:
    """The two key digits for the bank, city and account digits ("01" to "97")."""
    if not re.fullmatch(r"[0-9]{22}", first_22_digits, re.ASCII):
        raise ValueError("A RIB key is computed from exactly 22 digits.")
    return f"{97 - (int(first_22_digits) * 100) % 97:02d}"


def normalize_rib(value: str) -> str:
    """The 24 digits of a RIB typed with or without spaces, dashes or dots.

    Raises a translated ``ValidationError`` (codes ``rib_format``, ``rib_key``).
    """
    compact = _SEPARATORS.sub("", value or "")
    if not _DIGITS.fullmatch(compact):
        raise ValidationError(
            _("A RIB has exactly 24 digits: bank, city, account number and key."),
            code="rib_format",
        )
    if rib_key(compact[:22]) != compact[22:]:
        raise ValidationError(
            _("This RIB is not valid: its key does not match. Check the 24 digits."),
            code="rib_key",
        )
    return compact


def is_valid_rib(value: str) -> bool:
    try:
        normalize_rib(value)
    except ValidationError:
        return False
    return True


def validate_rib(value: str) -> None:
    """Django validator for a RIB field (``validators=[validate_rib]``)."""
    normalize_rib(value)


def format_rib(value: str) -> str:
    """Grouped for display as bank (3), city (3), account (16), key (2): "011 780 … 87"."""
    rib = normalize_rib(value)
    return f"{rib[:3]} {rib[3:6]} {rib[6:22]} {rib[22:]}"
