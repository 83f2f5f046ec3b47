"""Ledger test helpers: entries are only ever created through the service."""

from __future__ import annotations

import uuid
from decimal import Decimal

from cooplab.ledger import accounts as codes
from cooplab.ledger.models import EntryKind, JournalEntry
from cooplab.ledger.services import entry_post


def post_sale(
    *, amount: str = "100.00", receivable: str = codes.CUSTOMER_RECEIVABLE, key: str | None = None
) -> JournalEntry:
    """Customer owes ``amount``; the platform owes it on (to the bank clearing, simply)."""
    value = Decimal(amount)
    return entry_post(
        kind=EntryKind.SALE,
        lines=[(receivable, value), (codes.PAYOUTS_CLEARING, -value)],
        idempotency_key=key or f"test:{uuid.uuid4()}",
        memo="test sale",
    )
