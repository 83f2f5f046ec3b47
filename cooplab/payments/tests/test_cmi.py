"""The CMI ver3 hash and callback checks, against plaintexts written out by hand from the
protocol description (DOMAIN.md, cooplab/payments/cmi.py)."""

from __future__ import annotations

import base64
import hashlib
from decimal import Decimal

import pytest
from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from cooplab.payments.cmi import (
    CallbackAnswer,
    CMIConfig,
    build_payment_request,
    hash_plaintext,
    parse_amount,
    ver3_hash,
    verify_callback,
)

STORE_KEY = "s3cr|et\\key"  # contains both characters that need escaping
CONFIG = CMIConfig(
    gateway_url="https://testpayment.cmi.co.ma/fim/est3Dgate",
    client_id="600000000",
    store_key=STORE_KEY,
)


def _sha512_b64(text: str) -> str:
    return base64.b64encode(hashlib.sha512(text.encode("utf-8")).digest()).decode("ascii")


def _request(**overrides):
    arguments = {
        "config": CONFIG,
        "order_id": "CL-1|2\\3",
        "amount": Decimal("125.50"),
        "ok_url": "https://shop.example/ok",
        "fail_url": "https://shop.example/fail",
        "callback_url": "https://shop.example/cb",
        "shop_url": "https://shop.example/",
        "lang": "ar",
        "email": "f@example.ma",
        "bill_to_name": "فاطمة أوبلة",
        "rnd": "abc123",
    }
    arguments.update(overrides)
    return build_payment_request(**arguments)


def test_request_hash_matches_the_plaintext_written_by_hand():
    request = _request()

    # Names sorted case-insensitively: amount, BillToName, CallbackURL, clientid, currency,
    # email, failUrl, hashAlgorithm, lang, oid, okUrl, rnd, shopurl, storetype, trantype
    # ("encoding" and "HASH" left out). "\" doubled first, then "|" escaped; each value
    # followed by "|"; the escaped store key last.
    plaintext = (
        r"125.50|فاطمة أوبلة|https://shop.example/cb|600000000|504|f@example.ma|"
        r"https://shop.example/fail|ver3|ar|CL-1\|2\\3|https://shop.example/ok|abc123|"
        r"https://shop.example/|3D_PAY_HOSTING|PreAuth|s3cr\|et\\key"
    )
    assert hash_plaintext(request.fields, STORE_KEY) == plaintext
    assert request.fields["HASH"] == _sha512_b64(plaintext)
    assert request.url == "https://testpayment.cmi.co.ma/fim/est3Dgate"


def test_request_carries_every_field_cmi_expects():
    fields = _request().fields
    assert fields == {
        "clientid": "600000000",
        "storetype": "3D_PAY_HOSTING",
        "trantype": "PreAuth",
        "amount": "125.50",
        "currency": "504",
        "oid": "CL-1|2\\3",
        "okUrl": "https://shop.example/ok",
        "failUrl": "https://shop.example/fail",
        "CallbackURL": "https://shop.example/cb",
        "shopurl": "https://shop.example/",
        "lang": "ar",
        "email": "f@example.ma",
        "BillToName": "فاطمة أوبلة",
        "rnd": "abc123",
        "hashAlgorithm": "ver3",
        "encoding": "UTF-8",
        "HASH": fields["HASH"],
    }


def test_hash_of_a_known_value_is_stable():
    # A fixed vector: if this changes, every merchant integration breaks.
    assert ver3_hash({"a": "1"}, "k") == _sha512_b64("1|k")
    assert ver3_hash({"a": "1"}, "k") == (
        "L4ezUHUCg1mLMLnojKFY0eg/jU2pne7rl9SMEVosYodrDGHPFOjEa2d3diGKw479A+SJZoY5oUS8awuN1Se+Aw=="
    )


def test_names_are_sorted_case_insensitively():
    params = {"b": "2", "A": "1", "C": "3"}
    # Plain (case-sensitive) order would be A, C, b.
    assert hash_plaintext(params, "k") == "1|2|3|k"
    assert ver3_hash(params, "k") == _sha512_b64("1|2|3|k")


def test_names_with_numbers_sort_naturally_like_php_natcasesort():
    params = {"street10": "ten", "Street2": "two", "street1": "one"}
    assert hash_plaintext(params, "k") == "one|two|ten|k"


def test_hash_and_encoding_are_left_out_whatever_their_case():
    params = {
        "amount": "10.00",
        "HASH": "x",
        "hash": "y",
        "Encoding": "UTF-8",
        "hashAlgorithm": "ver3",
    }
    assert hash_plaintext(params, "k") == "10.00|ver3|k"


