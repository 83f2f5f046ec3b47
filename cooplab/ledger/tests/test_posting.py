"""Posting journal entries: validation, idempotency, accounts, reversals, balances."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.ledger import accounts as codes
from cooplab.ledger.models import Account, AccountKind, EntryKind, JournalEntry, JournalLine
from cooplab.ledger.selectors import (
    account_balance,
    cooperative_balance,
    trial_balance,
)
from cooplab.ledger.services import account_get_or_create, entry_post, entry_reverse

from .factories import post_sale

pytestmark = pytest.mark.django_db
D = Decimal


def _capture(cooperative, key="capture:1", total="120.00", commission="12.00"):
    """A card capture of ``total``: the cooperative's share and the commission."""
    share = D(total) - D(commission)
    return entry_post(
        kind=EntryKind.CARD_CAPTURE,
        lines=[
            (codes.gateway_clearing("cmi"), D(total)),
            (codes.cooperative_payable(cooperative), -share),
            (codes.COMMISSION_REVENUE, -D(commission)),
        ],
        idempotency_key=key,
        memo="order 1",
        ref=("cooperative_order", 1),
    )


def test_balanced_entry_is_posted_with_its_lines_and_reference():
    cooperative = CooperativeFactory()
    entry = _capture(cooperative)

    assert entry.kind == "card_capture"
    assert (entry.ref_type, entry.ref_id) == ("cooperative_order", "1")
    lines = sorted((line.account.code, line.amount) for line in entry.lines.all())
    assert lines == [
        ("commission_revenue", D("-12.00")),
        (f"cooperative_payable:{cooperative.pk}", D("-108.00")),
        ("gateway_clearing:cmi", D("120.00")),
    ]
    assert cooperative_balance(cooperative) == D("108.00")
    assert account_balance(codes.COMMISSION_REVENUE) == D("12.00")
    assert account_balance("gateway_clearing:cmi") == D("120.00")


def test_accounts_are_created_on_demand_with_their_kind_and_cooperative():
    cooperative = CooperativeFactory()
    _capture(cooperative)
    kinds = dict(Account.objects.values_list("code", "kind"))
    assert kinds == {
        "gateway_clearing:cmi": AccountKind.ASSET,
        f"cooperative_payable:{cooperative.pk}": AccountKind.LIABILITY,
        "commission_revenue": AccountKind.REVENUE,
    }
    payable = Account.objects.get(code=codes.cooperative_payable(cooperative))
    assert payable.cooperative == cooperative


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([("bank", D("10.00")), ("refunds", D("-9.99"))], "unbalanced"),
        ([("bank", D("10.00"))], "too_few_lines"),
        ([], "too_few_lines"),
        ([("bank", D("0.00")), ("refunds", D("0.00"))], "amount_zero"),
        ([("bank", D("1.005")), ("refunds", D("-1.005"))], "amount_precision"),
        ([("bank", D("1E+12")), ("refunds", D("-1E+12"))], "amount_precision"),
        ([("bank", 10), ("refunds", -10)], "amount_not_decimal"),
        ([("bank", 10.0), ("refunds", -10.0)], "amount_not_decimal"),
        ([("bank", D("NaN")), ("refunds", D("NaN"))], "amount_not_decimal"),
    ],
)
def test_invalid_entries_are_refused_and_nothing_is_written(lines, code):
    with pytest.raises(ValidationError) as caught:
        entry_post(kind=EntryKind.ADJUSTMENT, lines=lines, idempotency_key="k")
    assert caught.value.code == code
    assert JournalEntry.objects.count() == 0
    assert JournalLine.objects.count() == 0
    assert Account.objects.count() == 0


def test_unknown_kind_and_empty_key_are_refused():
    lines = [("bank", D("1.00")), ("refunds", D("-1.00"))]
    with pytest.raises(ValidationError):
        entry_post(kind="gift", lines=lines, idempotency_key="k")
    with pytest.raises(ValidationError):
        entry_post(kind=EntryKind.ADJUSTMENT, lines=lines, idempotency_key="")
    assert JournalEntry.objects.count() == 0


def test_same_idempotency_key_posts_once():
    cooperative = CooperativeFactory()
    first = _capture(cooperative)
    second = _capture(cooperative)
    assert second.pk == first.pk
    assert JournalEntry.objects.count() == 1
    assert JournalLine.objects.count() == 3
    assert cooperative_balance(cooperative) == D("108.00")


def test_same_idempotency_key_with_other_amounts_is_a_conflict():
    cooperative = CooperativeFactory()
    _capture(cooperative)
    with pytest.raises(ValidationError) as caught:
        _capture(cooperative, total="130.00")
    assert caught.value.code == "idempotency_conflict"
    assert JournalEntry.objects.count() == 1


