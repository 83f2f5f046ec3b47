"""Shared helpers of the card payment tests: a card order, a signed CMI callback for it, and a
snapshot of everything a callback may change."""

from __future__ import annotations

from typing import Any

from django.test import Client

from cooplab.core.models import AuditLog
from cooplab.ledger.models import JournalEntry
from cooplab.orders.models import Order, OrderEvent
from cooplab.orders.tests.factories import place
from cooplab.payments import simulator
from cooplab.payments.cmi import CMIConfig, build_payment_request, ver3_hash
from cooplab.payments.models import Payment, PaymentEvent

CALLBACK = "/payments/cmi/callback/"


def card_order(**kwargs: Any) -> Order:
    return place(payment_method="card", **kwargs)


def signed_callback(
    payment: Payment,
    *,
    card: str = simulator.APPROVED_CARD,
    trans_id: str = "T-0001",
    store_key: str | None = None,
    **changes: str,
) -> dict[str, str]:
    """The callback CMI would post for ``payment`` (as the simulator builds it); ``changes``
    are applied then the message is signed again (with ``store_key`` when given)."""
    config = CMIConfig.from_settings()
    request = build_payment_request(
        config=config,
        order_id=payment.reference,
        amount=payment.amount,
        ok_url="http://testserver/ok/",
        fail_url="http://testserver/fail/",
        callback_url=f"http://testserver{CALLBACK}",
        shop_url="http://testserver/",
        lang="fr",
        email="client@example.ma",
        bill_to_name="Fatima | فاطمة \\ Oubella",
        rnd="fixed-rnd",
    )
    fields = simulator.callback_fields(request.fields, card=card, config=config, trans_id=trans_id)
    fields["EXTRA.TRXDATE"] = "20261202 10:00:00"  # stable: the same message twice is equal
    fields.update(changes)
    fields.pop("HASH")
    fields["HASH"] = ver3_hash(fields, store_key if store_key is not None else config.store_key)
    return fields


def post_callback(fields: dict[str, str], client: Client | None = None) -> str:
    response = (client or Client()).post(CALLBACK, fields)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    return response.content.decode()


def snapshot(payment: Payment) -> dict[str, Any]:
    """Everything a trusted callback may change (the rejection log excepted)."""
    fresh = Payment.objects.get(pk=payment.pk)
    return {
        "payment": (
            fresh.status,
            fresh.attempts,
            fresh.captured_amount,
            fresh.provider_reference,
            fresh.captured_at,
        ),
        "parts": list(fresh.order.parts.order_by("pk").values_list("status", flat=True)),
        "order_events": OrderEvent.objects.count(),
        "ledger": JournalEntry.objects.count(),
        "events": list(
            PaymentEvent.objects.exclude(kind="callback_rejected").values_list("pk", flat=True)
        ),
    }


def rejected_audits() -> list[AuditLog]:
    return list(AuditLog.objects.filter(action="payment.callback_rejected").order_by("pk"))