def test_escaping_order_backslash_before_pipe():
    # "a|b\c": doubling "\" after escaping "|" would give "a\\|b\\c" (wrong).
    assert hash_plaintext({"x": "a|b\\c"}, "k") == "a\\|b\\\\c|k"
    assert hash_plaintext({"x": "\\|"}, "\\") == "\\\\\\||\\\\"


def test_moving_a_pipe_between_values_changes_the_hash():
    assert ver3_hash({"a": "x|", "b": "y"}, "k") != ver3_hash({"a": "x", "b": "|y"}, "k")


def _signed_callback(**changes: str) -> dict[str, str]:
    params = {
        **_request().fields,
        "ProcReturnCode": "00",
        "Response": "Approved",
        "TransId": "25123ABC",
        "AuthCode": "P12345",
        "ErrMsg": "",
        "mdStatus": "1",
    }
    params.update(changes)
    params.pop("HASH")
    params["HASH"] = ver3_hash(params, STORE_KEY)
    return params


def test_approved_callback_is_verified_and_parsed():
    result = verify_callback(_signed_callback(), config=CONFIG)
    assert result.valid_hash is True
    assert result.approved is True
    assert result.order_id == "CL-1|2\\3"
    assert result.amount == Decimal("125.50")
    assert result.currency == "504"
    assert result.proc_return_code == "00"
    assert result.provider_reference == "25123ABC"
    assert result.error_message == ""
    assert result.matches(order_id="CL-1|2\\3", amount=Decimal("125.50"))
    assert not result.matches(order_id="CL-1|2\\3", amount=Decimal("125.51"))
    assert not result.matches(order_id="other", amount=Decimal("125.50"))
    assert not result.matches(order_id="CL-1|2\\3", amount=Decimal("125.50"), currency="978")


def test_callback_hash_computed_by_hand():
    params = {
        "oid": "A1",
        "amount": "10.00",
        "currency": "504",
        "ProcReturnCode": "00",
        "Response": "Approved",
        "TransId": "T1",
        "hashAlgorithm": "ver3",
        "encoding": "UTF-8",
    }
    # amount, currency, hashAlgorithm, oid, ProcReturnCode, Response, TransId
    params["HASH"] = _sha512_b64(r"10.00|504|ver3|A1|00|Approved|T1|s3cr\|et\\key")
    assert verify_callback(params, config=CONFIG).approved is True


@pytest.mark.parametrize(
    ("code", "response"), [("05", "Declined"), ("99", "Error"), ("00", "Declined"), ("", "")]
)
def test_declined_callback_is_valid_but_not_approved(code, response):
    result = verify_callback(
        _signed_callback(ProcReturnCode=code, Response=response, ErrMsg="Refusée"), config=CONFIG
    )
    assert result.valid_hash is True
    assert result.approved is False
    assert result.error_message == "Refusée"


def test_tampered_amount_is_rejected():
    params = _signed_callback()
    params["amount"] = "1.00"
    result = verify_callback(params, config=CONFIG)
    assert result.valid_hash is False
    assert result.approved is False
    assert not result.matches(order_id="CL-1|2\\3", amount=Decimal("1.00"))


def test_tampered_hash_or_missing_hash_or_wrong_key_is_rejected():
    params = _signed_callback()
    tampered = {**params, "HASH": params["HASH"][:-4] + "AAA="}
    assert verify_callback(tampered, config=CONFIG).valid_hash is False
    missing = {k: v for k, v in params.items() if k != "HASH"}
    assert verify_callback(missing, config=CONFIG).valid_hash is False
    other_key = CMIConfig(gateway_url="x", client_id="600000000", store_key="other")
    assert verify_callback(params, config=other_key).valid_hash is False


def test_a_hash_of_another_algorithm_is_rejected():
    params = _signed_callback(hashAlgorithm="ver2")
    assert verify_callback(params, config=CONFIG).valid_hash is False


def test_lower_case_hash_parameter_is_accepted():
    params = _signed_callback()
    params["hash"] = params.pop("HASH")
    assert verify_callback(params, config=CONFIG).valid_hash is True


def test_callback_from_a_querydict_uses_each_value():
    params = _signed_callback()
    query = QueryDict(mutable=True)
    for name, value in params.items():
        query[name] = value
    assert verify_callback(query, config=CONFIG).approved is True


