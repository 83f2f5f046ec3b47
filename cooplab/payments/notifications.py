"""Messages about payments. Written to the outbox in the caller's transaction (a rollback sends
nothing) and delivered by the task worker after commit; one dedupe key per event."""

from __future__ import annotations

from cooplab.notifications.services import message_queue
from cooplab.orders.notifications import tracking_url

from .models import Refund


def refund_paid(*, refund: Refund) -> None:
    """SMS to the customer: the refund was sent back (card or transfer)."""
    order = refund.cooperative_order.order
    message_queue(
        channel="sms",
        to=order.phone,
        template="payments/refund_paid",
        context={
            "order": order,
            "coop_order": refund.cooperative_order,
            "refund": refund,
            "amount": refund.amount,
            "tracking_url": tracking_url(order),
        },
        language=order.language,
        dedupe_key=f"refund:{refund.pk}:paid:sms",
        ref=refund,
    )
