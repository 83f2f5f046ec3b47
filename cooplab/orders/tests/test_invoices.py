"""Invoices: issued on delivery, numbered without gaps per cooperative and year, append-only,
rendered to PDF in the customer's language with Arabic shaped; packing slips; who may see them.

Text is read back from the PDFs with pypdf. WeasyPrint maps each glyph to the characters it
was shaped from, so the extracted text holds the logical Arabic letters; it is still passed
through NFKC (which folds Arabic presentation forms, U+FB50–U+FEFF, to plain letters) so the
check does not depend on how a PDF reader maps shaped glyphs.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import threading
import unicodedata
from decimal import Decimal

import pytest
from allauth.mfa.models import Authenticator
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.catalog.models import Product
from cooplab.cooperatives.models import Membership
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of, member_of
from cooplab.core.money import format_money
from cooplab.core.storage import private_storage

from .. import services
from ..documents import DocumentFetchRefused, _fetcher, html_to_pdf
from ..invoices import (
    invoice_issue,
    invoice_pdf,
    invoice_store_pdf_task,
    invoice_year,
    prefix_from_slug,
)
from ..models import CooperativeOrder, Invoice, InvoiceSequence
from ..states import Actor
from ..views.documents import SESSION_ORDER_NUMBERS
from .factories import advance, place, product_with_stock, variant_of

ARGAN_AR = "زيت أركان"
ARGAN_FR = "Huile d'argan"
UTC = dt.UTC


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def argan(cooperative=None, *, stock: int = 20, perishable: bool = True, vat: str = "0.00"):
    cooperative = cooperative or CooperativeFactory()
    product = product_with_stock(
        cooperative, stock=stock, name=ARGAN_FR, name_ar=ARGAN_AR, perishable=perishable
    )
    if vat != "0.00":
        Product.objects.filter(pk=product.pk).update(vat_rate=Decimal(vat))
    return product


def delivered_part(cooperative=None, *, language: str = "fr", user=None, **kwargs):
    product = argan(cooperative, **kwargs)
    order = place([(variant_of(product), 2)], user=user, language=language)
    advance(order, "confirm", "ship", "deliver")
    return order.parts.get()


def shipped_parts(cooperative, count: int) -> list[CooperativeOrder]:
    variant = variant_of(argan(cooperative, stock=count * 2))
    parts = []
    for _ in range(count):
        order = place([(variant, 1)])
        advance(order, "confirm", "ship")
        parts.append(order.parts.get())
    return parts


# --- Issuing and numbering ---------------------------------------------------------------


@pytest.fixture(autouse=True)
def _french_pages():
    """These tests were written against French pages and documents (the default language)."""
    from django.utils import translation

    with translation.override("fr"):
        yield


@pytest.mark.django_db
def test_delivery_issues_the_invoice_with_a_snapshot_of_the_totals():
    cooperative = CooperativeFactory(slug="cooperative-agricole-tifawin")
    part = delivered_part(cooperative)

    invoice = Invoice.objects.get(cooperative_order=part)
    year = invoice_year(invoice.issued_at)
    assert invoice.number == f"TIFAWIN-{year}-000001"
    assert (invoice.cooperative_id, invoice.year, invoice.sequence) == (cooperative.pk, year, 1)
    assert invoice.language == "fr"
    assert (invoice.subtotal, invoice.tax_total, invoice.delivery_cost, invoice.total) == (
        part.subtotal,
        part.tax_total,
        part.delivery_cost,
        part.total,
    )
    assert InvoiceSequence.objects.get(cooperative=cooperative, year=year).last_number == 1


@pytest.mark.django_db
def test_issuing_twice_returns_the_same_invoice_and_uses_no_number():
    part = delivered_part()
    first = Invoice.objects.get(cooperative_order=part)

    again = invoice_issue(part=part)

    assert again.pk == first.pk
    assert Invoice.objects.filter(cooperative=part.cooperative).count() == 1
    assert InvoiceSequence.objects.get(cooperative=part.cooperative).last_number == 1


@pytest.mark.django_db
def test_no_invoice_before_delivery():
    cooperative = CooperativeFactory()
    (part,) = shipped_parts(cooperative, 1)

    with pytest.raises(ValidationError):
        invoice_issue(part=part)

    assert not Invoice.objects.exists()
    assert not InvoiceSequence.objects.exists()


@pytest.mark.django_db
def test_numbers_follow_each_other_per_cooperative():
    first_coop, second_coop = CooperativeFactory(), CooperativeFactory()
    parts = shipped_parts(first_coop, 3) + shipped_parts(second_coop, 2)

    for part in parts:
        services.part_transition(part=part, action="deliver", actor=Actor.COOPERATIVE, user=None)

    sequences = {
        coop.pk: list(
            Invoice.objects.filter(cooperative=coop)
            .order_by("sequence")
            .values_list("sequence", flat=True)
        )
        for coop in (first_coop, second_coop)
    }
    assert sequences == {first_coop.pk: [1, 2, 3], second_coop.pk: [1, 2]}
    numbers = list(Invoice.objects.values_list("number", flat=True))
    assert len(set(numbers)) == 5


@pytest.mark.django_db
def test_a_rolled_back_delivery_uses_no_number():
    cooperative = CooperativeFactory()
    first, second = shipped_parts(cooperative, 2)

    with pytest.raises(RuntimeError), transaction.atomic():
        services.part_transition(part=first, action="deliver", actor=Actor.COOPERATIVE, user=None)
        raise RuntimeError("the courier's app crashed")
    services.part_transition(part=second, action="deliver", actor=Actor.COOPERATIVE, user=None)

    assert not Invoice.objects.filter(cooperative_order=first).exists()
    assert Invoice.objects.get(cooperative_order=second).sequence == 1


@pytest.mark.django_db
def test_the_invoicing_year_is_the_year_in_morocco():
    cooperative = CooperativeFactory()
    first, second = shipped_parts(cooperative, 2)
    CooperativeOrder.objects.filter(pk__in=[first.pk, second.pk]).update(
        delivered_at=dt.datetime(2025, 12, 31, 12, tzinfo=UTC)
    )

    # 23:30 UTC on 31 December is already 1 January in Casablanca (UTC+1).
    new_year = invoice_issue(part=first, now=dt.datetime(2025, 12, 31, 23, 30, tzinfo=UTC))
    old_year = invoice_issue(part=second, now=dt.datetime(2025, 12, 31, 22, 30, tzinfo=UTC))

    assert (new_year.year, new_year.sequence) == (2026, 1)
    assert new_year.number.endswith("-2026-000001")
    assert (old_year.year, old_year.sequence) == (2025, 1)


def test_prefix_comes_from_the_slug_without_generic_words():
    assert prefix_from_slug("cooperative-agricole-tifawin") == "TIFAWIN"
    assert prefix_from_slug("argan-taroudant-sud") == "ARGANTAROU"
    assert prefix_from_slug("cooperative-12") == "COOP12"
    assert prefix_from_slug("cooperative") == "COOPERATIV"


@pytest.mark.django_db
def test_two_cooperatives_with_the_same_prefix_get_distinct_numbers():
    first = CooperativeFactory(slug="cooperative-safran-taliouine")
    second = CooperativeFactory(slug="safran-taliouine-2")
    a = delivered_part(first)
    b = delivered_part(second)

    numbers = {a.invoice.number.rsplit("-", 2)[0], b.invoice.number.rsplit("-", 2)[0]}
    assert numbers == {"SAFRANTALI", "SAFRANTAL2"}


@pytest.mark.django_db
def test_issued_invoices_cannot_be_changed_or_deleted():
    invoice = delivered_part().invoice

    with pytest.raises(ValueError):
        invoice.save()
    with pytest.raises(ValueError):
        invoice.delete()

    assert Invoice.objects.filter(pk=invoice.pk).exists()


@pytest.fixture
def two_pools(db):
    """Two cooperatives with eight delivered, not yet invoiced parts each (made once per test;
    each Hypothesis example runs in a transaction rolled back at its end)."""
    cooperatives = [CooperativeFactory(), CooperativeFactory()]
    pools = {coop.pk: shipped_parts(coop, 8) for coop in cooperatives}
    CooperativeOrder.objects.update(delivered_at=dt.datetime(2025, 6, 1, tzinfo=UTC))
    return cooperatives, pools


class _Rollback(Exception):
    pass


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    steps=st.lists(
        st.tuples(st.integers(0, 1), st.sampled_from([2025, 2026]), st.booleans()),
        min_size=1,
        max_size=8,
    )
)
def test_any_interleaving_of_issues_numbers_each_cooperative_year_from_one_without_gaps(
    two_pools, steps
):
    """Issues across two cooperatives and two years, in any order, some repeated: every
    (cooperative, year) has the numbers 1..n, each once."""
    cooperatives, pools = two_pools
    try:
        with transaction.atomic():
            available = {pk: list(parts) for pk, parts in pools.items()}
            issued: list[Invoice] = []
            for index, year, repeat in steps:
                if repeat and issued:
                    again = invoice_issue(part=issued[-1].cooperative_order)
                    assert again.pk == issued[-1].pk
                    continue
                part = available[cooperatives[index].pk].pop()
                moment = dt.datetime(year, 6, 15, 10, tzinfo=UTC)
                issued.append(invoice_issue(part=part, now=moment))
            for coop in cooperatives:
                for year in (2025, 2026):
                    numbers = list(
                        Invoice.objects.filter(cooperative=coop, year=year)
                        .order_by("sequence")
                        .values_list("sequence", flat=True)
                    )
                    assert numbers == list(range(1, len(numbers) + 1))
            assert len(issued) == Invoice.objects.count()
            assert Invoice.objects.values("number").distinct().count() == len(issued)
            raise _Rollback
    except _Rollback:
        pass


@pytest.mark.django_db(transaction=True)
def test_ten_deliveries_at_once_get_numbers_one_to_ten():
    """Ten parcels of one cooperative marked delivered at the same moment from ten threads.
    PostgreSQL: the sequence row lock serialises them; SQLite: IMMEDIATE transactions do."""
    cooperative = CooperativeFactory()
    parts = shipped_parts(cooperative, 10)
    barrier = threading.Barrier(len(parts))
    errors: list[Exception] = []

    def deliver(part: CooperativeOrder) -> None:
        try:
            barrier.wait()
            services.part_transition(
                part=part, action="deliver", actor=Actor.COOPERATIVE, user=None
            )
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=deliver, args=(part,)) for part in parts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    sequences = sorted(
        Invoice.objects.filter(cooperative=cooperative).values_list("sequence", flat=True)
    )
    assert sequences == list(range(1, 11))
    assert Invoice.objects.values("number").distinct().count() == 10
    assert InvoiceSequence.objects.get(cooperative=cooperative).last_number == 10


# --- Documents ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_arabic_invoice_shows_the_arabic_product_name_number_ice_and_totals():
    part = delivered_part(language="ar", perishable=False)
    invoice = part.invoice

    text = pdf_text(invoice_pdf(invoice=invoice))

    assert ARGAN_AR in text
    assert invoice.number in text
    assert part.seller_ice in text
    assert "240,00" in text  # products: 2 × 120,00
    assert "275,00" in text  # with 35,00 delivery
    assert ARGAN_FR not in text
    assert "حق التراجع" in text  # the returnable argan oil carries the withdrawal notice


@pytest.mark.django_db
def test_french_invoice_shows_the_french_name_vat_lines_and_payment():
    part = delivered_part(language="fr", vat="20.00")
    invoice = part.invoice

    text = pdf_text(invoice_pdf(invoice=invoice))

    assert ARGAN_FR in text
    assert ARGAN_AR not in text
    assert invoice.number in text
    assert format_money(Decimal("40.00"), "fr").replace("\xa0", " ") in text  # VAT in 240 TTC
    assert "20 %" in text
    assert "Paiement à la livraison" in text
    assert "Exonéré de TVA" not in text
    assert "rétractation" not in text  # perishable: no right of withdrawal


@pytest.mark.django_db
def test_exempt_invoice_says_so():
    text = pdf_text(invoice_pdf(invoice=delivered_part(language="fr").invoice))

    assert "Exonéré de TVA" in text


@pytest.mark.django_db
def test_the_pdf_is_stored_once_after_commit_and_never_changes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        part = delivered_part()
    invoice = Invoice.objects.get(cooperative_order=part)
    assert invoice.pdf_path.endswith(f"{invoice.number}.pdf")
    with private_storage().open(invoice.pdf_path, "rb") as stored:
        kept = stored.read()

    part.order.__class__.objects.filter(pk=part.order_id).update(customer_name="Autre Nom")
    invoice_store_pdf_task.call(invoice_id=invoice.pk)  # a second run changes nothing
    served = invoice_pdf(invoice=Invoice.objects.get(pk=invoice.pk))

    assert served == kept
    assert Invoice.objects.get(pk=invoice.pk).pdf_path == invoice.pdf_path


@pytest.mark.django_db
def test_arabic_letters_are_shaped_into_joined_forms():
    """The same letter three times uses three glyphs (initial, medial, final): HarfBuzz shaped
    the word; an unshaped word would repeat the isolated glyph."""
    from ..documents import FONT_DIR

    font = (FONT_DIR / "ibm-plex-sans-arabic-arabic-400-normal.woff").as_uri()
    pdf = html_to_pdf(
        f'<html lang="ar" dir="rtl"><style>@font-face {{ font-family: A; src: url("{font}") }}'
        " html { font-family: A }</style><body>ببب</body></html>"
    )

    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    glyphs = re.findall(r"<([0-9a-f]{4})>", content)
    assert len(glyphs) == 3
    assert len(set(glyphs)) == 3


def test_documents_load_nothing_but_the_vendored_fonts():
    fetcher = _fetcher()
    for url in ("https://cdn.example.org/font.woff", "file:///etc/passwd", "data:text/plain,x"):
        with pytest.raises(DocumentFetchRefused):
            fetcher.fetch(url)


# --- Views and access --------------------------------------------------------------------


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _staff():
    staff = StaffFactory()
    staff.groups.add(role_group("platform_staff"))
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return staff


def _invoice_url(part: CooperativeOrder) -> str:
    return reverse(
        "orders:invoice", kwargs={"number": part.order.number, "part_number": part.number}
    )


def _coop_url(name: str, part: CooperativeOrder) -> str:
    return reverse(
        f"orders:{name}",
        kwargs={"cooperative_id": part.cooperative.public_id, "number": part.number},
    )


@pytest.mark.django_db
def test_customer_guest_and_staff_open_the_invoice_strangers_get_404():
    customer = UserFactory()
    part = delivered_part(user=customer)
    url = _invoice_url(part)
    guest = Client()
    session = guest.session
    session[SESSION_ORDER_NUMBERS] = [part.order.number]
    session.save()

    response = _client(customer).get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{part.invoice.number}.pdf"'
    assert response.content.startswith(b"%PDF")
    assert guest.get(url).status_code == 200
    assert _client(_staff()).get(url).status_code == 200
    assert _client(UserFactory()).get(url).status_code == 404
    assert _client().get(url).status_code == 404
    assert Invoice.objects.count() == 1


@pytest.mark.django_db
def test_no_invoice_page_before_delivery():
    customer = UserFactory()
    order = place([(variant_of(argan()), 1)], user=customer)
    part = order.parts.get()

    assert _client(customer).get(_invoice_url(part)).status_code == 404
    assert not Invoice.objects.exists()


@pytest.mark.django_db
def test_cooperative_documents_for_its_members_and_staff_only():
    cooperative = CooperativeFactory()
    part = delivered_part(cooperative)
    other_manager = manager_of(CooperativeFactory())
    member = member_of(cooperative)
    invoice_url, slip_url = _coop_url("coop_invoice", part), _coop_url("packing_slip", part)

    for url in (invoice_url, slip_url):
        assert _client(member).get(url).status_code == 200
        assert _client(_staff()).get(url).status_code == 200
        assert _client(other_manager).get(url).status_code == 403
        assert _client(part.order.customer or UserFactory()).get(url).status_code == 403
        assert _client().get(url).status_code == 302  # to the login page
    # Another cooperative's id with this part's number: not found there.
    other = reverse(
        "orders:packing_slip",
        kwargs={
            "cooperative_id": Membership.objects.get(user=other_manager).cooperative.public_id,
            "number": part.number,
        },
    )
    assert _client(other_manager).get(other).status_code == 404


@pytest.mark.django_db
def test_packing_slip_lists_what_to_pack_and_the_cash_to_collect():
    cooperative = CooperativeFactory()
    product = argan(cooperative)
    order = place([(variant_of(product), 3)], landmark="Derrière la mosquée Hassan")
    advance(order, "confirm")
    part = order.parts.get()
    line = part.lines.get()

    response = _client(manager_of(cooperative)).get(_coop_url("packing_slip", part))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'inline; filename="packing-slip-{part.number}.pdf"'
    text = pdf_text(response.content)
    for expected in (part.number, ARGAN_FR, line.sku, "Salma Bennani", "Derrière la mosquée"):
        assert expected in text
    assert "06 61 23 45 67" in text
    assert format_money(part.total, "fr").replace("\xa0", " ") in text  # cash to collect
    assert format_money(line.unit_price, "fr").replace("\xa0", " ") not in text
    assert not Invoice.objects.exists()


@pytest.mark.django_db
def test_packing_slip_of_a_prepaid_order_has_no_cash_to_collect():
    cooperative = CooperativeFactory()
    order = place([(variant_of(argan(cooperative)), 1)], payment_method="bank_transfer")
    part = order.parts.get()

    response = _client(manager_of(cooperative)).get(_coop_url("packing_slip", part))

    text = pdf_text(response.content)
    assert format_money(part.total, "fr").replace("\xa0", " ") not in text