def test_callback_answers_are_the_protocol_strings():
    assert CallbackAnswer.POSTAUTH == "ACTION=POSTAUTH"
    assert CallbackAnswer.APPROVED == "APPROVED"
    assert CallbackAnswer.FAILURE == "FAILURE"


@pytest.mark.parametrize(
    "amount", [Decimal("0"), Decimal("-1.00"), Decimal("1.005"), Decimal("NaN"), 10, 10.5]
)
def test_request_refuses_amounts_that_are_not_positive_centimes(amount):
    with pytest.raises(ValueError):
        _request(amount=amount)


def test_request_formats_amounts_with_two_decimals_and_a_dot():
    assert _request(amount=Decimal("7")).fields["amount"] == "7.00"
    assert _request(amount=Decimal("1234.5")).fields["amount"] == "1234.50"
    assert _request(amount=Decimal("1E+3")).fields["amount"] == "1000.00"


def test_request_refuses_unknown_language_and_missing_configuration():
    with pytest.raises(ValueError):
        _request(lang="zgh")
    with pytest.raises(ValueError):
        _request(config=CMIConfig(gateway_url="", client_id="", store_key=""))


def test_random_value_changes_between_requests():
    first = _request(rnd=None).fields
    second = _request(rnd=None).fields
    assert first["rnd"] != second["rnd"]
    assert first["HASH"] != second["HASH"]


def test_store_key_never_appears_in_repr():
    assert STORE_KEY not in repr(CONFIG)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10", Decimal("10.00")), ("10.5", Decimal("10.50")), (" 3.25 ", Decimal("3.25"))],
)
def test_parse_amount_reads_plain_amounts(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["", "1,50", "1e3", "-1", "1.234", "NaN", "١٠"])
def test_parse_amount_refuses_anything_else(text):
    assert parse_amount(text) is None


_text = st.text(max_size=40)
_amounts = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2, allow_nan=False
)


@settings(max_examples=300, deadline=None)
@given(
    order_id=st.text(min_size=1, max_size=40),
    amount=_amounts,
    name=_text,
    email=_text,
    url=_text,
    rnd=_text,
    lang=st.sampled_from(["fr", "ar", "en"]),
    key=st.text(min_size=1, max_size=40),
)
def test_verify_accepts_what_build_signed_and_nothing_else(
    order_id, amount, name, email, url, rnd, lang, key
):
    config = CMIConfig(gateway_url="https://cmi.example", client_id="1", store_key=key)
    fields = build_payment_request(
        config=config,
        order_id=order_id,
        amount=amount,
        ok_url=url,
        fail_url=url,
        callback_url=url,
        shop_url=url,
        lang=lang,
        email=email,
        bill_to_name=name,
        rnd=rnd,
    ).fields
    result = verify_callback(fields, config=config)
    assert result.valid_hash is True
    assert result.approved is False  # no ProcReturnCode in a request
    assert result.matches(order_id=order_id, amount=amount)

    tampered = {**fields, "BillToName": name + "x"}
    assert verify_callback(tampered, config=config).valid_hash is False
    assert verify_callback(fields, config=CMIConfig("u", "1", key + "x")).valid_hash is False


def test_callback_hash_with_pipes_and_backslashes_against_a_literal_constant():
    # The test settings' store key, and an order id and a TransId with "|" and "\".
    key = "test-store-key|with\\escapes"
    params = {
        "oid": "CL|7\\A",
        "amount": "10.00",
        "currency": "504",
        "ProcReturnCode": "00",
        "Response": "Approved",
        "TransId": "T\\1",
        "hashAlgorithm": "ver3",
        "encoding": "UTF-8",
    }
    # amount, currency, hashAlgorithm, oid, ProcReturnCode, Response, TransId; then the key.
    plaintext = r"10.00|504|ver3|CL\|7\\A|00|Approved|T\\1|test-store-key\|with\\escapes"
    assert hash_plaintext(params, key) == plaintext
    # Computed outside Python: printf '%s' '<plaintext>' | openssl dgst -sha512 -binary | base64
    expected = (
        "UECBzhB5n3wWe7eRD4z5RVXTikfOvPlru/QbiBInr/sH0xhR4P8qCitL6BlNqKvIGKCzlNbisnY7TI1/1mE/8A=="
    )
    assert _sha512_b64(plaintext) == expected
    assert ver3_hash(params, key) == expected
    config = CMIConfig(gateway_url="x", client_id="600000000", store_key=key)
    result = verify_callback({**params, "HASH": expected}, config=config)
    assert result.approved and result.order_id == "CL|7\\A" and result.provider_reference == "T\\1"
