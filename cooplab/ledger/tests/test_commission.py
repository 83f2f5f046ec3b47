"""Commission rates (which rule applies) and splitting a sale (exact to the centime)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st

from cooplab.catalog.models import Category
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.ledger.commission import split_amount
from cooplab.ledger.models import CommissionRule, CommissionScope
from cooplab.ledger.selectors import commission_rate_for

D = Decimal
NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
LAST_YEAR = NOW - dt.timedelta(days=365)


def _rule(rate, *, scope, when=LAST_YEAR, cooperative=None, category=None):
    return CommissionRule.objects.create(
        scope=scope, rate=D(rate), valid_from=when, cooperative=cooperative, category=category
    )


@pytest.fixture
def categories():
    parent = Category.objects.create(slug="test-cosmetics", name="Cosmétiques")
    child = Category.objects.create(slug="test-argan-oil", name="Huile d'argan", parent=parent)
    return parent, child


@pytest.mark.django_db
def test_default_rate_comes_from_settings(settings):
    settings.COMMISSION_DEFAULT_RATE = "7.50"
    assert commission_rate_for(cooperative=None, category=None, at=NOW) == D("7.50")


@pytest.mark.django_db
def test_cooperative_rule_beats_category_rule_beats_platform_rule(categories):
    parent, child = categories
    cooperative, other = CooperativeFactory(), CooperativeFactory()
    _rule("9.00", scope=CommissionScope.PLATFORM)
    assert commission_rate_for(cooperative=cooperative, category=child, at=NOW) == D("9.00")
    _rule("6.00", scope=CommissionScope.CATEGORY, category=parent)
    assert commission_rate_for(cooperative=cooperative, category=child, at=NOW) == D("6.00")
    _rule("5.50", scope=CommissionScope.CATEGORY, category=child)
    assert commission_rate_for(cooperative=cooperative, category=child, at=NOW) == D("5.50")
    assert commission_rate_for(cooperative=cooperative, category=parent, at=NOW) == D("6.00")
    _rule("3.25", scope=CommissionScope.COOPERATIVE, cooperative=cooperative)
    assert commission_rate_for(cooperative=cooperative, category=child, at=NOW) == D("3.25")
    assert commission_rate_for(cooperative=other, category=child, at=NOW) == D("5.50")
    assert commission_rate_for(cooperative=other, category=None, at=NOW) == D("9.00")


@pytest.mark.django_db
def test_the_latest_rule_valid_at_the_moment_applies():
    _rule("10.00", scope=CommissionScope.PLATFORM, when=LAST_YEAR)
    _rule("8.00", scope=CommissionScope.PLATFORM, when=NOW)
    _rule("1.00", scope=CommissionScope.PLATFORM, when=NOW + dt.timedelta(days=30))
    assert commission_rate_for(cooperative=None, category=None, at=NOW) == D("8.00")
    assert commission_rate_for(
        cooperative=None, category=None, at=NOW - dt.timedelta(seconds=1)
    ) == D("10.00")
    assert commission_rate_for(
        cooperative=None, category=None, at=NOW + dt.timedelta(days=31)
    ) == D("1.00")


@pytest.mark.django_db
def test_rate_lookup_does_a_fixed_number_of_queries(categories, django_assert_max_num_queries):
    _parent, child = categories
    child = Category.objects.get(pk=child.pk)
    with django_assert_max_num_queries(2):
        commission_rate_for(cooperative=None, category=child, at=timezone.now())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("scope", "with_cooperative", "rate"),
    [
        (CommissionScope.PLATFORM, True, "5.00"),  # platform rule naming a cooperative
        (CommissionScope.COOPERATIVE, False, "5.00"),  # cooperative rule without one
        (CommissionScope.PLATFORM, False, "100.01"),
        (CommissionScope.PLATFORM, False, "-0.01"),
    ],
)
def test_the_database_refuses_inconsistent_rules(scope, with_cooperative, rate):
    cooperative = CooperativeFactory() if with_cooperative else None
    with pytest.raises(IntegrityError), transaction.atomic():
        _rule(rate, scope=scope, cooperative=cooperative)
    assert CommissionRule.objects.count() == 0


@pytest.mark.django_db
def test_two_platform_rules_from_the_same_moment_are_refused():
    _rule("5.00", scope=CommissionScope.PLATFORM)
    with pytest.raises(IntegrityError), transaction.atomic():
        _rule("6.00", scope=CommissionScope.PLATFORM)


@pytest.mark.parametrize(
    ("amount", "rate", "commission", "share"),
    [
        ("100.00", "10", "10.00", "90.00"),
        ("199.00", "12.5", "24.88", "174.12"),  # 24.875 rounds half-up
        ("0.05", "10", "0.01", "0.04"),  # 0.005 rounds half-up
        ("0.04", "10", "0.00", "0.04"),
        ("33.33", "0", "0.00", "33.33"),
        ("33.33", "100", "33.33", "0.00"),
        ("0.00", "10", "0.00", "0.00"),
        ("1234.56", "7.3333", "90.53", "1144.03"),
    ],
)
def test_split_amount_rounds_the_commission_half_up(amount, rate, commission, share):
    assert split_amount(D(amount), D(rate)) == (D(commission), D(share))


@pytest.mark.parametrize(
    ("amount", "rate"),
    [
        (D("-1.00"), D("10")),
        (D("1.005"), D("10")),
        (D("10.00"), D("100.01")),
        (D("10.00"), D("-1")),
        (D("NaN"), D("10")),
        (10, D("10")),
        (D("10.00"), 10.0),
    ],
)
def test_split_amount_refuses_bad_input(amount, rate):
    with pytest.raises(ValueError):
        split_amount(amount, rate)


_amounts = st.decimals(min_value=D("0"), max_value=D("99999999.99"), places=2)
_rates = st.decimals(min_value=D("0"), max_value=D("100"), places=4)


@settings(max_examples=2000, deadline=None)
@given(amount=_amounts, rate=_rates)
def test_split_parts_sum_exactly_and_stay_within_the_amount(amount, rate):
    commission, share = split_amount(amount, rate)
    assert commission + share == amount
    assert D("0") <= commission <= amount
    assert D("0") <= share <= amount
    assert commission == commission.quantize(D("0.01"))
    assert share == share.quantize(D("0.01"))
    # Within half a centime of the exact commission.
    assert abs(commission - amount * rate / 100) <= D("0.005")
