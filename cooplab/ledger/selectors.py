"""Reads from the ledger. Balances are always computed from journal lines, never stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.db.models import BigIntegerField, F, Q, QuerySet, Sum
from django.db.models.functions import Cast, Coalesce, Round

from . import accounts as codes
from .models import Account, CommissionRule, CommissionScope, JournalLine

if TYPE_CHECKING:
    from cooplab.catalog.models import Category
    from cooplab.cooperatives.models import Cooperative

ZERO = Decimal("0.00")


def _cents(field: str = "amount") -> Cast:
    # Summing whole centimes as integers is exact on every database (SQLite keeps decimals as
    # floating point; PostgreSQL's numeric would be exact anyway).
    return Cast(Round(F(field) * 100), output_field=BigIntegerField())


def _from_cents(cents: int | None) -> Decimal:
    return (Decimal(cents or 0) / 100).quantize(Decimal("0.01"))


def _sum(lines: QuerySet[JournalLine]) -> Decimal:
    return _from_cents(lines.aggregate(total=Sum(_cents()))["total"])


def account_balance(account: Account | str, *, until: dt.datetime | None = None) -> Decimal:
    """Balance of an account in its natural direction, from entries posted before ``until``.

    Assets and expenses: debits − credits; liabilities and revenue: credits − debits. So a
    positive ``cooperative_payable`` balance is what the platform owes. An account that does
    not exist yet has a balance of 0.00.
    """
    if isinstance(account, str):
        found = Account.objects.filter(code=account).first()
        if found is None:
            return ZERO
        account = found
    lines = JournalLine.objects.filter(account=account)
    if until is not None:
        lines = lines.filter(entry__created_at__lt=until)
    raw = _sum(lines)
    balance = raw if account.is_debit_normal else -raw
    return balance + 0  # never "-0.00"


def cooperative_balance(cooperative: Cooperative, *, until: dt.datetime | None = None) -> Decimal:
    """What the platform owes ``cooperative`` (its payable account's balance)."""
    return account_balance(codes.cooperative_payable(cooperative), until=until)


@dataclass(frozen=True)
class TrialBalanceRow:
    code: str
    kind: str
    debits: Decimal
    credits: Decimal  # positive number: the total of the credit lines

    @property
    def net(self) -> Decimal:
        """Debits − credits (positive for a debit balance)."""
        return self.debits - self.credits


@dataclass(frozen=True)
class TrialBalance:
    rows: list[TrialBalanceRow]
    #: Sum of every line of the journal: always 0.00 for a sound ledger.
    total: Decimal

    @property
    def is_balanced(self) -> bool:
        return self.total == 0


def trial_balance(*, until: dt.datetime | None = None) -> TrialBalance:
    """Debit and credit totals per account, in one query, and the sum of all lines."""
    lines = JournalLine.objects.all()
    if until is not None:
        lines = lines.filter(entry__created_at__lt=until)
    per_account = (
        lines.values("account__code", "account__kind")
        .annotate(
            debits=Coalesce(Sum(_cents(), filter=Q(amount__gt=0)), 0),
            credits=Coalesce(Sum(_cents(), filter=Q(amount__lt=0)), 0),
        )
        .order_by("account__code")
    )
    rows = [
        TrialBalanceRow(
            code=row["account__code"],
            kind=row["account__kind"],
            debits=_from_cents(row["debits"]),
            credits=-_from_cents(row["credits"]),
        )
        for row in per_account
    ]
    total = sum((row.net for row in rows), ZERO)
    return TrialBalance(rows=rows, total=total)


def _category_chain(category: Category | None) -> list[int]:
    """The category and its ancestors, nearest first."""
    chain: list[int] = []
    while category is not None and category.pk not in chain:
        chain.append(category.pk)
        category = category.parent
    return chain


def commission_rate_for(
    *, cooperative: Cooperative | None, category: Category | None, at: dt.datetime
) -> Decimal:
    """The commission rate (percent) for a sale at time ``at``.

    Precedence: the cooperative's own rule > a rule for the category (or, failing that, its
    nearest parent category) > the platform rule > ``settings.COMMISSION_DEFAULT_RATE``. Within
    one scope, the rule with the latest ``valid_from`` not after ``at`` applies.
    """
    chain = _category_chain(category)
    targets = Q(scope=CommissionScope.PLATFORM)
    if cooperative is not None:
        targets |= Q(scope=CommissionScope.COOPERATIVE, cooperative=cooperative)
    if chain:
        targets |= Q(scope=CommissionScope.CATEGORY, category_id__in=chain)
    rules = list(
        CommissionRule.objects.filter(targets, valid_from__lte=at).order_by("-valid_from", "-id")
    )
    for rule in rules:
        if rule.scope == CommissionScope.COOPERATIVE:
            return rule.rate
    for category_id in chain:
        for rule in rules:
            if rule.scope == CommissionScope.CATEGORY and rule.category_id == category_id:
                return rule.rate
    for rule in rules:
        if rule.scope == CommissionScope.PLATFORM:
            return rule.rate
    return Decimal(settings.COMMISSION_DEFAULT_RATE)
