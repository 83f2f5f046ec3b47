"""Staff finance pages: who may open them, what the overview shows, and a fixed number of
queries whatever the length of the lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from cooplab.ledger.models import JournalEntry
from cooplab.ledger.selectors import trial_balance

from .. import cod
from ..models import CodRemittance, Payment, Refund
from .factories import client_for, cod_delivered, finance_staff, outsiders, refund_due

pytestmark = pytest.mark.django_db
PAGES = ["finance:overview", "finance:cod", "finance:refunds"]


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def _fingerprint() -> tuple:
    return (
        CodRemittance.objects.count(),
        list(Refund.objects.values_list("status", flat=True)),
        list(Payment.objects.values_list("status", flat=True)),
        JournalEntry.objects.count(),
    )


def _posts(world: dict) -> list[tuple[str, dict]]:
    refund, remittance, part = world["refund"], world["remittance"], world["part"]
    return [
        (
            reverse("finance:remittance_record"),
            {
                "carrier_code": "amana",
                "amount_received": str(part.total),
                "received_on": "2026-12-01",
                "part_ids": [str(part.pk)],
            },
        ),
        (
            reverse("finance:remittance_resolve", kwargs={"remittance_id": remittance.pk}),
            {"note": "settled"},
        ),
        (
            reverse("finance:refund_paid", kwargs={"refund_id": refund.pk}),
            {"reference": "VIR-1", "customer_rib": "011780000001234567890187"},
        ),
    ]


@pytest.fixture
def world() -> dict:
    short = cod_delivered()
    remittance = cod.remittance_record(
        carrier_code="amana",
        amount_received=short.total - Decimal("1.00"),
        received_on=dt.date(2026, 12, 1),
        bank_reference="V",
        part_ids=[short.pk],
        note="",
        user=None,
    )
    return {"refund": refund_due(), "remittance": remittance, "part": cod_delivered()}


@pytest.mark.parametrize("who", ["customer", "manager", "orders_staff"])
def test_people_without_the_finance_permission_are_refused_everywhere(world, who):
    client = client_for(outsiders()[who])
    before = _fingerprint()
    for name in PAGES:
        assert client.get(reverse(name)).status_code == 403, name
    for url, data in _posts(world):
        assert client.post(url, data).status_code == 403, url
    assert _fingerprint() == before


def test_visitors_are_sent_to_log_in(world):
    client = Client()
    before = _fingerprint()
    for name in PAGES:
        response = client.get(reverse(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    for url, data in _posts(world):
        assert client.post(url, data).status_code == 302
    assert _fingerprint() == before


def test_finance_staff_open_every_page_and_find_it_in_the_navigation(world):
    client = client_for(finance_staff())
    for name in PAGES:
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert b'data-testid="finance-link"' in response.content


def test_staff_without_the_permission_have_no_finance_link():
    client = client_for(outsiders()["orders_staff"])
    response = client.get(reverse("orders:staff_orders"))
    assert response.status_code == 200
    assert b'data-testid="finance-link"' not in response.content


def test_overview_shows_balances_counts_and_a_balanced_trial_balance(world):
    response = client_for(finance_staff()).get(reverse("finance:overview"))
    html = response.content.decode()
    overview = response.context["overview"]

    assert overview.due_refunds == 1 and overview.flagged_remittances == 1
    assert overview.refunds_due_balance == world["refund"].amount
    # The short remittance left 1.00 in transit, and the second shipment's cash is there too.
    assert overview.cod_in_transit == [("amana", world["part"].total + Decimal("1.00"))]
    assert 'data-testid="in-transit-amana"' in html
    assert 'data-testid="trial-balance"' in html and 'data-testid="unbalanced"' not in html
    assert response.context["trial"].rows == trial_balance().rows


def _queries(django_assert_max_num_queries, client: Client, name: str, limit: int) -> None:
    with django_assert_max_num_queries(limit):
        assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize(("name", "limit"), [("finance:cod", 9), ("finance:refunds", 9)])
def test_list_pages_make_a_fixed_number_of_queries(django_assert_max_num_queries, name, limit):
    client = client_for(finance_staff())
    for _ in range(2):
        cod_delivered()
        refund_due()
    client.get(reverse(name))  # warm caches (session, permissions)
    _queries(django_assert_max_num_queries, client, name, limit)
    for _ in range(4):
        part = cod_delivered(carrier="CTM Messagerie")
        cod.remittance_record(
            carrier_code="ctm-messagerie",
            amount_received=part.total,
            received_on=dt.date(2026, 12, 1),
            bank_reference="V",
            part_ids=[part.pk],
            note="",
            user=None,
        )
        cod_delivered()
        refund_due()
    _queries(django_assert_max_num_queries, client, name, limit)


def test_overview_makes_a_fixed_number_of_queries(django_assert_max_num_queries, world):
    client = client_for(finance_staff())
    client.get(reverse("finance:overview"))
    _queries(django_assert_max_num_queries, client, "finance:overview", 21)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_pages_render_in_arabic_and_french(world, language):
    client = client_for(finance_staff())
    with translation.override(language):
        for name in PAGES:
            response = client.get(reverse(name))
            assert response.status_code == 200, name
            assert f'lang="{language}"'.encode() in response.content
