r"""Money in Moroccan dirhams (MAD, ISO 4217 code 504), always as ``Decimal``, never float.

Amounts are stored and computed with two decimal places (the centime). Rounding is
ROUND_HALF_UP (0.005 -> 0.01, -0.005 -> -0.01), the rule people expect on invoices.

- ``to_money`` converts trusted values (``Decimal``, ``int``, machine-formatted strings).
- ``parse_money_input`` reads what people type in a form ("1 234,50", "1.234,50", ...).
- ``allocate`` splits an amount into parts that add up to the centime (commissions, payouts,
  delivery costs shared between cooperatives).
- ``format_money`` renders an amount for display ("1 234,50 DH", "1.234,50 د.م.").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from fractions import Fraction

from babel.numbers import format_decimal
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MAD = "MAD"
CENT = Decimal("0.01")

#: Enough precision for any realistic amount; beyond it conversions raise MoneyError instead
#: of silently losing digits.
_CONTEXT = Context(prec=60, rounding=ROUND_HALF_UP, traps=[InvalidOperation])
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)


class MoneyError(ValueError):
    """An amount that cannot be used as money.

    ``message`` is translated lazily (show it to people); ``code`` is stable, for forms
    (``ValidationError(exc.message, code=exc.code)``) and for tests.
    """

    def __init__(self, message: str | Promise, code: str = "invalid_amount") -> None:
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return str(self.message)


def _quantize(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise MoneyError(_("An amount must be a finite number."), code="invalid_amount")
    try:
        result = value.quantize(CENT, rounding=ROUND_HALF_UP, context=_CONTEXT)
    except InvalidOperation as exc:
        raise MoneyError(_("This amount is too large."), code="amount_too_large") from exc
    # Never hand out a negative zero: str(Decimal("-0.00")) would show "-0.00".
    return result.copy_abs() if result.is_zero() else result


def to_money(value: Decimal | int | str) -> Decimal:
    """Convert ``value`` exactly to an amount with two decimal places.

    Accepts ``Decimal``, ``int`` and plain decimal strings as produced by databases, JSON and
    APIs ("1234.5", "-3", "0.125"; surrounding spaces are ignored). A value with more than two
    decimal places is ROUNDED half-up to the centime: ``to_money("0.125") == Decimal("0.13")``.

    Raises ``MoneyError`` for ``float`` (binary floats cannot hold 0.10 exactly), ``bool``,
    NaN and infinities, and strings that are not plain decimal numbers (no exponents, no
    grouping, no comma). For text typed by people use ``parse_money_input``.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise MoneyError(
            _("An amount must be a Decimal, an integer or a decimal string."),
            code="invalid_amount",
        )
    if isinstance(value, int):
        return _quantize(Decimal(value))
    if isinstance(value, str):
        text = value.strip()
        if not _PLAIN_NUMBER.fullmatch(text):
            raise MoneyError(_("Enter an amount, for example 1234.50."), code="invalid_amount")
        return _quantize(Decimal(text))
    return _quantize(value)


def round_money(value: Decimal) -> Decimal:
    """Round a Decimal half-up to the centime.

    >>> round_money(Decimal("2.675"))
    Decimal('2.68')
    """
    if not isinstance(value, Decimal):
        raise MoneyError(_("An amount must be a Decimal."), code="invalid_amount")
    return _quantize(value)


# --- Parsing what people type ----------------------------------------------------------------

_SPACES = "\u0020\u00a0\u202f\u2009\u2007"
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DIGIT_TRANSLATION = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹",  # Arabic-Indic and Eastern Arabic-Indic digits
    "01234567890123456789",
)
_CURRENCY_AFFIX = re.compile(r"^(?:mad|dhs?|د\.م\.?)\s*|\s*(?:mad|dhs?|د\.م\.?)$", re.IGNORECASE)
_BODY = re.compile(r"[0-9][0-9 .,]*")
_DIGITS = re.compile(r"[0-9]+")
_GROUP_HEAD = re.compile(r"[1-9][0-9]{0,2}")

_INVALID_INPUT = _("Enter an amount in dirhams, for example 1 234,50.")
_AMBIGUOUS_INPUT = _(
    "This amount is ambiguous: write it with two decimals, for example 1 234,00 or 1,23."
)
_TOO_MANY_DECIMALS = _("An amount has at most two decimals, for example 1 234,50.")


def _check_grouping(integer_part: str, group_separator: str) -> str:
    """Remove the group separator, refusing groupings like "12.34" or "1 2345"."""
    groups = integer_part.split(group_separator)
    first, rest = groups[0], groups[1:]
    if not 1 <= len(first) <= 3 or any(len(group) != 3 for group in rest):
        raise MoneyError(_INVALID_INPUT, code="invalid_amount")
    return "".join(groups)


