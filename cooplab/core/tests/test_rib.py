"""Moroccan RIB: 24 digits, key = 97 - ((first 22 digits * 100) mod 97)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from cooplab.core.rib import format_rib, is_valid_rib, normalize_rib, rib_key, validate_rib

# Computed by hand: 011780000001234567890100 mod 97 = 10, so the key is 97 - 10 = 87;
# so 011780000001234567890187 is divisible by 97.
VALID = "011780000001234567890187"
VALID_2 = "225780000098765432100019"


def test_keys_computed_by_hand():
    assert int("011780000001234567890100") % 97 == 10
    assert rib_key("0117800000012345678901") == "87"
    assert int(VALID) % 97 == 0
    assert rib_key("2257800000987654321000") == "19"
    assert int(VALID_2) % 97 == 0
    # A multiple of 97 gets the key 97, never 00.
    assert rib_key("0000000000000000000097") == "97"


@pytest.mark.parametrize("rib", [VALID, VALID_2, "000000000000000000009797"])
def test_valid_ribs_pass(rib):
    validate_rib(rib)
    assert is_valid_rib(rib)


def test_spaces_dashes_and_dots_are_ignored():
    assert normalize_rib("011 780 0000012345678901 87") == VALID
    assert normalize_rib("011-780-0000012345678901-87") == VALID
    assert normalize_rib(" 011.780.0000012345678901.87 ") == VALID


def test_format_for_display():
    assert format_rib(VALID) == "011 780 0000012345678901 87"
    assert format_rib("011-780-0000012345678901-87") == "011 780 0000012345678901 87"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("011780000001234567890188", "rib_key"),
        ("011780000001234567890178", "rib_key"),
        ("000000000000000000009700", "rib_key"),  # divisible by 97 but the key is 97
        ("01178000000123456789018", "rib_format"),
        ("0117800000012345678901870", "rib_format"),
        ("01178000000123456789O187", "rib_format"),
        ("", "rib_format"),
        ("٠١١٧٨٠٠٠٠٠٠١٢٣٤٥٦٧٨٩٠١٨٧", "rib_format"),
    ],
)
def test_invalid_ribs_are_refused_with_a_translated_message(value, code):
    with pytest.raises(ValidationError) as caught:
        validate_rib(value)
    assert caught.value.code == code
    assert "RIB" in str(caught.value.messages[0])
    assert not is_valid_rib(value)


_bodies = st.text(alphabet="0123456789", min_size=22, max_size=22)


@settings(max_examples=2000, deadline=None)
@given(body=_bodies, position=st.integers(min_value=0, max_value=23), shift=st.integers(1, 9))
def test_changing_any_one_digit_invalidates_the_rib(body, position, shift):
    rib = body + rib_key(body)
    assert is_valid_rib(rib)
    digit = (int(rib[position]) + shift) % 10
    tampered = rib[:position] + str(digit) + rib[position + 1 :]
    assert not is_valid_rib(tampered)


@settings(max_examples=500, deadline=None)
@given(body=_bodies)
def test_key_is_between_01_and_97(body):
    assert 1 <= int(rib_key(body)) <= 97
