"""The same money event posted from 10 threads at once is recorded once.

PostgreSQL: the unique idempotency key makes the losers wait, then fail and read the winner's
entry. SQLite: IMMEDIATE transactions serialise the writers; the test checks the same outcome.
"""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from django.db import connection

from cooplab.ledger import accounts as codes
from cooplab.ledger.models import EntryKind, JournalEntry, JournalLine
from cooplab.ledger.selectors import account_balance, trial_balance
from cooplab.ledger.services import entry_post

THREADS = 10


@pytest.mark.django_db(transaction=True)
def test_same_idempotency_key_from_ten_threads_posts_one_entry():
    barrier = threading.Barrier(THREADS)
    entry_ids: list[str] = []
    errors: list[BaseException] = []

    def post() -> None:
        try:
            barrier.wait()
            entry = entry_post(
                kind=EntryKind.CARD_CAPTURE,
                lines=[
                    (codes.gateway_clearing("cmi"), Decimal("250.00")),
                    (codes.COMMISSION_REVENUE, Decimal("-250.00")),
                ],
                idempotency_key="cmi:capture:TRANS-1",
            )
            entry_ids.append(str(entry.pk))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert len(entry_ids) == THREADS
    assert len(set(entry_ids)) == 1
    assert JournalEntry.objects.count() == 1
    assert JournalLine.objects.count() == 2
    assert account_balance(codes.gateway_clearing("cmi")) == Decimal("250.00")
    assert trial_balance().total == 0
