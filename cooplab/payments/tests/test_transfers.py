"""Bank transfers: the customer's instructions, and staff recording the money that arrived."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from cooplab.ledger import accounts as codes
from cooplab.ledger.models import EntryKind, JournalEntry
from cooplab.ledger.selectors import account_balance, trial_balance
from cooplab.notifications.models import OutboundMessage
from cooplab.orders.models import CooperativeOrderStatus
from cooplab.orders.tests.factories import place
from cooplab.orders.views.cart import ORDERS_SESSION_KEY

from .. import services
from ..models import PaymentEvent, PaymentStatus
from .factories import client_for, finance_staff, orders_only_staff, outsiders, transfer_order

pytestmark = pytest.mark.django_db
S = CooperativeOrderStatus
DEMO_RIB = "011 780 0000012345678901 87"


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def _state(order) -> tuple:
    order.payment.refresh_from_db()
    return (
        order.payment.status,
        order.payment.captured_amount,
        tuple(order.parts.order_by("pk").values_list("status", flat=True)),
        JournalEntry.objects.count(),
        PaymentEvent.objects.count(),
    )


def _messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def _guest_client(order) -> Client:
    """The browser the guest ordered from (it remembers the order's number)."""
    client = Client()
    session = client.session
    session[ORDERS_SESSION_KEY] = [order.number]
    session.save()
    return client


def _post(client, order, **data):
    url = reverse("finance:transfer_received", kwargs={"number": order.number})
    return client.post(url, data, follow=True)


# --- Service ---------------------------------------------------------------------------------


def test_correct_amount_confirms_the_parts_and_posts_once():
    order = transfer_order()
    result = services.transfer_received(
        order=order, bank_reference="VIR-2026-001", amount=order.total, user=None
    )

    assert result.captured and not result.duplicate
    assert set(order.parts.values_list("status", flat=True)) == {S.CONFIRMED}
    order.payment.refresh_from_db()
    assert order.payment.status == PaymentStatus.CAPTURED
    assert order.payment.provider_reference == "VIR-2026-001"
    assert JournalEntry.objects.filter(kind=EntryKind.TRANSFER_RECEIVED).count() == 1
    assert account_balance(codes.BANK) == order.total
    assert trial_balance().is_balanced


def test_the_same_bank_reference_again_changes_nothing():
    order = transfer_order()
    services.transfer_received(order=order, bank_reference="VIR-9", amount=order.total, user=None)
    before = _state(order)

    again = services.transfer_received(
        order=order, bank_reference="VIR-9", amount=order.total, user=None
    )

    assert again.captured and again.duplicate
    assert _state(order) == before
    assert account_balance(codes.BANK) == order.total


def test_wrong_amount_is_refused_and_changes_nothing():
    order = transfer_order()
    before = _state(order)

    with pytest.raises(ValidationError):
        services.transfer_received(
            order=order, bank_reference="VIR-3", amount=order.total - Decimal("0.01"), user=None
        )

    assert _state(order) == before
    assert order.payment.status == PaymentStatus.PENDING


def test_a_bank_reference_already_used_for_another_order_is_refused():
    first, second = transfer_order(), transfer_order()
    services.transfer_received(order=first, bank_reference="VIR-X", amount=first.total, user=None)
    before = _state(second)

    with pytest.raises(ValidationError) as caught:
        services.transfer_received(
            order=second, bank_reference="VIR-X", amount=second.total, user=None
        )

    assert first.number in " ".join(caught.value.message_dict["bank_reference"])
    assert _state(second) == before


def test_cash_on_delivery_order_cannot_take_a_transfer():
    order = place(payment_method="cod")
    before = JournalEntry.objects.count()
    with pytest.raises(ValidationError):
        services.transfer_received(order=order, bank_reference="V", amount=order.total, user=None)
    assert JournalEntry.objects.count() == before


# --- Staff order page ------------------------------------------------------------------------


def test_staff_records_the_transfer_from_the_order_page():
    order = transfer_order()
    staff = finance_staff()
    client = client_for(staff)
    page = client.get(reverse("orders:staff_order", kwargs={"number": order.number}))
    assert b'data-testid="transfer-form"' in page.content
    assert b'data-testid="payment-events"' in page.content

    typed = f"{order.total:.2f}".replace(".", ",")  # "275,00" as people type it
    response = _post(client, order, bank_reference=" VIR-77 ", amount=typed)

    assert response.redirect_chain[-1][0].endswith(order.number + "/")
    assert any("Transfer recorded" in text for text in _messages(response))
    assert set(order.parts.values_list("status", flat=True)) == {S.CONFIRMED}
    event = PaymentEvent.objects.get(payment=order.payment, kind="captured")
    assert event.actor == staff and event.provider_reference == "VIR-77"
    # Once paid, the form is gone and the history shows the capture.
    assert b'data-testid="transfer-form"' not in response.content
    assert b"VIR-77" in response.content


def test_wrong_amount_on_the_page_shows_the_error_and_changes_nothing():
    order = transfer_order()
    client = client_for(finance_staff())
    before = _state(order)

    response = _post(client, order, bank_reference="VIR-4", amount="1,00")

    assert any("is not the amount of the order" in text for text in _messages(response))
    assert _state(order) == before


@pytest.mark.parametrize(
    "data",
    [
        {"bank_reference": "", "amount": "100"},
        {"bank_reference": "VIR-5", "amount": "abc"},
        {"bank_reference": "VIR-5", "amount": "1,2345"},
        {"bank_reference": "VIR-5", "amount": ""},
    ],
)
def test_bad_input_is_reported_and_changes_nothing(data):
    order = transfer_order()
    client = client_for(finance_staff())
    before = _state(order)

    response = _post(client, order, **data)

    assert _messages(response)
    assert _state(order) == before


def test_repeated_submission_on_the_page_changes_nothing():
    order = transfer_order()
    client = client_for(finance_staff())
    _post(client, order, bank_reference="VIR-6", amount=str(order.total))
    before = _state(order)

    response = _post(client, order, bank_reference="VIR-6", amount=str(order.total))

    assert any("already recorded" in text for text in _messages(response))
    assert _state(order) == before


@pytest.mark.parametrize("who", ["customer", "manager", "orders_staff"])
def test_only_finance_staff_may_record_a_transfer(who):
    order = transfer_order()
    user = outsiders()[who]
    before = _state(order)

    response = client_for(user).post(
        reverse("finance:transfer_received", kwargs={"number": order.number}),
        {"bank_reference": "VIR-8", "amount": str(order.total)},
    )

    assert response.status_code == 403
    assert _state(order) == before


def test_staff_without_finance_permission_see_the_payment_but_not_the_form():
    order = transfer_order()
    response = client_for(orders_only_staff()).get(
        reverse("orders:staff_order", kwargs={"number": order.number})
    )
    assert response.status_code == 200
    assert b'data-testid="payment-status"' in response.content
    assert b'data-testid="transfer-form"' not in response.content


# --- The customer's instructions -------------------------------------------------------------


def test_order_page_shows_the_transfer_instructions_while_waiting():
    order = transfer_order()
    session_client = _guest_client(order)

    response = session_client.get(order.get_absolute_url())

    html = response.content.decode()
    assert 'data-testid="transfer-instructions"' in html
    assert DEMO_RIB in html
    assert "Banque Démo" in html and "CoopLab SARL (démo)" in html
    assert order.payment.reference in html
    assert 'data-testid="transfer-deadline"' in html

    services.transfer_received(order=order, bank_reference="V-1", amount=order.total, user=None)
    response = session_client.get(order.get_absolute_url())
    assert 'data-testid="transfer-instructions"' not in response.content.decode()


def test_cash_on_delivery_order_page_has_no_transfer_instructions():
    order = place(payment_method="cod")
    client = _guest_client(order)
    response = client.get(order.get_absolute_url())
    assert response.status_code == 200
    assert b"transfer-instructions" not in response.content


def test_order_placed_message_carries_the_transfer_instructions():
    order = transfer_order()

    email = OutboundMessage.objects.get(dedupe_key=f"order:{order.pk}:placed:email")
    sms = OutboundMessage.objects.get(dedupe_key=f"order:{order.pk}:placed:sms")
    assert DEMO_RIB in email.body and order.payment.reference in email.body
    assert "Banque Démo" in email.body
    assert DEMO_RIB in sms.body and order.payment.reference in sms.body