def parse_money_input(text: str) -> Decimal:
    """Read an amount typed by a person and return it with two decimal places.

    Accepted: "1234,5", "1234.50", "1 234,50", "1.234,50", "1,234.50", "-12,5", Arabic-Indic
    digits, any kind of space (including U+00A0 and U+202F) as the group separator, and an
    optional currency "DH", "Dhs", "MAD" or "د.م." before or after the number.

    Refused with ``MoneyError``:

    - ambiguous input (code ``ambiguous_amount``): one "." or "," between one to three digits
      (not starting with 0) and exactly three digits, as in "1.234" or "1,234", which is 1234
      for some people and 1.234 for others;
    - more than two decimals (code ``too_many_decimals``), as in "1,2345";
    - anything else that is not a well-formed amount (code ``invalid_amount``).

    >>> parse_money_input("1 234,5")
    Decimal('1234.50')
    >>> parse_money_input("1.234,50 DH")
    Decimal('1234.50')
    """
    if not isinstance(text, str):
        raise MoneyError(_INVALID_INPUT, code="invalid_amount")
    cleaned = text.translate(_DIGIT_TRANSLATION)
    cleaned = "".join(
        " " if char in _SPACES else char for char in cleaned if char not in _BIDI_MARKS
    )
    cleaned = _CURRENCY_AFFIX.sub("", cleaned.strip()).strip()

    negative = cleaned[:1] in ("-", "\u2212")
    if cleaned[:1] in ("-", "\u2212", "+"):
        cleaned = cleaned[1:]
    if not _BODY.fullmatch(cleaned) or not cleaned[-1].isdigit() or "  " in cleaned:
        raise MoneyError(_INVALID_INPUT, code="invalid_amount")

    has_space = " " in cleaned
    dots, commas = cleaned.count("."), cleaned.count(",")
    decimal_separator: str | None = None
    group_separator: str | None = " " if has_space else None
    if dots and commas:
        if has_space:  # two different group separators, e.g. "1 234.567,50"
            raise MoneyError(_INVALID_INPUT, code="invalid_amount")
        decimal_separator = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        group_separator = "," if decimal_separator == "." else "."
        if cleaned.count(decimal_separator) != 1:
            raise MoneyError(_INVALID_INPUT, code="invalid_amount")
    elif dots or commas:
        mark = "." if dots else ","
        if cleaned.count(mark) > 1:  # "1.234.567": only a group separator repeats
            if has_space:
                raise MoneyError(_INVALID_INPUT, code="invalid_amount")
            group_separator = mark
        else:
            head, tail = cleaned.split(mark)
            if len(tail) == 3 and not has_space and _GROUP_HEAD.fullmatch(head):
                # "1.234" / "1,234": thousands for some people, decimals for others.
                raise MoneyError(_AMBIGUOUS_INPUT, code="ambiguous_amount")
            decimal_separator = mark

    if decimal_separator is not None:
        integer_part, fraction = cleaned.split(decimal_separator)
        if group_separator is not None and group_separator in fraction:
            raise MoneyError(_INVALID_INPUT, code="invalid_amount")
        if not _DIGITS.fullmatch(fraction) or not integer_part:
            raise MoneyError(_INVALID_INPUT, code="invalid_amount")
        if len(fraction) > 2:
            raise MoneyError(_TOO_MANY_DECIMALS, code="too_many_decimals")
    else:
        integer_part, fraction = cleaned, ""
    if group_separator is not None:
        integer_part = _check_grouping(integer_part, group_separator)
    if not _DIGITS.fullmatch(integer_part):
        raise MoneyError(_INVALID_INPUT, code="invalid_amount")

    amount = to_money(f"{integer_part}.{fraction or '0'}")
    return _quantize(-amount) if negative else amount


# --- Arithmetic ------------------------------------------------------------------------------


def _exact(value: Decimal | int, what: str) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"{what} must be a Decimal or an int, not {type(value).__name__}.")
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(f"{what} must be finite, not {value}.")
    return Fraction(value)


