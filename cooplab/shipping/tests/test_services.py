"""delivery_options_save: checks, audit, and what must not be written."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of
from cooplab.core.models import AuditLog

from ..models import DeliveryOptions
from ..services import delivery_options_clean, delivery_options_save

pytestmark = pytest.mark.django_db

GOOD: dict[str, Any] = {
    "home_delivery": True,
    "rate_same_city": Decimal("20.00"),
    "rate_same_region": Decimal("30.00"),
    "rate_national": Decimal("35.00"),
    "free_delivery_from": None,
    "pickup": False,
    "pickup_instructions": "",
    "preparation_days": 2,
}


def test_first_save_creates_and_audits_the_options():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    options = delivery_options_save(cooperative=cooperative, actor=manager, data=GOOD)
    assert options.pk is not None
    assert DeliveryOptions.objects.get(cooperative=cooperative).rate_national == Decimal("35.00")
    entry = AuditLog.objects.get(action="shipping.delivery_options_saved")
    assert entry.actor_id == manager.pk
    assert entry.data["changed"]["rate_national"] == "35.00"


def test_second_save_changes_the_same_row_and_audits_only_changes():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    delivery_options_save(cooperative=cooperative, actor=manager, data=GOOD)
    delivery_options_save(
        cooperative=cooperative, actor=manager, data={**GOOD, "rate_same_city": "25,50"}
    )
    assert DeliveryOptions.objects.filter(cooperative=cooperative).count() == 1
    assert DeliveryOptions.objects.get(cooperative=cooperative).rate_same_city == Decimal("25.50")
    last = AuditLog.objects.filter(action="shipping.delivery_options_saved").order_by("pk").last()
    assert last.data["changed"] == {"rate_same_city": "25.50"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"home_delivery": False, "pickup": False}, "__all__"),
        ({"rate_same_city": Decimal("-1")}, "rate_same_city"),
        ({"rate_same_region": Decimal("1.005")}, "rate_same_region"),
        ({"rate_national": "1,234"}, "rate_national"),  # ambiguous when typed
        ({"rate_national": None}, "rate_national"),
        ({"rate_national": float(3)}, "rate_national"),
        ({"rate_national": Decimal("NaN")}, "rate_national"),
        ({"rate_national": Decimal("10000000")}, "rate_national"),
        ({"free_delivery_from": Decimal("-3")}, "free_delivery_from"),
        ({"preparation_days": 31}, "preparation_days"),
        ({"preparation_days": -1}, "preparation_days"),
        ({"pickup": True, "pickup_instructions": ""}, "pickup_instructions"),
        ({"pickup": True, "pickup_instructions": "x" * 301}, "pickup_instructions"),
    ],
)
def test_bad_options_are_refused_and_nothing_is_written(change, field):
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    with pytest.raises(ValidationError) as caught:
        delivery_options_save(cooperative=cooperative, actor=manager, data={**GOOD, **change})
    assert field in caught.value.message_dict
    assert not DeliveryOptions.objects.filter(cooperative=cooperative).exists()
    assert not AuditLog.objects.filter(action="shipping.delivery_options_saved").exists()


@given(cents=st.integers(min_value=0, max_value=99_999_999))
def test_any_amount_in_centimes_is_kept_exactly(cents):
    amount = Decimal(cents) / 100
    clean = delivery_options_clean({**GOOD, "rate_same_city": amount})
    assert clean["rate_same_city"] == amount
    assert clean["rate_same_city"].as_tuple().exponent == -2


@given(value=st.decimals(min_value=-999_999, max_value=999_999, places=3))
def test_amounts_with_a_third_decimal_are_refused(value):
    if value == value.quantize(Decimal("0.01")):
        return
    with pytest.raises(ValidationError):
        delivery_options_clean({**GOOD, "rate_same_city": value})
