"""The local CMI simulator: checks requests like the gateway, signs its callback, sends the
browser back to the shop. The shop is faked in merchant.py; no network."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from decimal import Decimal
from html import unescape

import pytest
from django.core.checks import run_checks
from django.test import Client

from cooplab.payments import simulator
from cooplab.payments.cmi import CMIConfig, build_payment_request, verify_callback

from . import merchant

pytestmark = [pytest.mark.urls("cooplab.payments.tests.merchant")]


@pytest.fixture(autouse=True)
def _fake_shop(settings):
    settings.CMI_SIMULATOR_TRANSPORT = "cooplab.payments.tests.merchant.transport"
    merchant.RECEIVED.clear()
    merchant.ANSWER["approved"] = "ACTION=POSTAUTH"
    yield
    merchant.RECEIVED.clear()


def _fields(**overrides):
    arguments = {
        "config": CMIConfig.from_settings(),
        "order_id": "CL-2026-0001",
        "amount": Decimal("349.90"),
        "ok_url": "http://testserver/shop/ok/",
        "fail_url": "http://testserver/shop/fail/",
        "callback_url": "http://testserver/shop/cmi/callback/",
        "shop_url": "http://testserver/",
        "lang": "fr",
        "email": "client@example.ma",
        "bill_to_name": "Fatima Oubella | فاطمة",
    }
    arguments.update(overrides)
    return build_payment_request(**arguments).fields


def _hidden_fields(html: str) -> dict[str, str]:
    pairs = re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', html)
    return {unescape(name): unescape(value) for name, value in pairs}


def _form_action(html: str) -> str:
    return unescape(re.search(r'<form[^>]*action="([^"]*)"', html).group(1))


def test_gateway_page_offers_test_cards_for_a_signed_request():
    fields = _fields()
    response = Client().post("/dev/cmi-simulator/", fields)
    html = response.content.decode()
    assert response.status_code == 200
    assert simulator.APPROVED_CARD in html
    assert simulator.DECLINED_CARD in html
    assert _hidden_fields(html) == fields  # carried unchanged to the next step
    assert merchant.RECEIVED == []  # nothing sent before the customer chooses


def test_approved_card_sends_a_signed_callback_then_returns_to_ok_url():
    fields = _fields()
    response = Client().post("/dev/cmi-simulator/pay/", {**fields, "card": simulator.APPROVED_CARD})
    html = response.content.decode()

    assert response.status_code == 200
    assert len(merchant.RECEIVED) == 1
    callback = merchant.RECEIVED[0]
    result = verify_callback(callback, config=CMIConfig.from_settings())
    assert result.valid_hash and result.approved
    assert result.matches(order_id="CL-2026-0001", amount=Decimal("349.90"))
    assert result.provider_reference == callback["TransId"] != ""
    assert callback["AuthCode"] != ""
    assert callback["hashAlgorithm"] == "ver3"
    assert callback["maskedCreditCard"] == "411111***1111"
    assert callback["BillToName"] == "Fatima Oubella | فاطمة"
    for name in (
        "oid",
        "amount",
        "currency",
        "ProcReturnCode",
        "Response",
        "HASH",
        "EXTRA.TRXDATE",
    ):
        assert name in callback
    # The browser is sent on to okUrl with the same signed fields.
    assert _form_action(html) == "http://testserver/shop/ok/"
    assert _hidden_fields(html) == callback
    assert 'document.getElementById("back-to-shop").submit()' in html


def test_declined_card_sends_a_declined_callback_then_returns_to_fail_url():
    response = Client().post(
        "/dev/cmi-simulator/pay/", {**_fields(), "card": simulator.DECLINED_CARD}
    )
    result = verify_callback(merchant.RECEIVED[0], config=CMIConfig.from_settings())
    assert result.valid_hash is True
    assert result.approved is False
    assert result.proc_return_code == "05"
    assert merchant.RECEIVED[0]["AuthCode"] == ""
    assert _form_action(response.content.decode()) == "http://testserver/shop/fail/"


def test_unknown_card_is_an_error_callback():
    Client().post("/dev/cmi-simulator/pay/", {**_fields(), "card": "1234567890123456"})
    assert merchant.RECEIVED[0]["ProcReturnCode"] == "99"


def test_approved_payment_the_shop_does_not_capture_returns_to_fail_url():
    merchant.ANSWER["approved"] = "FAILURE"
    response = Client().post(
        "/dev/cmi-simulator/pay/", {**_fields(), "card": simulator.APPROVED_CARD}
    )
    assert _form_action(response.content.decode()) == "http://testserver/shop/fail/"


@pytest.mark.parametrize("path", ["/dev/cmi-simulator/", "/dev/cmi-simulator/pay/"])
def test_tampered_request_is_refused_and_no_callback_is_sent(path):
    fields = {**_fields(), "amount": "1.00", "card": simulator.APPROVED_CARD}
    response = Client().post(path, fields)
    assert response.status_code == 400
    assert "HASH does not match" in response.content.decode()
    assert merchant.RECEIVED == []


def test_request_signed_with_another_key_or_client_is_refused():
    other = CMIConfig(gateway_url="/dev/cmi-simulator/", client_id="600000000", store_key="x")
    response = Client().post("/dev/cmi-simulator/", _fields(config=other))
    assert response.status_code == 400
    stranger = CMIConfig(
        gateway_url="/dev/cmi-simulator/",
        client_id="123",
        store_key=CMIConfig.from_settings().store_key,
    )
    response = Client().post("/dev/cmi-simulator/", _fields(config=stranger))
    assert response.status_code == 400
    assert "Unknown clientid" in response.content.decode()


def test_get_is_not_allowed():
    assert Client().get("/dev/cmi-simulator/").status_code == 405


def test_simulator_answers_404_when_disabled(settings):
    settings.CMI_SIMULATOR_ENABLED = False
    response = Client().post(
        "/dev/cmi-simulator/pay/", {**_fields(), "card": simulator.APPROVED_CARD}
    )
    assert response.status_code == 404
    assert merchant.RECEIVED == []


def test_urllib_transport_refuses_other_schemes_without_any_network():
    delivery = simulator.urllib_transport("file:///etc/passwd", {"a": "b"})
    assert delivery.status == 0
    assert "http" in delivery.error


@pytest.mark.urls("config.urls")
def test_production_settings_never_mount_the_simulator_and_deploy_check_refuses_it(settings):
    settings.CMI_SIMULATOR_ENABLED = True
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert "payments.E001" in ids
    settings.CMI_SIMULATOR_ENABLED = False
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert "payments.E001" not in ids


@pytest.mark.urls("config.urls")
def test_deploy_check_warns_when_card_payment_is_on_without_credentials(settings):
    settings.CMI_SIMULATOR_ENABLED = False
    settings.CMI_ENABLED = True
    settings.CMI_STORE_KEY = ""
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert "payments.W001" in ids
    settings.CMI_STORE_KEY = "k"
    settings.CMI_GATEWAY_URL = "http://insecure.example/"
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert "payments.W002" in ids
    settings.CMI_ENABLED = False
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert not ids & {"payments.W001", "payments.W002"}


def test_production_settings_turn_the_simulator_off():
    code = "import config.settings.production as p; print(p.CMI_SIMULATOR_ENABLED)"
    env = {**os.environ, "SECRET_KEY": "k" * 64, "CMI_SIMULATOR_ENABLED": "1"}
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
