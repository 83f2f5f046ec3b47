"""reconcile_payments: lists card payments without a final callback, records one RECONCILE
event per payment and day, and cancels (through the services) those whose order closed."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from cooplab.ledger.models import JournalEntry
from cooplab.orders.models import CooperativeOrder
from cooplab.orders.tests.factories import place
from cooplab.payments import simulator
from cooplab.payments.models import Payment, PaymentEvent, PaymentStatus

from .helpers import card_order, post_callback, signed_callback

pytestmark = pytest.mark.django_db


def _aged(payment: Payment, minutes: int = 120) -> Payment:
    Payment.objects.filter(pk=payment.pk).update(
        created_at=timezone.now() - timedelta(minutes=minutes)
    )
    payment.refresh_from_db()
    return payment


def _run(*args: str) -> str:
    out = StringIO()
    call_command("reconcile_payments", *args, stdout=out)
    return out.getvalue()


def test_lists_open_card_payments_and_records_one_event_per_day():
    pending = _aged(Payment.objects.get(order=card_order()))
    declined = _aged(Payment.objects.get(order=card_order()))
    post_callback(signed_callback(declined, card=simulator.DECLINED_CARD, trans_id="D1"))
    paid = _aged(Payment.objects.get(order=card_order()))
    post_callback(signed_callback(paid))
    recent = Payment.objects.get(order=card_order())  # younger than --older-than
    cash = _aged(Payment.objects.get(order=place(payment_method="cod")))

    output = _run("--older-than", "60")

    assert pending.reference in output and declined.reference in output
    for skipped in (paid, recent, cash):
        assert skipped.reference not in output
    assert "reference" in output.splitlines()[0] and "2 open card payment(s)" in output
    assert PaymentEvent.objects.filter(kind="reconcile").count() == 2

    second = _run("--older-than", "60")  # same day: nothing recorded again
    assert PaymentEvent.objects.filter(kind="reconcile").count() == 2
    assert "checked" not in second
    for payment in (pending, declined):
        payment.refresh_from_db()
    assert pending.status == PaymentStatus.PENDING and declined.status == PaymentStatus.FAILED


def test_cancel_expired_cancels_only_payments_whose_order_closed():
    open_payment = _aged(Payment.objects.get(order=card_order()))
    closed = _aged(Payment.objects.get(order=card_order()))
    # Parts closed without the payment being told (e.g. an import or an old bug): the command
    # catches up through the payment services.
    CooperativeOrder.objects.filter(order=closed.order).update(status="expired")
    entries = JournalEntry.objects.count()

    output = _run("--cancel-expired")

    closed.refresh_from_db()
    open_payment.refresh_from_db()
    assert closed.status == PaymentStatus.CANCELLED
    assert PaymentEvent.objects.filter(payment=closed, kind="cancelled").count() == 1
    assert open_payment.status == PaymentStatus.PENDING
    assert "1 cancelled" in output
    assert JournalEntry.objects.count() == entries
    # Cancelled payments are no longer listed.
    assert closed.reference not in _run("--cancel-expired")


def test_nothing_to_reconcile():
    assert "No open card payments." in _run()


def test_the_scheduler_runs_it_hourly(settings):
    job = settings.SCHEDULED_TASKS["payments_reconcile"]
    assert job == {"task": "cooplab.payments.tasks.reconcile_payments_task", "every": 60}
    from cooplab.payments.tasks import reconcile_payments_task

    _aged(Payment.objects.get(order=card_order()))
    assert reconcile_payments_task.call() == 1
