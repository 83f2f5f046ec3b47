import pytest
from django import forms
from django.core.exceptions import ValidationError

from cooplab.core.ice import normalize_ice, validate_ice
from cooplab.core.phone import (
    InvalidPhoneNumber,
    PhoneNumberField,
    format_phone,
    normalize_mobile,
    normalize_phone,
    try_normalize_phone,
    validate_phone,
)

# --- phone -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "06 12 34 56 78",
        "0612345678",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+212612345678",
        "+212 6 12 34 56 78",
        "(+212) 6 12 34 56 78",
        "00212612345678",
        "00 212 6 12 34 56 78",
        "212612345678",  # phonenumbers recognises the country code even without "+"
        "  0612345678  ",
        "٠٦١٢٣٤٥٦٧٨",  # Arabic-Indic digits from an Arabic keyboard
    ],
)
def test_moroccan_mobile_written_any_usual_way_normalizes_to_e164(raw):
    assert normalize_phone(raw) == "+212612345678"
    assert normalize_mobile(raw) == "+212612345678"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("07 00 11 22 33", "+212700112233"), ("0712345678", "+212712345678")],
)
def test_07_numbers_are_mobiles(raw, expected):
    assert normalize_mobile(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0522 12 34 56", "+212522123456"), ("+212 537 12 34 56", "+212537123456")],
)
def test_landline_is_a_phone_but_not_a_mobile(raw, expected):
    assert normalize_phone(raw) == expected
    with pytest.raises(InvalidPhoneNumber) as excinfo:
        normalize_mobile(raw)
    assert excinfo.value.code == "not_mobile"


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "abc", "0612", "06123456789", "0812345678", "+212", "+212 abc", "06 12 34 56 7x"],
)
def test_garbage_is_refused_as_invalid_phone(raw):
    with pytest.raises(InvalidPhoneNumber) as excinfo:
        normalize_phone(raw)
    assert excinfo.value.code == "invalid_phone"
    with pytest.raises(InvalidPhoneNumber) as excinfo:
        normalize_mobile(raw)
    assert excinfo.value.code == "invalid_phone"
    assert try_normalize_phone(raw) is None


def test_invalid_phone_is_a_validation_error_with_an_example():
    with pytest.raises(ValidationError) as excinfo:
        validate_phone("abc")
    assert excinfo.value.messages == ["Enter a valid phone number, for example 06 12 34 56 78."]


def test_foreign_numbers_in_international_form_are_kept():
    assert normalize_phone("+33 6 12 34 56 78") == "+33612345678"
    assert try_normalize_phone("+33612345678") == "+33612345678"


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        ("+212612345678", "06 12 34 56 78"),
        ("+212712345678", "07 12 34 56 78"),
        ("+212522123456", "05 22 12 34 56"),
        ("+33612345678", "+33 6 12 34 56 78"),
        ("not a number", "not a number"),
    ],
)
def test_format_phone_shows_moroccan_numbers_in_national_form(e164, expected):
    assert format_phone(e164) == expected


def test_format_phone_round_trips_with_normalize_phone():
    assert normalize_phone(format_phone("+212612345678")) == "+212612345678"


def test_phone_number_field_cleans_to_e164_and_refuses_landlines_by_default():
    assert PhoneNumberField().clean("06 12 34 56 78") == "+212612345678"
    assert PhoneNumberField(mobile_only=False).clean("0522123456") == "+212522123456"
    assert PhoneNumberField(required=False).clean("") == ""
    with pytest.raises(ValidationError) as excinfo:
        PhoneNumberField().clean("0522123456")
    assert excinfo.value.code == "not_mobile"


def test_phone_number_field_renders_as_a_left_to_right_tel_input():
    widget = PhoneNumberField().widget
    assert isinstance(widget, forms.TextInput)
    html = widget.render("phone", "0612345678")
    assert html == (
        '<input type="tel" name="phone" value="0612345678" maxlength="32"'
        ' autocomplete="tel" inputmode="tel" dir="ltr">'
    )


# --- ICE -------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["001561191000066", "001 561 191 000 066", " 001561191000066 "])
def test_valid_ice_is_accepted_and_compacted(raw):
    assert normalize_ice(raw) == "001561191000066"
    validate_ice(raw)


@pytest.mark.parametrize("raw", ["001561191000067", "001561191000065", "101561191000066"])
def test_ice_with_a_wrong_check_number_is_refused(raw):
    with pytest.raises(ValidationError) as excinfo:
        normalize_ice(raw)
    assert excinfo.value.code == "ice_checksum"


@pytest.mark.parametrize(
    "raw", ["", "00156119100006", "0015611910000660", "1234", "00156119100006A", "ICE001561191000"]
)
def test_ice_with_wrong_length_or_characters_is_refused(raw):
    with pytest.raises(ValidationError) as excinfo:
        normalize_ice(raw)
    assert excinfo.value.code == "ice_format"
    assert excinfo.value.messages == ["An ICE has exactly 15 digits."]
