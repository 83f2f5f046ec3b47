import doctest
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from cooplab.core import money
from cooplab.core.money import (
    CENT,
    MAD,
    MoneyError,
    allocate,
    format_money,
    parse_money_input,
    percentage_of,
    round_money,
    to_money,
)

NBSP = "\u00a0"
INVISIBLE = {"\u202f", "\u200e", "\u200f", "\u061c", "\u2066", "\u2067", "\u2068", "\u2069"}


def is_cent_multiple(value: Decimal) -> bool:
    return value.as_tuple().exponent == -2 and value == value.quantize(CENT)


# --- constants -------------------------------------------------------------------------------


def test_constants():
    assert MAD == "MAD"
    assert CENT == Decimal("0.01")
    assert issubclass(MoneyError, ValueError)


# --- to_money --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12"), "12.00"),
        (Decimal("12.5"), "12.50"),
        (Decimal("1E+3"), "1000.00"),
        (0, "0.00"),
        (1234, "1234.00"),
        (-7, "-7.00"),
        ("1234.5", "1234.50"),
        ("  99.90 ", "99.90"),
        ("-0.5", "-0.50"),
        ("+3", "3.00"),
        (".5", "0.50"),
        ("5.", "5.00"),
    ],
)
def test_to_money_converts_exactly_to_two_places(value, expected):
    result = to_money(value)
    assert result == Decimal(expected)
    assert str(result) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.125", "0.13"),
        ("0.124999", "0.12"),
        ("-0.125", "-0.13"),
        ("2.675", "2.68"),
        ("1.005", "1.01"),
        (Decimal("0.0050"), "0.01"),
        (Decimal("0.0049"), "0.00"),
    ],
)
def test_to_money_rounds_extra_decimals_half_up(value, expected):
    assert str(to_money(value)) == expected


def test_to_money_never_returns_negative_zero():
    assert str(to_money(Decimal("-0.001"))) == "0.00"
    assert str(to_money("-0")) == "0.00"
    assert to_money(Decimal("-0.001")).is_signed() is False


@pytest.mark.parametrize(
    "value",
    [
        0.1,
        1.0,
        True,
        False,
        None,
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        "NaN",
        "Infinity",
        "",
        "abc",
        "12abc",
        "1,5",
        "1 234",
        "1_000",
        "1e3",
        "٣",
        "--1",
        [1],
    ],
)
def test_to_money_refuses_floats_bools_specials_and_garbage(value):
    with pytest.raises(MoneyError) as excinfo:
        to_money(value)
    assert excinfo.value.code == "invalid_amount"


def test_to_money_refuses_amounts_beyond_precision():
    with pytest.raises(MoneyError) as excinfo:
        to_money(Decimal("1E+100"))
    assert excinfo.value.code == "amount_too_large"


def test_money_error_message_is_translated_text():
    with pytest.raises(MoneyError) as excinfo:
        to_money(0.1)
    assert str(excinfo.value) == "An amount must be a Decimal, an integer or a decimal string."


# --- round_money -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2.675", "2.68"),
        ("2.665", "2.67"),
        ("-2.675", "-2.68"),
        ("2.674999", "2.67"),
        ("10", "10.00"),
        ("-0.004", "0.00"),
    ],
)
def test_round_money_rounds_half_up_to_the_centime(value, expected):
    assert str(round_money(Decimal(value))) == expected


@pytest.mark.parametrize("value", [1.5, 2, "2.5", Decimal("NaN")])
def test_round_money_accepts_only_finite_decimals(value):
    with pytest.raises(MoneyError):
        round_money(value)


# --- parse_money_input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234,5", "1234.50"),
        ("1 234,50", "1234.50"),
        ("1234.50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1\u202f234,50", "1234.50"),
        ("1 234 567,89", "1234567.89"),
        ("1.234.567,89", "1234567.89"),
        ("1.234.567", "1234567.00"),
        ("1,234,567", "1234567.00"),
        ("1 234", "1234.00"),
        ("1 234.5", "1234.50"),
        ("1234", "1234.00"),
        ("0", "0.00"),
        ("0,5", "0.50"),
        ("12,05", "12.05"),
        ("  45  ", "45.00"),
        ("-12,5", "-12.50"),
        ("\u2212" + "12,5", "-12.50"),
        ("+12,5", "12.50"),
        ("1 234,50 DH", "1234.50"),
        ("1 234,50\u00a0DH", "1234.50"),
        ("1234 dh", "1234.00"),
        ("1234,50 Dhs", "1234.50"),
        ("MAD 1,234.50", "1234.50"),
        ("1.234,50\u00a0د.م.", "1234.50"),
        ("\u200f1.234,50 د.م.\u200f", "1234.50"),
        ("١٢٣٤,٥", "1234.50"),
    ],
)
def test_parse_money_input_accepts_what_people_type(text, expected):
    result = parse_money_input(text)
    assert str(result) == expected


