"""The CMI callback service and its view: only a verified callback about a known card payment,
for its exact amount and currency, changes anything; duplicates and late approvals are
recognised; untrusted messages are logged and change nothing."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.conf import settings
from django.test import Client

from cooplab.core.models import AuditLog
from cooplab.ledger.models import JournalEntry
from cooplab.orders.models import CooperativeOrder, OrderEvent
from cooplab.orders.payment_methods import enabled_codes
from cooplab.orders.states import Actor
from cooplab.orders.tests.factories import advance, place
from cooplab.payments import card, simulator
from cooplab.payments.cmi import CallbackAnswer
from cooplab.payments.models import Payment, PaymentEvent, PaymentStatus

from .helpers import (
    CALLBACK,
    card_order,
    post_callback,
    rejected_audits,
    signed_callback,
    snapshot,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def payment() -> Payment:
    return Payment.objects.get(order=card_order())


def _captures(payment: Payment) -> int:
    return PaymentEvent.objects.filter(payment=payment, kind="captured").count()


def _capture_entries(payment: Payment) -> int:
    return JournalEntry.objects.filter(idempotency_key=f"payment:{payment.pk}:captured").count()


def test_card_method_is_offered_only_when_cmi_is_enabled(settings):
    settings.ORDER_PAYMENT_METHODS = ["cod", "bank_transfer"]
    settings.CMI_ENABLED = True
    assert enabled_codes() == ["cod", "bank_transfer", "card"]
    settings.ORDER_PAYMENT_METHODS = ["card", "cod"]
    assert enabled_codes() == ["card", "cod"]  # the configured order is kept
    settings.CMI_ENABLED = False
    assert enabled_codes() == ["cod"]


def test_card_order_waits_for_payment(payment):
    assert payment.provider == "cmi" and payment.status == PaymentStatus.PENDING
    assert set(payment.order.parts.values_list("status", flat=True)) == {"awaiting_payment"}


def test_approved_callback_captures_once_and_confirms_the_parts(payment):
    answer = post_callback(signed_callback(payment))

    assert answer == CallbackAnswer.POSTAUTH
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CAPTURED
    assert payment.captured_amount == payment.amount
    assert payment.provider_reference == "T-0001"
    assert set(payment.order.parts.values_list("status", flat=True)) == {"confirmed"}
    assert _captures(payment) == 1 and _capture_entries(payment) == 1
    event = PaymentEvent.objects.get(payment=payment, kind="callback_approved")
    # Stored without the hash and without card data (masked number only).
    assert "HASH" not in event.data and "hash" not in {k.lower() for k in event.data}
    assert event.data["maskedCreditCard"] == "411111***1111"
    assert simulator.APPROVED_CARD not in json.dumps(event.data)


def test_stored_fields_drop_hash_and_card_data():
    kept = card.stored_fields(
        {
            "HASH": "x",
            "pan": "4111111111111111",
            "cv2": "123",
            "Ecom_Payment_Card_ExpDate_Year": "29",
            "cardNumber": "4111",
            "maskedCreditCard": "411111***1111",
            "oid": "A1",
        }
    )
    assert kept == {"maskedCreditCard": "411111***1111", "oid": "A1"}


def _assert_rejected(payment: Payment, fields: dict[str, str], reason: str) -> None:
    before = snapshot(payment)
    audits = len(rejected_audits())

    assert post_callback(fields) == CallbackAnswer.FAILURE

    assert snapshot(payment) == before  # payment, parts, order history, ledger untouched
    new = rejected_audits()[audits:]
    assert len(new) == 1 and new[0].data["reason"] == reason
    assert settings.CMI_STORE_KEY not in json.dumps(new[0].data)
    rejected = PaymentEvent.objects.filter(kind="callback_rejected").order_by("-pk").first()
    assert rejected is not None and rejected.data["reason"] == reason
    assert settings.CMI_STORE_KEY not in json.dumps(rejected.data)
    assert "HASH" not in rejected.data["fields"]


def test_tampered_hash_changes_nothing(payment):
    fields = signed_callback(payment)
    fields["HASH"] = fields["HASH"][:-4] + "AAA="
    _assert_rejected(payment, fields, "invalid_hash")
    assert PaymentEvent.objects.get(kind="callback_rejected").payment is None


def test_message_signed_with_another_key_changes_nothing(payment):
    _assert_rejected(payment, signed_callback(payment, store_key="guessed"), "invalid_hash")


def test_amount_changed_after_signing_changes_nothing(payment):
    fields = signed_callback(payment)
    fields["amount"] = "1.00"  # the hash no longer matches
    _assert_rejected(payment, fields, "invalid_hash")


def test_amount_mismatch_with_a_valid_hash_changes_nothing(payment):
    fields = signed_callback(payment, amount=str(payment.amount - Decimal("1.00")))
    _assert_rejected(payment, fields, "amount_mismatch")
    assert PaymentEvent.objects.get(kind="callback_rejected").payment == payment


def test_currency_mismatch_changes_nothing(payment):
    _assert_rejected(payment, signed_callback(payment, currency="978"), "currency_mismatch")


def test_unknown_order_changes_nothing(payment):
    _assert_rejected(payment, signed_callback(payment, oid="CL-NOPE"), "unknown_order")


def test_callback_for_a_cash_order_is_refused():
    cash = Payment.objects.get(order=place(payment_method="cod"))
    _assert_rejected(cash, signed_callback(cash), "unknown_order")


def test_a_repeated_untrusted_message_is_recognised(payment):
    fields = signed_callback(payment)
    fields["HASH"] = "forged"
    assert post_callback(fields) == CallbackAnswer.FAILURE
    assert post_callback(fields) == CallbackAnswer.FAILURE
    assert PaymentEvent.objects.filter(kind="callback_rejected").count() == 1
    assert len(rejected_audits()) == 1


def test_declined_declined_then_approved_captures_once(payment):
    answers = [
        post_callback(signed_callback(payment, card=simulator.DECLINED_CARD, trans_id="D1")),
        post_callback(signed_callback(payment, card=simulator.DECLINED_CARD, trans_id="D2")),
    ]
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.FAILED and payment.attempts == 2
    assert set(payment.order.parts.values_list("status", flat=True)) == {"awaiting_payment"}
    assert JournalEntry.objects.filter(idempotency_key__startswith="payment:").count() == 0

    answers.append(post_callback(signed_callback(payment, trans_id="A3")))

    assert answers == ["APPROVED", "APPROVED", "ACTION=POSTAUTH"]
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CAPTURED and payment.attempts == 2
    assert _captures(payment) == 1 and _capture_entries(payment) == 1
    assert PaymentEvent.objects.filter(payment=payment, kind="callback_declined").count() == 2


def test_the_same_declined_callback_twice_counts_one_attempt(payment):
    fields = signed_callback(payment, card=simulator.DECLINED_CARD, trans_id="D1")
    assert post_callback(fields) == post_callback(fields) == "APPROVED"
    payment.refresh_from_db()
    assert payment.attempts == 1


def test_a_second_approval_of_a_paid_order_is_not_captured(payment):
    assert post_callback(signed_callback(payment, trans_id="A1")) == "ACTION=POSTAUTH"
    assert post_callback(signed_callback(payment, trans_id="A2")) == "APPROVED"
    assert post_callback(signed_callback(payment, trans_id="A1")) == "ACTION=POSTAUTH"
    payment.refresh_from_db()
    assert payment.provider_reference == "A1"
    assert _captures(payment) == 1 and _capture_entries(payment) == 1
    assert PaymentEvent.objects.filter(kind="not_captured", provider_reference="A2").exists()


@pytest.mark.parametrize("payment_told", [True, False])
def test_approval_after_the_parts_expired_is_not_captured(payment, payment_told):
    if payment_told:  # the expiry cancelled the payment already
        advance(payment.order, "expire", actor=Actor.SYSTEM)
    else:  # the parts closed but the payment is still pending: the capture cancels it
        CooperativeOrder.objects.filter(order=payment.order).update(status="expired")
    payment.refresh_from_db()
    entries = JournalEntry.objects.count()

    answer = post_callback(signed_callback(payment))

    assert answer == CallbackAnswer.APPROVED  # the pre-authorisation is not captured
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CANCELLED
    assert payment.captured_amount == 0
    assert _captures(payment) == 0 and _capture_entries(payment) == 0
    assert JournalEntry.objects.count() == entries
    assert set(payment.order.parts.values_list("status", flat=True)) == {"expired"}


def test_an_unexpected_error_answers_failure_and_rolls_back(payment, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(card.services, "payment_capture", broken)
    before = snapshot(payment)
    assert post_callback(signed_callback(payment)) == CallbackAnswer.FAILURE
    assert snapshot(payment) == before
    assert not PaymentEvent.objects.filter(kind="callback_approved").exists()


def test_callback_accepts_only_post_and_sets_no_cookie(payment):
    client = Client()
    assert client.get(CALLBACK).status_code == 405
    response = client.post(CALLBACK, signed_callback(payment))
    assert response.content == b"ACTION=POSTAUTH"
    assert not response.cookies


def test_order_history_records_the_payment_confirmation(payment):
    post_callback(signed_callback(payment))
    assert OrderEvent.objects.filter(order=payment.order, kind="mark_paid").count() == len(
        payment.order.parts.all()
    )
    assert AuditLog.objects.filter(action="payment.captured").count() == 1


def test_card_order_is_refused_when_cmi_is_off(settings):
    from cooplab.orders import services as order_services

    settings.CMI_ENABLED = False
    with pytest.raises(order_services.OrderNotPlaced):
        card_order()
    assert not Payment.objects.exists()
