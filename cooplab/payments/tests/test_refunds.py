"""Refunds paid back by staff: reference and RIB checks, the ledger, one SMS, once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from cooplab.core.models import AuditLog
from cooplab.ledger import accounts as codes
from cooplab.ledger.models import JournalEntry
from cooplab.ledger.selectors import account_balance, trial_balance
from cooplab.notifications.models import OutboundMessage

from .. import services
from ..models import PaymentEvent, Refund, RefundStatus
from .factories import client_for, finance_staff, refund_due

pytestmark = pytest.mark.django_db
GOOD_RIB = "011 780 0000012345678901 87"
BAD_KEY_RIB = "011780000001234567890188"


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def _state(refund: Refund) -> tuple:
    refund.refresh_from_db()
    return (
        refund.status,
        refund.reference,
        refund.customer_rib,
        refund.paid_at,
        JournalEntry.objects.count(),
        PaymentEvent.objects.count(),
        OutboundMessage.objects.filter(template="payments/refund_paid").count(),
        AuditLog.objects.filter(action="refund.paid").count(),
    )


def _sms(refund: Refund):
    return OutboundMessage.objects.filter(template="payments/refund_paid", ref_id=str(refund.pk))


def test_a_due_refund_sits_on_the_refunds_account():
    refund = refund_due()
    assert refund.status == RefundStatus.DUE and refund.method == "bank_transfer"
    assert account_balance(codes.REFUNDS) == refund.amount


def test_reference_is_required_and_nothing_changes_without_it():
    refund = refund_due()
    before = _state(refund)
    with pytest.raises(ValidationError) as caught:
        services.refund_mark_paid(refund=refund, reference="  ", customer_rib=GOOD_RIB, user=None)
    assert "reference" in caught.value.message_dict
    assert _state(refund) == before


@pytest.mark.parametrize(
    ("rib", "expected"),
    [("", "Enter the customer's RIB"), ("1234", "exactly 24 digits"), (BAD_KEY_RIB, "key")],
)
def test_transfer_refund_needs_a_valid_rib(rib, expected):
    refund = refund_due()
    before = _state(refund)
    with pytest.raises(ValidationError) as caught:
        services.refund_mark_paid(refund=refund, reference="VIR-R-1", customer_rib=rib, user=None)
    assert expected in " ".join(caught.value.message_dict["customer_rib"])
    assert _state(refund) == before


def test_paid_refund_clears_the_refunds_account_and_texts_the_customer_once():
    refund = refund_due()
    staff = finance_staff()
    bank_before = account_balance(codes.BANK)

    paid = services.refund_mark_paid(
        refund=refund, reference="VIR-R-2", customer_rib=GOOD_RIB, note="ok", user=staff
    )

    assert paid.status == RefundStatus.PAID and paid.paid_by == staff
    assert paid.customer_rib == "011780000001234567890187"
    assert account_balance(codes.REFUNDS) == 0
    assert account_balance(codes.BANK) == bank_before - refund.amount
    assert JournalEntry.objects.filter(idempotency_key=f"refund:paid:{refund.pk}").count() == 1
    assert trial_balance().is_balanced
    sms = _sms(refund).get()
    order = refund.cooperative_order.order
    assert sms.channel == "sms" and sms.dedupe_key == f"refund:{refund.pk}:paid:sms"
    # In the order's language (French here): the number and the amount, whatever the words.
    assert order.number in sms.body and "155,00" in sms.body

    before = _state(refund)
    again = services.refund_mark_paid(
        refund=refund, reference="VIR-OTHER", customer_rib=GOOD_RIB, user=staff
    )
    assert again.reference == "VIR-R-2"
    assert _state(refund) == before
    assert _sms(refund).count() == 1


# --- Pages -----------------------------------------------------------------------------------


def test_staff_see_the_queue_and_mark_a_refund_paid():
    refund = refund_due()
    client = client_for(finance_staff())
    page = client.get(reverse("finance:refunds"))
    assert page.content.count(b'data-testid="due-refund"') == 1
    assert refund.cooperative_order.number.encode() in page.content

    response = client.post(
        reverse("finance:refund_paid", kwargs={"refund_id": refund.pk}),
        {"reference": "VIR-R-3", "customer_rib": GOOD_RIB},
        follow=True,
    )

    refund.refresh_from_db()
    assert refund.status == RefundStatus.PAID
    assert b'data-testid="due-refund"' not in response.content
    assert response.content.count(b'data-testid="paid-refund"') == 1
    assert _sms(refund).count() == 1


def test_bad_rib_on_the_page_is_reported_and_changes_nothing():
    refund = refund_due()
    client = client_for(finance_staff())
    before = _state(refund)

    response = client.post(
        reverse("finance:refund_paid", kwargs={"refund_id": refund.pk}),
        {"reference": "VIR-R-4", "customer_rib": BAD_KEY_RIB},
        follow=True,
    )

    texts = [str(m) for m in response.context["messages"]]
    assert any("key does not match" in text for text in texts)
    assert _state(refund) == before


def test_second_submission_on_the_page_changes_nothing():
    refund = refund_due()
    client = client_for(finance_staff())
    url = reverse("finance:refund_paid", kwargs={"refund_id": refund.pk})
    client.post(url, {"reference": "VIR-R-5", "customer_rib": GOOD_RIB})
    before = _state(refund)

    response = client.post(url, {"reference": "VIR-R-6", "customer_rib": GOOD_RIB}, follow=True)

    assert any("already" in str(m) for m in response.context["messages"])
    assert _state(refund) == before