@pytest.mark.parametrize("text", ["1.234", "1,234", "999,999", "12.345", "-1,500", "1,234 DH"])
def test_parse_money_input_refuses_ambiguous_thousands(text):
    with pytest.raises(MoneyError) as excinfo:
        parse_money_input(text)
    assert excinfo.value.code == "ambiguous_amount"


@pytest.mark.parametrize(
    "text", ["1,2345", "1234.567", "1 234,567", "0.001", "0,500", "1.234,567", "1,234.567"]
)
def test_parse_money_input_refuses_more_than_two_decimals(text):
    with pytest.raises(MoneyError) as excinfo:
        parse_money_input(text)
    assert excinfo.value.code == "too_many_decimals"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "DH",
        "abc",
        "12abc",
        "12 abc",
        "1e3",
        "NaN",
        "Infinity",
        ",50",
        ".5",
        "12,",
        "12.",
        "1,2,3",
        "12.34.56",
        "1.23,45",
        "12.345.67",
        "1 2345",
        "12 34",
        "1  234",
        "1 234.567,50",
        "1.234 567",
        "1,234.567.8",
        "1.234,56,7",
        "--5",
        "5-",
        "1_000",
        "12 $",
        "€12",
    ],
)
def test_parse_money_input_refuses_garbage(text):
    with pytest.raises(MoneyError) as excinfo:
        parse_money_input(text)
    assert excinfo.value.code == "invalid_amount"


def test_parse_money_input_refuses_non_strings():
    with pytest.raises(MoneyError):
        parse_money_input(12)


# --- allocate --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "weights", "expected"),
    [
        ("100.00", [1, 1, 1], ["33.34", "33.33", "33.33"]),
        ("0.02", [1, 1, 1], ["0.01", "0.01", "0.00"]),
        ("10.00", [1, 3], ["2.50", "7.50"]),
        ("10.00", [Decimal("0.1"), Decimal("0.2"), Decimal("0.7")], ["1.00", "2.00", "7.00"]),
        ("0.05", [1, 1], ["0.03", "0.02"]),
        ("1.00", [0, 1, 0], ["0.00", "1.00", "0.00"]),
        ("1.00", [3], ["1.00"]),
        ("0.00", [1, 2], ["0.00", "0.00"]),
        ("-100.00", [1, 1, 1], ["-33.34", "-33.33", "-33.33"]),
        ("-0.05", [1, 1], ["-0.03", "-0.02"]),
        ("-0.01", [1, 1], ["-0.01", "0.00"]),
        ("100", [1, 1, 1], ["33.34", "33.33", "33.33"]),
    ],
)
def test_allocate_splits_by_largest_remainder(total, weights, expected):
    parts = allocate(Decimal(total), weights)
    assert [str(part) for part in parts] == expected


def test_allocate_breaks_remainder_ties_by_index():
    assert [str(p) for p in allocate(Decimal("0.02"), [1, 1, 1, 1])] == [
        "0.01",
        "0.01",
        "0.00",
        "0.00",
    ]


def test_allocate_gives_left_over_centimes_to_largest_remainders_first():
    # exact shares in centimes: 16.67, 33.33, 50.00 → 17, 33, 50
    parts = allocate(Decimal("1.00"), [1, 2, 3])
    assert [str(p) for p in parts] == ["0.17", "0.33", "0.50"]


@pytest.mark.parametrize("weights", [[], [0], [0, 0, Decimal("0.00")]])
def test_allocate_refuses_all_zero_weights(weights):
    with pytest.raises(ValueError, match="At least one weight must be positive"):
        allocate(Decimal("10.00"), weights)


def test_allocate_refuses_negative_weights():
    with pytest.raises(ValueError, match="must not be negative"):
        allocate(Decimal("10.00"), [2, -1])


def test_allocate_refuses_total_with_fractions_of_centimes():
    with pytest.raises(MoneyError) as excinfo:
        allocate(Decimal("10.005"), [1, 1])
    assert excinfo.value.code == "too_many_decimals"


@pytest.mark.parametrize("weights", [[1.5, 1], [True, 1]])
def test_allocate_refuses_float_and_bool_weights(weights):
    with pytest.raises(TypeError):
        allocate(Decimal("10.00"), weights)


def test_allocate_refuses_non_finite_weights():
    with pytest.raises(ValueError, match="finite"):
        allocate(Decimal("10.00"), [Decimal("Infinity"), 1])


totals = st.integers(min_value=-(10**12), max_value=10**12).map(lambda c: Decimal(c).scaleb(-2))
weight_values = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False, allow_infinity=False),
)
weight_lists = st.lists(weight_values, min_size=1, max_size=25).filter(lambda ws: any(ws))


@settings(max_examples=500)
@given(total=totals, weights=weight_lists)
def test_allocate_parts_add_up_and_stay_within_a_centime_of_the_exact_share(total, weights):
    parts = allocate(total, weights)

    assert len(parts) == len(weights)
    assert sum(parts, Decimal("0.00")) == total
    assert all(is_cent_multiple(part) for part in parts)
    weight_sum = sum(Fraction(w) for w in weights)
    for part, weight in zip(parts, weights, strict=True):
        exact_share = Fraction(total) * Fraction(weight) / weight_sum
        assert abs(Fraction(part) - exact_share) < Fraction(1, 100)