def allocate(total: Decimal, weights: Sequence[Decimal | int]) -> list[Decimal]:
    """Split ``total`` in proportion to ``weights``; the parts add up exactly to ``total``.

    Largest-remainder method: every part gets the floor of its exact share in centimes, then
    the centimes left over go one each to the parts with the largest remainders, the lower
    index first on ties. Each part is a multiple of 0.01 and differs from its exact share by
    less than 0.01. A negative total is split like its absolute value, then negated.

    ``total`` must already be a whole number of centimes (``MoneyError`` otherwise). Raises
    ``ValueError`` when there are no weights, a weight is negative or all weights are zero.

    >>> allocate(Decimal("100.00"), [1, 1, 1])
    [Decimal('33.34'), Decimal('33.33'), Decimal('33.33')]
    >>> allocate(Decimal("-0.05"), [Decimal("0.5"), Decimal("0.5")])
    [Decimal('-0.03'), Decimal('-0.02')]
    """
    exact_total = _exact(total, "total") * 100
    if exact_total.denominator != 1:
        raise MoneyError(_("An amount has at most two decimals."), code="too_many_decimals")
    exact_weights = [_exact(weight, "weight") for weight in weights]
    if any(weight < 0 for weight in exact_weights):
        raise ValueError("Weights must not be negative.")
    weight_sum = sum(exact_weights, Fraction(0))
    if weight_sum == 0:
        raise ValueError("At least one weight must be positive.")

    cents = abs(exact_total.numerator)
    shares = [cents * weight / weight_sum for weight in exact_weights]
    parts = [share.numerator // share.denominator for share in shares]
    left_over = cents - sum(parts)
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(shares[i] - parts[i]), i))
    for index in by_remainder[:left_over]:
        parts[index] += 1
    sign = "-" if exact_total < 0 else ""
    return [Decimal(f"{sign if part else ''}{part}E-2") for part in parts]


def _round_fraction(value: Fraction) -> Decimal:
    """Round an exact rational half-up (away from zero) to the centime, without a context."""
    cents = math.floor(abs(value) * 100 + Fraction(1, 2))
    sign = "-" if value < 0 and cents else ""
    return Decimal(f"{sign}{cents}E-2")


def percentage_of(amount: Decimal, rate: Decimal) -> Decimal:
    """Return ``rate`` percent of ``amount``, rounded half-up to the centime.

    >>> percentage_of(Decimal("199.00"), Decimal("12.5"))
    Decimal('24.88')
    """
    return _round_fraction(_exact(amount, "amount") * _exact(rate, "rate") / 100)


# --- Display ---------------------------------------------------------------------------------

NBSP = "\u00a0"

#: language -> (Babel locale whose symbols fit, currency symbol shown after the number).
#: "ar_MA" has the Moroccan separators ("." for groups, "," for decimals) and Latin digits.
_DISPLAY = {
    "fr": ("fr", "DH"),
    "ar": ("ar_MA", "د.م."),
    "en": ("en", "DH"),
}
_DEFAULT_LANGUAGE = "fr"
_STRIP_BIDI = str.maketrans(dict.fromkeys(_BIDI_MARKS))


def _display_language(locale: str | None) -> str:
    language = (locale or get_language() or _DEFAULT_LANGUAGE).replace("_", "-").lower()
    primary = language.split("-")[0]
    return primary if primary in _DISPLAY else _DEFAULT_LANGUAGE


def format_money(amount: Decimal, locale: str | None = None) -> str:
    r"""Format an amount in dirhams for display, always with two decimals.

    ``locale`` defaults to Django's current language; languages other than "ar", "fr" and
    "en" (for example "zgh", which Babel does not know) are shown the French way. Amounts
    with more than two decimals are rounded half-up first.

    The group separator and the space before the symbol are NO-BREAK SPACE (U+00A0). Babel's
    French data (CLDR) groups with NARROW NO-BREAK SPACE (U+202F), which older Android fonts
    draw as a box or not at all, so it is replaced. Bidi control marks that CLDR puts in
    Arabic formats (U+200E, U+200F, U+061C, ...) are removed; the result is a plain string
    and the template decides how to isolate it in right-to-left text.

    >>> format_money(Decimal("1234.5"), "fr")
    '1\xa0234,50\xa0DH'
    >>> format_money(Decimal("-1234.5"), "ar")
    '-1.234,50\xa0د.م.'
    >>> format_money(Decimal("1234.5"), "en")
    '1,234.50\xa0DH'
    >>> format_money(Decimal("0"), "zgh")
    '0,00\xa0DH'
    """
    value = to_money(amount)
    babel_locale, symbol = _DISPLAY[_display_language(locale)]
    number = format_decimal(value.copy_abs(), format="#,##0.00", locale=babel_locale)
    number = number.translate(_STRIP_BIDI)
    for space in _SPACES:
        number = number.replace(space, NBSP)
    sign = "-" if value < 0 else ""
    return f"{sign}{number}{NBSP}{symbol}"
