"""Batches run at once (two schedulers, a staff click during the scheduled run, batches of two
dates) pay each order once: the cooperative row lock and the open-payout unique index.
Meaningful on PostgreSQL; SQLite serialises the writers and must give the same outcome."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from .. import services
from ..models import Payout, PayoutLine
from .helpers import NEXT_PERIOD, PERIOD, cooperative, sold

THREADS = 4


@pytest.mark.django_db(transaction=True)
def test_concurrent_batches_create_one_payout_per_cooperative_and_claim_each_order_once():
    parts = [sold(cooperative()) for _ in range(2)]
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def run(period) -> None:
        try:
            barrier.wait()
            services.batch_create(period=period)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    periods = [PERIOD, PERIOD, NEXT_PERIOD, NEXT_PERIOD]
    threads = [threading.Thread(target=run, args=(period,)) for period in periods]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert Payout.objects.count() == 2
    for part in parts:
        assert PayoutLine.objects.filter(cooperative_order=part).count() == 1