@settings(max_examples=500)
@given(total=totals, weights=weight_lists)
def test_allocate_is_symmetric_for_negative_totals(total, weights):
    assert allocate(-total, weights) == [-part for part in allocate(total, weights)]


# --- percentage_of ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "rate", "expected"),
    [
        ("199.00", "12.5", "24.88"),
        ("100.00", "20", "20.00"),
        ("0.10", "5", "0.01"),  # 0.005 → 0.01 (half-up)
        ("0.10", "4.9", "0.00"),
        ("1000.00", "0", "0.00"),
        ("-199.00", "12.5", "-24.88"),
        ("-0.01", "10", "0.00"),
        ("33.33", "100", "33.33"),
        ("12345678901234567890123456.78", "10", "1234567890123456789012345.68"),
    ],
)
def test_percentage_of_rounds_half_up_to_the_centime(amount, rate, expected):
    assert str(percentage_of(Decimal(amount), Decimal(rate))) == expected


def test_percentage_of_refuses_float_rates():
    with pytest.raises(TypeError):
        percentage_of(Decimal("10.00"), 12.5)


# --- format_money ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "locale", "expected"),
    [
        ("1234.5", "fr", "1\u00a0234,50\u00a0DH"),
        ("-1234.5", "fr", "-1\u00a0234,50\u00a0DH"),
        ("0", "fr", "0,00\u00a0DH"),
        ("1234567.891", "fr", "1\u00a0234\u00a0567,89\u00a0DH"),
        ("12", "fr", "12,00\u00a0DH"),
        ("1234.5", "ar", "1.234,50\u00a0د.م."),
        ("-1234.5", "ar", "-1.234,50\u00a0د.م."),
        ("0", "ar", "0,00\u00a0د.م."),
        ("1234567.891", "ar", "1.234.567,89\u00a0د.م."),
        ("1234.5", "en", "1,234.50\u00a0DH"),
        ("-1234.5", "en", "-1,234.50\u00a0DH"),
        ("0", "en", "0.00\u00a0DH"),
        ("0.005", "fr", "0,01\u00a0DH"),
        ("-0.004", "fr", "0,00\u00a0DH"),
        ("1234.5", "fr-ma", "1\u00a0234,50\u00a0DH"),
        ("1234.5", "ar_MA", "1.234,50\u00a0د.م."),
        ("1234.5", "en-us", "1,234.50\u00a0DH"),
        ("1234.5", "zgh", "1\u00a0234,50\u00a0DH"),
        ("1234.5", "de", "1\u00a0234,50\u00a0DH"),
    ],
)
def test_format_money_gives_exact_strings(amount, locale, expected):
    assert format_money(Decimal(amount), locale) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "1\u00a0234,50\u00a0DH"),
        ("ar", "1.234,50\u00a0د.م."),
        ("en", "1,234.50\u00a0DH"),
        ("zgh", "1\u00a0234,50\u00a0DH"),
    ],
)
def test_format_money_defaults_to_the_current_language(language, expected):
    with translation.override(language):
        assert format_money(Decimal("1234.50")) == expected


def test_format_money_falls_back_to_french_without_an_active_language():
    with translation.override(None):
        assert format_money(Decimal("1234.50")) == "1\u00a0234,50\u00a0DH"


def test_format_money_refuses_floats():
    with pytest.raises(MoneyError):
        format_money(1234.5)


def test_docstring_examples_are_correct():
    failed, attempted = doctest.testmod(money, raise_on_error=False, report=True)
    assert (failed, attempted) == (0, 10)


# --- round trips -----------------------------------------------------------------------------

amounts = st.integers(min_value=-(10**15), max_value=10**15).map(lambda c: Decimal(c).scaleb(-2))


@settings(max_examples=500)
@given(amount=amounts)
def test_to_money_round_trips_two_place_amounts(amount):
    assert to_money(amount) == amount
    assert to_money(str(amount)) == amount
    assert str(to_money(str(amount))) == str(to_money(amount))


@settings(max_examples=500)
@given(
    value=st.decimals(
        min_value=-(10**12), max_value=10**12, allow_nan=False, allow_infinity=False, places=6
    )
)
def test_to_money_rounds_to_the_nearest_centime_half_up(value):
    result = to_money(value)
    assert is_cent_multiple(result)
    assert abs(result - value) <= Decimal("0.005")
    assert result == value.quantize(CENT, rounding=ROUND_HALF_UP)
    assert to_money(str(value)) == result


@settings(max_examples=500)
@given(amount=amounts, locale=st.sampled_from(["fr", "ar", "en"]))
def test_format_money_output_parses_back_to_the_same_amount(amount, locale):
    text = format_money(amount, locale)
    assert not INVISIBLE & set(text)
    assert parse_money_input(text) == amount
