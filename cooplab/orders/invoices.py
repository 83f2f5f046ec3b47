"""Invoices: one per delivered cooperative order, numbered without gaps per cooperative and year.

- `invoice_issue(*, part)` is called by `part_transition` when a part is delivered, inside the
  same transaction. It locks the part, then the cooperative's `InvoiceSequence` row for the
  year (Africa/Casablanca), takes the next number and creates the invoice. A second call
  returns the existing invoice. If the transaction rolls back, the number is not used either:
  no gaps.
- The PDF is rendered once, after commit (a task), in the customer's language and kept in
  private storage, so the document a customer downloads never changes. Until it is stored
  (task not run yet), `invoice_pdf` renders it from the same snapshots and stores it.
- Invoices are append-only (`Invoice.save`/`delete` refuse changes). Corrections will be
  credit notes (docs/decisions/0008-invoices.md).
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from cooplab.cooperatives.models import Cooperative
from cooplab.core.audit import audit_log
from cooplab.core.storage import private_storage

from .models import CooperativeOrder, Invoice, InvoiceSequence

logger = logging.getLogger(__name__)

CASABLANCA = ZoneInfo("Africa/Casablanca")
PREFIX_MAX_LENGTH = 10
#: Words most cooperative names start with; left out of the prefix, which would otherwise be
#: "COOPERATIV" for nearly every cooperative.
PREFIX_SKIPPED_WORDS = frozenset(
    {
        "cooperative",
        "cooperatives",
        "coop",
        "agricole",
        "feminine",
        "artisanale",
        "de",
        "des",
        "du",
        "la",
        "le",
        "l",
        "d",
        "al",
    }
)
_NOT_ALNUM = re.compile(r"[^A-Z0-9]")


def invoice_year(moment: datetime) -> int:
    """The invoicing year of `moment`: the calendar year in Morocco, not in UTC."""
    return timezone.localtime(moment, CASABLANCA).year


def prefix_from_slug(slug: str) -> str:
    """The invoice-number prefix suggested by a cooperative's slug: its words uppercased,
    without the generic leading ones ("cooperative-agricole-tifawin" → "TIFAWIN"), letters
    and digits only, at most 10 characters."""
    words = [word for word in slug.lower().split("-") if word]
    while len(words) > 1 and words[0] in PREFIX_SKIPPED_WORDS:
        words.pop(0)
    prefix = _NOT_ALNUM.sub("", "".join(words).upper())
    if sum(char.isalpha() for char in prefix) < 2:  # "cooperative-12" → "COOP12"
        prefix = "COOP" + prefix
    return prefix[:PREFIX_MAX_LENGTH]


def _choose_prefix(cooperative: Cooperative) -> str:
    """The cooperative's prefix: the one it used in an earlier year, else one made from its
    slug that no other cooperative uses (a digit replaces the end when it is taken)."""
    earlier = (
        InvoiceSequence.objects.filter(cooperative=cooperative)
        .order_by("-year")
        .values_list("prefix", flat=True)
        .first()
    )
    if earlier:
        return earlier
    base = prefix_from_slug(cooperative.slug)
    taken = set(
        InvoiceSequence.objects.exclude(cooperative=cooperative)
        .filter(prefix__startswith=base[:4])
        .values_list("prefix", flat=True)
    )
    candidate, n = base, 2
    while candidate in taken:
        suffix = str(n)
        candidate = base[: PREFIX_MAX_LENGTH - len(suffix)] + suffix
        n += 1
    return candidate


def _locked_sequence(*, cooperative: Cooperative, year: int) -> InvoiceSequence:
    """The (cooperative, year) sequence row, created if needed, locked until the transaction
    ends. Create-or-lock: the insert runs in a savepoint; when another transaction inserted
    the row first (unique constraint), we wait for it and lock its row instead."""
    for _attempt in range(5):
        if not InvoiceSequence.objects.filter(cooperative=cooperative, year=year).exists():
            try:
                with transaction.atomic():
                    InvoiceSequence.objects.get_or_create(
                        cooperative=cooperative,
                        year=year,
                        defaults={"prefix": _choose_prefix(cooperative)},
                    )
            except IntegrityError:
                pass  # another cooperative took this prefix meanwhile: choose again
        sequence = (
            InvoiceSequence.objects.select_for_update()
            .filter(cooperative=cooperative, year=year)
            .first()
        )
        if sequence is not None:
            return sequence
    raise RuntimeError(f"No invoice sequence for cooperative {cooperative.pk} in {year}.")


def invoice_number(*, prefix: str, year: int, sequence: int) -> str:
    return f"{prefix}-{year}-{sequence:06d}"


def invoice_issue(*, part: CooperativeOrder, now: datetime | None = None) -> Invoice:
    """Issue the invoice of a delivered `part` (idempotent: an existing invoice is returned).

    Runs in the caller's transaction when there is one (`part_transition`), so a rolled-back
    delivery leaves neither an invoice nor a used number. Raises ValidationError when the part
    has not been delivered."""
    with transaction.atomic():
        locked = (
            CooperativeOrder.objects.select_for_update()
            .select_related("order", "cooperative")
            .get(pk=part.pk)
        )
        existing = Invoice.objects.filter(cooperative_order=locked).first()
        if existing is not None:
            return existing
        if locked.delivered_at is None:
            raise ValidationError(_("An invoice is issued once the order has been delivered."))
        issued_at = now or timezone.now()
        year = invoice_year(issued_at)
        sequence = _locked_sequence(cooperative=locked.cooperative, year=year)
        sequence.last_number += 1
        sequence.save(update_fields=["last_number"])
        invoice = Invoice.objects.create(
            cooperative_order=locked,
            cooperative=locked.cooperative,
            year=year,
            sequence=sequence.last_number,
            number=invoice_number(prefix=sequence.prefix, year=year, sequence=sequence.last_number),
            issued_at=issued_at,
            language=locked.order.language,
            subtotal=locked.subtotal,
            tax_total=locked.tax_total,
            delivery_cost=locked.delivery_cost,
            total=locked.total,
        )
        audit_log(
            action="invoice.issue",
            target=invoice,
            data={"number": invoice.number, "part": locked.number, "total": str(invoice.total)},
        )
        invoice_id = invoice.pk
        transaction.on_commit(lambda: invoice_store_pdf_task.enqueue(invoice_id=invoice_id))
    return invoice


def _storage_name(invoice: Invoice) -> str:
    return f"invoices/{invoice.cooperative.public_id}/{invoice.year}/{invoice.number}.pdf"


def invoice_store_pdf(*, invoice: Invoice) -> bytes:
    """Render the invoice's PDF and keep it in private storage, once. Returns the stored
    document (the one kept by whoever stored it first)."""
    from .documents import render_invoice

    if invoice.pdf_path:
        with private_storage().open(invoice.pdf_path, "rb") as stored:
            return stored.read()
    content = render_invoice(invoice)
    storage = private_storage()
    name = storage.save(_storage_name(invoice), ContentFile(content))
    kept = Invoice.objects.filter(pk=invoice.pk, pdf_path="").update(pdf_path=name)
    if not kept:  # stored meanwhile by another process: serve that one, drop ours
        storage.delete(name)
        invoice.pdf_path = Invoice.objects.values_list("pdf_path", flat=True).get(pk=invoice.pk)
        with storage.open(invoice.pdf_path, "rb") as stored:
            return stored.read()
    invoice.pdf_path = name
    return content


def invoice_pdf(*, invoice: Invoice) -> bytes:
    """The invoice's PDF as issued (rendered and stored on first need)."""
    return invoice_store_pdf(invoice=invoice)


@task()
def invoice_store_pdf_task(*, invoice_id: int) -> None:
    invoice = Invoice.objects.select_related("cooperative").filter(pk=invoice_id).first()
    if invoice is None or invoice.pdf_path:
        return
    invoice_store_pdf(invoice=invoice)
