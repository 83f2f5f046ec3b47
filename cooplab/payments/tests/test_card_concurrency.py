"""The same approved callback 20 times, 10 of them at once: captured once, one ledger entry,
the parts paid once, and every answer ACTION=POSTAUTH (CMI must capture its one
pre-authorisation whichever delivery it believes). SQLite serialises writers (IMMEDIATE
transactions); PostgreSQL serialises on the payment's row lock."""

from __future__ import annotations

import threading

import pytest
from django.db import close_old_connections, connection
from django.test import Client

from cooplab.catalog.categories import categories_sync
from cooplab.catalog.models import Category
from cooplab.ledger.models import JournalEntry
from cooplab.orders.models import OrderEvent
from cooplab.payments.models import Payment, PaymentEvent, PaymentStatus

from .helpers import CALLBACK, card_order, signed_callback

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.xdist_group("concurrency")]


@pytest.fixture(autouse=True)
def _categories() -> None:
    """Transactional tests empty the database between tests: put the categories back."""
    categories_sync(Category)


def _post_concurrently(fields: dict[str, str], count: int) -> list[str]:
    barrier = threading.Barrier(count)
    answers: list[str] = []
    lock = threading.Lock()

    def run() -> None:
        try:
            connection.ensure_connection()
            barrier.wait(timeout=60)
            response = Client().post(CALLBACK, fields)
            answer = f"{response.status_code}:{response.content.decode()}"
        except Exception as exc:  # noqa: BLE001 - every failure is an outcome to count
            answer = f"error:{type(exc).__name__}"
        finally:
            close_old_connections()
            connection.close()
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a thread is stuck (deadlock?)"
    return answers


def test_the_same_approved_callback_twenty_times_captures_once():
    order = card_order()
    payment = Payment.objects.get(order=order)
    fields = signed_callback(payment, trans_id="T-RACE")

    answers = _post_concurrently(fields, 10)
    client = Client()
    for _ in range(10):
        response = client.post(CALLBACK, fields)
        answers.append(f"{response.status_code}:{response.content.decode()}")

    assert answers == ["200:ACTION=POSTAUTH"] * 20
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.CAPTURED
    assert payment.captured_amount == payment.amount
    assert PaymentEvent.objects.filter(payment=payment, kind="captured").count() == 1
    assert PaymentEvent.objects.filter(payment=payment, kind="callback_approved").count() == 1
    assert (
        JournalEntry.objects.filter(idempotency_key=f"payment:{payment.pk}:captured").count() == 1
    )
    parts = list(order.parts.all())
    assert {part.status for part in parts} == {"confirmed"}
    assert OrderEvent.objects.filter(order=order, kind="mark_paid").count() == len(parts)
    assert not PaymentEvent.objects.filter(kind="callback_rejected").exists()