def test_lines_can_name_accounts_by_object_or_code():
    bank = account_get_or_create(code=codes.BANK)
    entry = entry_post(
        kind=EntryKind.ADJUSTMENT,
        lines=[(bank, D("5.00")), (codes.REFUNDS, D("-5.00"))],
        idempotency_key="k",
    )
    assert entry.lines.count() == 2
    assert account_balance(bank) == D("5.00")


@pytest.mark.parametrize(
    "code",
    ["Bank", "bank:x", "gateway_clearing", "cooperative_payable:", "", "a b", "x" * 101],
)
def test_malformed_or_misused_account_codes_are_refused(code):
    with pytest.raises(ValidationError):
        account_get_or_create(code=code)
    assert Account.objects.count() == 0


def test_unknown_codes_need_an_explicit_kind_and_kinds_cannot_change():
    with pytest.raises(ValidationError):
        account_get_or_create(code="suspense")
    suspense = account_get_or_create(code="suspense", kind=AccountKind.ASSET)
    assert suspense.kind == "asset"
    with pytest.raises(ValidationError):
        account_get_or_create(code="suspense", kind=AccountKind.LIABILITY)
    with pytest.raises(ValidationError):
        account_get_or_create(code=codes.BANK, kind=AccountKind.LIABILITY)


def test_payable_of_a_cooperative_that_does_not_exist_is_refused():
    other = CooperativeFactory()
    with pytest.raises(ValidationError):
        account_get_or_create(code="cooperative_payable:999999")
    with pytest.raises(ValidationError):
        account_get_or_create(code="cooperative_payable:999999", cooperative=other)
    assert Account.objects.count() == 0


def test_reversal_mirrors_the_entry_and_nets_to_zero():
    cooperative = CooperativeFactory()
    entry = _capture(cooperative)
    reversal = entry_reverse(entry=entry, memo="wrong order")

    assert reversal.kind == "reversal"
    assert reversal.reverses == entry
    assert (reversal.ref_type, reversal.ref_id) == ("journal_entry", str(entry.id))
    assert sorted(line.amount for line in reversal.lines.all()) == [
        D("-120.00"),
        D("12.00"),
        D("108.00"),
    ]
    assert cooperative_balance(cooperative) == D("0.00")
    assert account_balance("gateway_clearing:cmi") == D("0.00")
    assert trial_balance().total == 0


def test_an_entry_is_reversed_at_most_once():
    entry = post_sale()
    first = entry_reverse(entry=entry)
    assert entry_reverse(entry=entry) == first  # same default key: idempotent
    with pytest.raises(ValidationError) as caught:
        entry_reverse(entry=entry, idempotency_key="another")
    assert caught.value.code == "already_reversed"
    assert JournalEntry.objects.filter(reverses=entry).count() == 1


def test_balances_until_a_moment_ignore_later_entries():
    post_sale(amount="10.00")
    middle = timezone.now() + dt.timedelta(microseconds=1)
    post_sale(amount="5.00")
    assert account_balance(codes.CUSTOMER_RECEIVABLE, until=middle) == D("10.00")
    assert account_balance(codes.CUSTOMER_RECEIVABLE) == D("15.00")
    assert account_balance(codes.PAYOUTS_CLEARING) == D("15.00")
    assert account_balance("never_used_account") == D("0.00")


def test_trial_balance_lists_debits_and_credits_per_account_and_sums_to_zero():
    cooperative = CooperativeFactory()
    _capture(cooperative)
    post_sale(amount="0.10")
    post_sale(amount="0.20")
    report = trial_balance()
    assert report.is_balanced
    assert report.total == D("0.00")
    rows = {row.code: (row.debits, row.credits) for row in report.rows}
    assert rows == {
        "commission_revenue": (D("0.00"), D("12.00")),
        f"cooperative_payable:{cooperative.pk}": (D("0.00"), D("108.00")),
        "customer_receivable": (D("0.30"), D("0.00")),
        "gateway_clearing:cmi": (D("120.00"), D("0.00")),
        "payouts_clearing": (D("0.00"), D("0.30")),
    }


def test_balance_of_many_small_amounts_is_exact_to_the_centime():
    for _ in range(30):
        post_sale(amount="0.10")
    assert account_balance(codes.CUSTOMER_RECEIVABLE) == D("3.00")


def test_posting_does_a_fixed_number_of_queries(django_assert_max_num_queries):
    cooperative = CooperativeFactory()
    _capture(cooperative, key="warm-up")  # accounts exist
    with django_assert_max_num_queries(12):
        _capture(cooperative, key="measured")
