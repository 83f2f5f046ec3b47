"""Cash on delivery: shipments awaiting the carrier's cash, remittances matched or short,
differences resolved with a note, refusals, and two staff recording the same shipment."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import close_old_connections, connection
from django.urls import reverse
from django.utils import timezone, translation

from cooplab.catalog.categories import categories_sync
from cooplab.catalog.models import Category
from cooplab.core.models import AuditLog
from cooplab.ledger import accounts as codes
from cooplab.ledger.models import JournalEntry
from cooplab.ledger.selectors import account_balance, trial_balance
from cooplab.orders.tests.factories import advance, place

from .. import cod
from ..models import CodRemittance, CodRemittanceItem, RemittanceStatus
from .factories import client_for, cod_delivered, finance_staff

D = Decimal
TODAY = dt.date(2026, 12, 1)
IN_TRANSIT = codes.cod_in_transit("amana")


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    with translation.override("en"):
        yield


def _record(parts, *, amount, carrier="amana", user=None, reference="VIR-COD-1", note=""):
    return cod.remittance_record(
        carrier_code=carrier,
        amount_received=D(amount),
        received_on=TODAY,
        bank_reference=reference,
        part_ids=[part.pk for part in parts],
        note=note,
        user=user,
    )


def _written() -> tuple[int, int, int, int]:
    return (
        CodRemittance.objects.count(),
        CodRemittanceItem.objects.count(),
        JournalEntry.objects.count(),
        AuditLog.objects.filter(action__startswith="cod.").count(),
    )


# --- Shipments awaiting cash -----------------------------------------------------------------


@pytest.mark.django_db
def test_only_delivered_home_cash_shipments_with_collected_cash_await_a_remittance():
    amana = cod_delivered(carrier="Amana")
    ctm = cod_delivered(carrier="CTM Messagerie")
    not_delivered = place(payment_method="cod")
    advance(not_delivered, "confirm", "ship")
    completed = cod_delivered(carrier="Amana")
    completed.status = "completed"  # later in a delivered parcel's life
    completed.save(update_fields=["status"])

    assert {p.pk for p in cod.shipments_awaiting_cash()} == {amana.pk, ctm.pk, completed.pk}
    assert {p.pk for p in cod.shipments_awaiting_cash("amana")} == {amana.pk, completed.pk}
    assert [p.pk for p in cod.shipments_awaiting_cash("ctm-messagerie")] == [ctm.pk]
    groups = {group.code: group for group in cod.awaiting_cash_by_carrier()}
    assert groups["amana"].total == amana.total + completed.total

    _record([amana], amount=amana.total)
    assert amana.pk not in {p.pk for p in cod.shipments_awaiting_cash()}


@pytest.mark.django_db
def test_pickup_and_transfer_orders_never_await_carrier_cash():
    from cooplab.cooperatives.tests.factories import CooperativeFactory
    from cooplab.orders.tests.factories import product_with_stock, variant_of
    from cooplab.shipping.models import DeliveryOptions

    from .factories import transfer_order

    cooperative = CooperativeFactory()
    DeliveryOptions.objects.update_or_create(
        cooperative=cooperative, defaults={"pickup": True, "pickup_instructions": "9h-17h"}
    )
    variant = variant_of(product_with_stock(cooperative, images=0))
    pickup = place([(variant, 1)], payment_method="cod", methods={cooperative.pk: "pickup"})
    advance(pickup, "confirm", "ship", "deliver")
    transfer = transfer_order()

    assert pickup.parts.get().delivery_method == "pickup"
    assert pickup.parts.get().status == "delivered"
    assert transfer.parts.get().status == "awaiting_payment"
    assert cod.shipments_awaiting_cash() == []


# --- Recording -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_matched_remittance_empties_the_carrier_account_into_the_bank():
    a, b = cod_delivered(), cod_delivered()
    staff = finance_staff()
    assert account_balance(IN_TRANSIT) == a.total + b.total

    remittance = _record([a, b], amount=a.total + b.total, user=staff)

    assert remittance.status == RemittanceStatus.MATCHED
    assert remittance.expected_amount == a.total + b.total
    assert remittance.carrier == "Amana" and remittance.carrier_code == "amana"
    assert sorted(remittance.items.values_list("cooperative_order_id", flat=True)) == [a.pk, b.pk]
    assert account_balance(IN_TRANSIT) == 0
    assert account_balance(codes.BANK) == a.total + b.total
    assert AuditLog.objects.filter(action="cod.remittance_recorded", actor=staff).count() == 1
    assert trial_balance().is_balanced


@pytest.mark.django_db
def test_short_remittance_is_flagged_and_the_missing_cash_stays_in_transit():
    a, b = cod_delivered(), cod_delivered()
    expected = a.total + b.total

    remittance = _record([a, b], amount=expected - D("20.00"))

    assert remittance.status == RemittanceStatus.DIFFERENCE
    assert remittance.difference == D("-20.00")
    assert account_balance(codes.BANK) == expected - D("20.00")
    assert account_balance(IN_TRANSIT) == D("20.00")  # nothing absorbed
    assert account_balance(codes.COD_DIFFERENCES) == 0


@pytest.mark.django_db
def test_resolving_a_difference_needs_a_note_then_posts_it_once():
    part = cod_delivered()
    remittance = _record([part], amount=part.total - D("5.00"))
    before = _written()

    with pytest.raises(ValidationError) as caught:
        cod.remittance_resolve(remittance=remittance, note="  ", user=None)
    assert "note" in caught.value.message_dict
    assert _written() == before
    remittance.refresh_from_db()
    assert remittance.status == RemittanceStatus.DIFFERENCE

    staff = finance_staff()
    resolved = cod.remittance_resolve(
        remittance=remittance, note="Carrier kept 5 DH of fees, agreed by phone", user=staff
    )

    assert resolved.status == RemittanceStatus.RESOLVED
    assert resolved.resolution_note.startswith("Carrier kept")
    assert account_balance(codes.COD_DIFFERENCES) == D("5.00")
    assert account_balance(IN_TRANSIT) == 0
    entries = JournalEntry.objects.count()
    cod.remittance_resolve(remittance=remittance, note="again", user=staff)
    assert JournalEntry.objects.count() == entries
    assert trial_balance().is_balanced


@pytest.mark.django_db
def test_a_matched_remittance_has_nothing_to_resolve():
    part = cod_delivered()
    remittance = _record([part], amount=part.total)
    with pytest.raises(ValidationError):
        cod.remittance_resolve(remittance=remittance, note="x", user=None)


@pytest.mark.django_db
def test_another_carriers_shipment_is_refused_and_nothing_is_written():
    amana, ctm = cod_delivered(carrier="Amana"), cod_delivered(carrier="CTM Messagerie")
    before = _written()

    with pytest.raises(ValidationError) as caught:
        _record([amana, ctm], amount=amana.total + ctm.total)

    assert ctm.number in " ".join(caught.value.messages)
    assert "not awaiting cash from this carrier" in " ".join(caught.value.messages)
    assert _written() == before


@pytest.mark.django_db
def test_an_already_remitted_shipment_is_refused_and_nothing_is_written():
    a, b = cod_delivered(), cod_delivered()
    _record([a], amount=a.total)
    before = _written()

    with pytest.raises(ValidationError) as caught:
        _record([a, b], amount=a.total + b.total, reference="VIR-COD-2")

    assert a.number in " ".join(caught.value.messages)
    assert "already remitted" in " ".join(caught.value.messages)
    assert _written() == before
    assert account_balance(IN_TRANSIT) == b.total


@pytest.mark.django_db
def test_shipment_not_yet_delivered_is_refused():
    order = place(payment_method="cod")
    advance(order, "confirm", "ship")
    before = _written()
    with pytest.raises(ValidationError):
        _record([order.parts.get()], amount="10.00")
    assert _written() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"carrier_code": ""}, "carrier_code"),
        ({"part_ids": []}, "part_ids"),
        ({"part_ids": ["x"]}, "part_ids"),
        ({"amount_received": D("-1.00")}, "amount_received"),
        ({"amount_received": D("1.005")}, "amount_received"),
        ({"received_on": timezone.localdate() + dt.timedelta(days=2)}, "received_on"),
    ],
)
def test_bad_input_is_refused_with_a_field_error(changes, field):
    part = cod_delivered()
    arguments = {
        "carrier_code": "amana",
        "amount_received": part.total,
        "received_on": TODAY,
        "bank_reference": "V",
        "part_ids": [part.pk],
        "note": "",
        "user": None,
        **changes,
    }
    before = _written()
    with pytest.raises(ValidationError) as caught:
        cod.remittance_record(**arguments)
    assert field in caught.value.message_dict
    assert _written() == before


# --- Pages -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_staff_record_a_short_remittance_see_it_flagged_and_resolve_it():
    a = cod_delivered()
    cod_delivered(carrier="CTM Messagerie")
    client = client_for(finance_staff())
    page = client.get(reverse("finance:cod"))
    assert page.status_code == 200
    assert page.content.count(b'data-testid="awaiting-row"') == 2
    assert b'data-testid="carrier-total-amana"' in page.content
    with translation.override("fr"):
        french = client.get(reverse("finance:cod")).content.decode()
    assert f'name="received_on" value="{timezone.localdate().isoformat()}"' in french

    response = client.post(
        reverse("finance:remittance_record"),
        {
            "carrier_code": "amana",
            "amount_received": f"{a.total - D('10'):.2f}".replace(".", ","),
            "received_on": "2026-12-01",
            "bank_reference": "VIR-AMANA-12",
            "part_ids": [str(a.pk)],
        },
        follow=True,
    )

    remittance = CodRemittance.objects.get()
    assert remittance.status == RemittanceStatus.DIFFERENCE
    assert b'data-flagged="true"' in response.content
    assert response.content.count(b'data-testid="awaiting-row"') == 1

    client.post(
        reverse("finance:remittance_resolve", kwargs={"remittance_id": remittance.pk}),
        {"note": ""},
    )
    remittance.refresh_from_db()
    assert remittance.status == RemittanceStatus.DIFFERENCE

    client.post(
        reverse("finance:remittance_resolve", kwargs={"remittance_id": remittance.pk}),
        {"note": "Driver short, deducted from next invoice"},
    )
    remittance.refresh_from_db()
    assert remittance.status == RemittanceStatus.RESOLVED
    assert account_balance(codes.COD_DIFFERENCES) == D("10.00")
    assert b'data-flagged="true"' not in client.get(reverse("finance:cod")).content


@pytest.mark.django_db
def test_refused_remittance_on_the_page_shows_the_reason_and_keeps_the_form():
    amana, ctm = cod_delivered(), cod_delivered(carrier="CTM Messagerie")
    client = client_for(finance_staff())
    before = _written()

    response = client.post(
        reverse("finance:remittance_record"),
        {
            "carrier_code": "amana",
            "amount_received": "100",
            "received_on": "2026-12-01",
            "part_ids": [str(amana.pk), str(ctm.pk)],
        },
    )

    assert response.status_code == 200
    assert b'data-testid="shipment-errors"' in response.content
    assert "not awaiting cash from this carrier" in response.content.decode()
    assert _written() == before


# --- Two staff, one shipment (real threads) --------------------------------------------------


def _run_threads(jobs: list[Callable[[], str]]) -> list[str]:
    barrier = threading.Barrier(len(jobs))
    outcomes: list[str] = []
    lock = threading.Lock()

    def run(job: Callable[[], str]) -> None:
        try:
            connection.ensure_connection()
            barrier.wait(timeout=60)
            result = job()
        except Exception as exc:  # noqa: BLE001 - every failure is an outcome to count
            result = f"error:{type(exc).__name__}"
        finally:
            close_old_connections()
            connection.close()
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a thread is stuck (deadlock?)"
    return outcomes


@pytest.mark.django_db(transaction=True)
@pytest.mark.xdist_group("concurrency")
def test_two_staff_recording_the_same_shipment_at_once_make_one_remittance():
    categories_sync(Category)  # transactional tests empty the database between tests
    shared, other = cod_delivered(), cod_delivered()
    staff_a, staff_b = finance_staff(), finance_staff()

    def recorder(user, parts, reference) -> Callable[[], str]:
        def job() -> str:
            try:
                _record(
                    parts,
                    amount=sum((p.total for p in parts), D("0")),
                    user=user,
                    reference=reference,
                )
            except ValidationError as exc:
                return "refused:" + " ".join(exc.messages)
            return "recorded"

        return job

    outcomes = _run_threads(
        [recorder(staff_a, [shared], "VIR-A"), recorder(staff_b, [shared, other], "VIR-B")]
    )

    counted = Counter(o.split(":")[0] for o in outcomes)
    assert counted == Counter({"recorded": 1, "refused": 1}), outcomes
    refusal = next(o for o in outcomes if o.startswith("refused"))
    assert shared.number in refusal  # the message is translated: the number is what matters
    assert CodRemittanceItem.objects.filter(cooperative_order=shared).count() == 1
    remittance = CodRemittance.objects.get()
    assert account_balance(codes.BANK) == remittance.amount_received
    assert account_balance(IN_TRANSIT) == shared.total + other.total - remittance.amount_received
    assert trial_balance().is_balanced
