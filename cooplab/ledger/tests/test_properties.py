"""Hypothesis: whatever is posted, every entry balances, the trial balance is zero, and a
reversal nets to zero."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cooplab.ledger import accounts as codes
from cooplab.ledger.models import EntryKind, JournalEntry
from cooplab.ledger.selectors import account_balance, trial_balance
from cooplab.ledger.services import entry_post, entry_reverse, validate_lines

ACCOUNTS = [
    codes.CUSTOMER_RECEIVABLE,
    codes.BANK,
    codes.PAYOUTS_CLEARING,
    codes.COMMISSION_REVENUE,
    codes.REFUNDS,
    codes.gateway_clearing("cmi"),
    codes.cod_in_transit("amana"),
]
_cents = st.integers(min_value=1, max_value=10**11).map(lambda c: Decimal(c) / 100)


@st.composite
def balanced_lines(draw):
    """2 to 6 lines: random debits and credits, the last line balancing the others."""
    count = draw(st.integers(min_value=1, max_value=5))
    amounts = [draw(_cents) * draw(st.sampled_from([1, -1])) for _ in range(count)]
    rest = -sum(amounts, Decimal(0))
    if rest == 0:
        amounts.append(Decimal("0.01"))
        rest = Decimal("-0.01")
    amounts.append(rest)
    return [(draw(st.sampled_from(ACCOUNTS)), amount) for amount in amounts]


@settings(max_examples=2000, deadline=None)
@given(lines=balanced_lines(), nudge=_cents, index=st.integers(min_value=0))
def test_validation_accepts_balanced_lines_and_refuses_any_imbalance(lines, nudge, index):
    assert sum(amount for _a, amount in validate_lines(lines)) == 0
    unbalanced = list(lines)
    position = index % len(unbalanced)
    account, amount = unbalanced[position]
    if amount + nudge == 0:
        nudge += Decimal("0.01")
    unbalanced[position] = (account, amount + nudge)
    with pytest.raises(ValidationError) as caught:
        validate_lines(unbalanced)
    assert caught.value.code in {"unbalanced", "amount_precision"}


@pytest.mark.django_db
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(entries=st.lists(balanced_lines(), min_size=1, max_size=6))
def test_trial_balance_is_zero_after_any_sequence_of_posts(entries):
    for lines in entries:
        entry = entry_post(
            kind=EntryKind.ADJUSTMENT, lines=lines, idempotency_key=str(uuid.uuid4())
        )
        assert sum(line.amount for line in entry.lines.all()) == 0
        assert entry.lines.count() == len(lines)
    report = trial_balance()
    assert report.total == 0
    assert sum((row.debits for row in report.rows), Decimal(0)) == sum(
        (row.credits for row in report.rows), Decimal(0)
    )


@pytest.mark.django_db
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(lines=balanced_lines())
def test_a_reversal_nets_every_account_to_its_previous_balance(lines):
    before = {code: account_balance(code) for code in ACCOUNTS}
    entry = entry_post(kind=EntryKind.ADJUSTMENT, lines=lines, idempotency_key=str(uuid.uuid4()))
    reversal = entry_reverse(entry=entry)
    assert {code: account_balance(code) for code in ACCOUNTS} == before
    assert JournalEntry.objects.get(pk=reversal.pk).reverses_id == entry.pk
    assert trial_balance().total == 0
