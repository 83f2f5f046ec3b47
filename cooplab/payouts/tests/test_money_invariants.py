"""Payouts keep the money invariants (``payments/tests/invariants.py``): what went to the
cooperatives + commission + refunds never exceeds what was captured, at every step."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from cooplab.payments.tests.invariants import assert_money_invariants

from .. import services
from ..models import PayoutStatus
from .helpers import PERIOD, cooperative, finance_staff, sold, totp_code, withdrawn

pytestmark = pytest.mark.django_db


def test_payouts_failed_then_paid_keep_the_money_invariants():
    """Regression too: the sums below (0.29 x 3, 384.90 + 35.87 + ...) made SQLite's floating
    point refuse the payout's CHECK (amount = gross - commission - refunds - cash kept), and
    batch_create skipped the cooperative without a word."""
    cache.clear()
    first, second = cooperative(), cooperative()
    sold(first, payment="card", price="349.90", quantity=1)
    sold(first, payment="bank_transfer", price="0.29", quantity=3)
    sold(first, payment="cod", method="pickup", price="80.00", quantity=1)  # cash kept
    withdrawn(first)
    sold(second, payment="cod", price="120.00", quantity=2)  # cash still with the carrier
    assert assert_money_invariants()["payouts"] == 0

    [failing] = services.batch_create(period=PERIOD)
    assert failing.cooperative_id == first.pk
    staff, secret = finance_staff()
    services.payout_approve(payout=failing, user=staff, otp_code=totp_code(secret))
    assert assert_money_invariants()["payouts"] == failing.amount
    services.payout_mark_failed(payout=failing, reason="RIB refusé", user=staff)
    assert assert_money_invariants()["payouts"] == 0

    [payout] = services.batch_create(period=PERIOD)
    assert payout.amount == failing.amount
    other, other_secret = finance_staff()
    services.payout_approve(payout=payout, user=other, otp_code=totp_code(other_secret))
    services.payout_mark_paid(payout=payout, bank_reference="VIR-1", user=other)
    payout.refresh_from_db()
    assert payout.status == PayoutStatus.PAID
    totals = assert_money_invariants()
    assert totals["payouts"] == payout.amount
    cache.clear()
