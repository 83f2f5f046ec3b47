"""Payout pages: staff list/detail/actions/downloads, and the cooperative's finance page with its
statements and RIB form; nobody sees another cooperative's money."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from cooplab.cooperatives.tests.factories import manager_of, member_of
from cooplab.core.models import AuditLog
from cooplab.ledger.postings import part_split

from .. import services
from ..models import Payout, PayoutStatus
from .helpers import PERIOD, cooperative, finance_staff, pdf_text, sold, totp_code, valid_rib

pytestmark = pytest.mark.django_db
S = PayoutStatus


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def setup():
    coop = cooperative()
    part = sold(coop)
    [payout] = services.batch_create(period=PERIOD)
    staff, secret = finance_staff()
    return {"coop": coop, "part": part, "payout": payout, "staff": staff, "secret": secret}


def _finance_url(coop) -> str:
    return reverse("payouts:coop_finance", kwargs={"cooperative_id": coop.public_id})


def _statement_url(coop, payout, fmt: str) -> str:
    return reverse(
        f"payouts:coop_statement_{fmt}",
        kwargs={"cooperative_id": coop.public_id, "number": payout.public_id},
    )


def test_staff_list_queries_do_not_grow_with_payouts(setup, django_assert_max_num_queries):
    client = _client(setup["staff"])
    url = reverse("payouts:staff_list")
    with django_assert_max_num_queries(12):
        response = client.get(url)
    assert response.status_code == 200 and setup["payout"].public_id in response.text
    for _ in range(5):
        sold(cooperative())
    services.batch_create(period=PERIOD)
    with django_assert_max_num_queries(12):
        response = client.get(url, {"period": PERIOD.isoformat(), "status": "draft"})
    assert response.text.count('data-testid="payout-row"') == 6


def test_staff_approve_mark_paid_and_download_through_the_pages(setup):
    payout, staff = setup["payout"], setup["staff"]
    client = _client(staff)
    detail = reverse("payouts:staff_detail", kwargs={"number": payout.public_id})
    action = reverse("payouts:staff_action", kwargs={"number": payout.public_id})
    page = client.get(detail)
    assert page.status_code == 200 and setup["part"].number in page.text
    client.post(action, {"action": "approve", "otp_code": "000000"})
    payout.refresh_from_db()
    assert payout.status == S.DRAFT
    client.post(action, {"action": "approve", "otp_code": totp_code(setup["secret"])})
    payout.refresh_from_db()
    assert payout.status == S.APPROVED
    bank = client.get(reverse("payouts:staff_bank_file"), {"period": PERIOD.isoformat()})
    assert bank.status_code == 200 and valid_rib() in bank.content.decode()
    client.post(action, {"action": "paid", "bank_reference": "VIR-9"})
    payout.refresh_from_db()
    assert (payout.status, payout.bank_reference) == (S.PAID, "VIR-9")
    pdf = client.get(reverse("payouts:staff_statement_pdf", kwargs={"number": payout.public_id}))
    assert pdf["Content-Type"] == "application/pdf"


def test_staff_batch_button_creates_the_current_period_batch_once(setup, monkeypatch):
    from .. import views

    monkeypatch.setattr(views, "current_period", lambda: PERIOD)
    other = cooperative()
    sold(other)
    client = _client(setup["staff"])
    client.post(reverse("payouts:staff_batch"))
    client.post(reverse("payouts:staff_batch"))
    assert Payout.objects.filter(cooperative=other).count() == 1


def test_statement_pdf_names_the_orders_and_masks_the_rib(setup):
    coop, payout = setup["coop"], setup["payout"]
    text = pdf_text(services.statement_pdf(payout, "fr"))
    assert setup["part"].number in text
    assert valid_rib()[-4:] in text and valid_rib() not in text.replace(" ", "")
    arabic = pdf_text(services.statement_pdf(payout, "ar"))
    assert setup["part"].number in arabic
    response = _client(manager_of(coop)).get(_statement_url(coop, payout, "pdf"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def test_statement_csv_has_a_bom_rows_and_totals(setup):
    payout, part = setup["payout"], setup["part"]
    content = services.statement_csv(payout)
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    assert len(rows[0]) == 6
    share = part_split(part).share
    assert rows[1][0] == part.number and rows[1][3:] == [
        f"{part.total:.2f}",
        f"{part_split(part).commission:.2f}",
        f"{share:.2f}",
    ]
    assert rows[2] == []  # then the totals: sales … amount to transfer, cash held back
    assert [row[-1] for row in rows[3:]] == [
        f"{payout.gross_total:.2f}",
        f"{-payout.commission_total:.2f}",
        "0.00",
        "0.00",
        f"{payout.amount:.2f}",
        "0.00",
    ]


def test_finance_page_shows_balance_next_batch_and_history(setup):
    coop, payout = setup["coop"], setup["payout"]
    manager = manager_of(coop)
    extra = sold(coop)
    response = _client(manager).get(_finance_url(coop))
    assert response.status_code == 200
    text = response.text
    assert payout.public_id in text
    assert "011 780" in text  # formatted RIB
    assert 'data-testid="next-amount"' in text
    assert str(part_split(extra).share).replace(".", ",") in text
    assert 'data-testid="nav-finance"' in text


def test_another_cooperatives_manager_and_a_member_are_refused(setup):
    coop, payout = setup["coop"], setup["payout"]
    other = cooperative()
    outsider = manager_of(other)
    member = member_of(coop)
    for user in (outsider, member):
        client = _client(user)
        assert client.get(_finance_url(coop)).status_code in (403, 404)
        for fmt in ("pdf", "csv"):
            assert client.get(_statement_url(coop, payout, fmt)).status_code in (403, 404)
    # Its own finance page does not serve someone else's statement.
    client = _client(outsider)
    url = reverse(
        "payouts:coop_statement_csv",
        kwargs={"cooperative_id": other.public_id, "number": payout.public_id},
    )
    assert client.get(url).status_code == 404
    # Staff pages refuse managers.
    assert client.get(reverse("payouts:staff_list")).status_code == 403


def test_manager_saves_a_valid_rib_and_a_wrong_key_changes_nothing(setup):
    coop = cooperative(rib=False)
    manager = manager_of(coop)
    client = _client(manager)
    url = reverse("payouts:coop_bank_details", kwargs={"cooperative_id": coop.public_id})
    bad = valid_rib()[:-2] + ("00" if valid_rib()[-2:] != "00" else "01")
    response = client.post(url, {"rib": bad, "bank_name": "CIH", "account_holder": "Tifawt"})
    assert response.status_code == 200 and "clé" in response.text
    coop.refresh_from_db()
    assert coop.rib == ""
    spaced = " ".join([valid_rib()[:3], valid_rib()[3:6], valid_rib()[6:22], valid_rib()[22:]])
    response = client.post(url, {"rib": spaced, "bank_name": "CIH", "account_holder": "Tifawt"})
    assert response.status_code == 302
    coop.refresh_from_db()
    assert (coop.rib, coop.bank_name, coop.account_holder) == (valid_rib(), "CIH", "Tifawt")
    audit = AuditLog.objects.get(action="cooperative.bank_details")
    assert audit.actor == manager and audit.data["rib_last4"] == valid_rib()[-4:]
    member = member_of(coop)
    response = _client(member).post(url, {"rib": bad, "bank_name": "X", "account_holder": "X"})
    assert response.status_code in (403, 404)
