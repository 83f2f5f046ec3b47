"""Payouts: batches of drafts, approval with a second factor, paid/failed/cancelled, statements
and the bank transfer file. The eligibility rule is in ``selectors.py``.

Money goes through the ledger only: approval posts ``post_payout_approved`` (the cooperative's
payable is debited by exactly the payout's amount), paid moves it out of the bank, failed
reverses the approval. Every change locks the payout row, writes an audit row, and messages
the cooperative's managers through the outbox (delivered after commit).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.notifications import managers_message_queue
from cooplab.core.audit import audit_log
from cooplab.core.money import format_money
from cooplab.core.rib import normalize_rib
from cooplab.ledger import postings
from cooplab.payments.access import require_finance_staff

from .models import Payout, PayoutLine, PayoutLineKind, PayoutStatus
from .selectors import CASABLANCA, Eligible, eligible, period_start

S = PayoutStatus
K = PayoutLineKind


# ---- who may act ----------------------------------------------------------------------------


def _locked(payout: Payout) -> Payout:
    return Payout.objects.select_for_update().select_related("cooperative").get(pk=payout.pk)


def _refuse_unless(payout: Payout, *statuses: str) -> None:
    if payout.status not in statuses:
        raise ValidationError(
            _("This payout is %(status)s: this action is no longer possible.")
            % {"status": S(payout.status).label.lower()}
        )


# ---- batch ----------------------------------------------------------------------------------


def payout_number(cooperative: Cooperative, period: dt.date) -> str:
    """``PO-2026-12-01-<cooperative id>``; a new payout of the same period (after a cancelled
    draft) gets ``-2``, ``-3``…"""
    base = f"PO-{period.isoformat()}-{cooperative.pk}"
    earlier = Payout.objects.filter(cooperative=cooperative, period=period).count()
    return base if earlier == 0 else f"{base}-{earlier + 1}"


def _create_one(cooperative_id: int, period: dt.date, actor: User | None) -> Payout | None:
    """The draft of one cooperative, or None (nothing positive to pay, or already open)."""
    with transaction.atomic():
        # The cooperative's row lock serialises batches of different periods: a part is
        # claimed by one of them only.
        cooperative = Cooperative.objects.select_for_update().get(pk=cooperative_id)
        if Payout.objects.filter(
            cooperative=cooperative, period=period, status__in=[S.DRAFT, S.APPROVED]
        ).exists():
            return None
        found = eligible(before=period_start(period), cooperative_id=cooperative_id).get(
            cooperative_id
        )
        if found is None or found.amount <= 0:
            return None  # carried over to the next batch
        payout = _payout_from(found, cooperative, period)
        audit_log(
            action="payout.draft",
            actor=actor,
            target=payout,
            data={"number": payout.public_id, "amount": str(payout.amount)},
        )
        return payout


def _payout_from(found: Eligible, cooperative: Cooperative, period: dt.date) -> Payout:
    payout = Payout.objects.create(
        public_id=payout_number(cooperative, period),
        cooperative=cooperative,
        period=period,
        gross_total=found.gross_total,
        commission_total=found.commission_total,
        refunds_total=found.refunds_total,
        cash_kept_total=found.cash_kept_total,
        held_back_total=found.held_back_total,
        amount=found.amount,
    )
    PayoutLine.objects.bulk_create(
        [
            PayoutLine(
                payout=payout,
                kind=line.kind,
                cooperative_order=line.part,
                refund_id=line.refund_id,
                order_number=line.part.number,
                delivered_at=line.part.delivered_at,
                gross=line.gross,
                commission=line.commission,
                net=line.net,
            )
            for line in found.lines
        ]
    )
    return payout


def batch_create(*, period: dt.date, actor: User | None = None) -> list[Payout]:
    """One draft per cooperative owed a positive amount for ``period``. Idempotent: a
    cooperative with an open payout for the period is skipped, and a concurrent run that
    inserts first wins (the database constraint; the loser skips that cooperative)."""
    cooperative_ids = sorted(eligible(before=period_start(period)).keys())
    created = []
    for cooperative_id in cooperative_ids:
        try:
            payout = _create_one(cooperative_id, period, actor)
        except IntegrityError:
            continue  # another run created this cooperative's payout meanwhile
        if payout is not None:
            created.append(payout)
    return created


# ---- approval, paid, failed, cancelled --------------------------------------------------------


def _check_code(user: User, otp_code: str) -> None:
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if authenticator is None:
        raise ValidationError(
            _("Set up an authenticator app on your account before approving payouts.")
        )
    code = "".join((otp_code or "").split())
    if not (code.isascii() and code.isdigit()) or not TOTP(authenticator).validate_code(code):
        raise ValidationError(
            _("This code is not valid or was already used. Wait for a new code and try again."),
            code="otp",
        )


def payout_approve(*, payout: Payout, user: User, otp_code: str) -> Payout:
    """Draft -> approved, by finance staff with a fresh code of their authenticator app. The
    cooperative's RIB is copied onto the payout (the transfer goes where it said then)."""
    require_finance_staff(user)
    with transaction.atomic():
        locked = _locked(payout)
        _refuse_unless(locked, S.DRAFT)
        cooperative = locked.cooperative
        try:
            rib = normalize_rib(cooperative.rib)
        except ValidationError:
            raise ValidationError(
                _("The cooperative has no valid RIB yet: its manager must enter it first."),
                code="rib",
            ) from None
        # Last, so a refused approval (state, RIB) does not spend the code.
        _check_code(user, otp_code)
        locked.rib = rib
        locked.account_holder = (cooperative.account_holder or cooperative.name)[:200]
        locked.status = S.APPROVED
        locked.approved_by = user
        locked.approved_at = timezone.now()
        locked.save(
            update_fields=[
                "rib",
                "account_holder",
                "status",
                "approved_by",
                "approved_at",
                "updated_at",
            ]
        )
        postings.post_payout_approved(payout=locked, actor=user)
        audit_log(
            action="payout.approve",
            actor=user,
            target=locked,
            data={"number": locked.public_id, "amount": str(locked.amount), "rib_last4": rib[-4:]},
        )
    return locked


def _close(payout: Payout, source: str, target: str, user: User, **fields: str) -> Payout:
    """Lock the payout, check it is in ``source``, move it to the final ``target`` with ``fields``
    (bank reference, reason) and who closed it when. Runs inside the caller's transaction."""
    locked = _locked(payout)
    _refuse_unless(locked, source)
    locked.status = target
    for name, value in fields.items():
        setattr(locked, name, value)
    locked.closed_by = user
    locked.closed_at = timezone.now()
    locked.save(update_fields=["status", *fields, "closed_by", "closed_at", "updated_at"])
    return locked


def _audit_close(payout: Payout, action: str, user: User, **data: str) -> None:
    audit_log(action=action, actor=user, target=payout, data={"number": payout.public_id, **data})


def payout_mark_paid(*, payout: Payout, bank_reference: str, user: User) -> Payout:
    require_finance_staff(user)
    reference = (bank_reference or "").strip()[:64]
    if not reference:
        raise ValidationError(_("Enter the bank's reference of the transfer."))
    with transaction.atomic():
        locked = _close(payout, S.APPROVED, S.PAID, user, bank_reference=reference)
        postings.post_payout_paid(payout=locked, actor=user)
        _audit_close(locked, "payout.paid", user, bank_reference=reference)
        _notify_paid(locked)
    return locked


def payout_mark_failed(*, payout: Payout, reason: str, user: User) -> Payout:
    """The bank refused the transfer: the approval is reversed in the ledger and the lines are
    offered again in the next batch."""
    require_finance_staff(user)
    reason = (reason or "").strip()[:1000]
    if not reason:
        raise ValidationError(_("Please give a reason."))
    with transaction.atomic():
        locked = _close(payout, S.APPROVED, S.FAILED, user, failure_reason=reason)
        postings.post_payout_failed(payout=locked, actor=user)
        _audit_close(locked, "payout.failed", user, reason=reason)
    return locked


def payout_cancel(*, payout: Payout, user: User, reason: str = "") -> Payout:
    """Drop a draft (nothing was posted): its lines are offered again."""
    require_finance_staff(user)
    reason = (reason or "").strip()[:1000]
    with transaction.atomic():
        locked = _close(payout, S.DRAFT, S.CANCELLED, user, failure_reason=reason)
        _audit_close(locked, "payout.cancel", user, reason=reason)
    return locked


def _notify_paid(payout: Payout) -> None:
    """Tell the cooperative's managers (outbox: written now, sent after commit)."""

    def context(language: str) -> dict[str, Any]:
        finance_url = settings.SITE_URL.rstrip("/") + reverse(
            "payouts:coop_finance", kwargs={"cooperative_id": payout.cooperative.public_id}
        )
        amount = format_money(payout.amount, language)
        return {"payout": payout, "amount": amount, "finance_url": finance_url}

    managers_message_queue(
        cooperative_id=payout.cooperative_id,
        template="payouts/paid",
        dedupe=f"payout:{payout.pk}:paid",
        ref=payout,
        context=context,
    )


# ---- cooperative bank details -----------------------------------------------------------------


def cooperative_bank_details_save(
    *, cooperative: Cooperative, actor: User, rib: str, bank_name: str, account_holder: str
) -> Cooperative:
    """The manager enters where payouts go. The RIB key is checked; the change is audited
    (last four digits only)."""
    clean_rib = normalize_rib(rib)
    bank_name = (bank_name or "").strip()[:100]
    account_holder = (account_holder or "").strip()[:200]
    if not account_holder:
        raise ValidationError({"account_holder": [_("Enter the account holder's name.")]})
    with transaction.atomic():
        locked = Cooperative.objects.select_for_update().get(pk=cooperative.pk)
        previous = locked.rib
        locked.rib, locked.bank_name, locked.account_holder = clean_rib, bank_name, account_holder
        locked.save(update_fields=["rib", "bank_name", "account_holder"])
        audit_log(
            action="cooperative.bank_details",
            actor=actor,
            target=locked,
            data={
                "rib_last4": clean_rib[-4:],
                "previous_rib_last4": previous[-4:] if previous else "",
                "bank_name": bank_name,
                "account_holder": account_holder,
            },
        )
    return locked


# ---- statements -----------------------------------------------------------------------------


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _local_date(value: dt.datetime | None) -> str:
    return value.astimezone(CASABLANCA).date().isoformat() if value else ""


def _statement_lines(payout: Payout) -> list[PayoutLine]:
    return list(payout.lines.order_by("delivered_at", "id"))


def statement_csv(payout: Payout) -> str:
    """The statement for a spreadsheet: UTF-8 with a BOM (Excel), one row per line, totals."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(
        [_("Order"), _("Delivered on"), _("Kind"), _("Amount"), _("Commission"), _("Net")]
    )
    for line in _statement_lines(payout):
        writer.writerow(
            [
                line.order_number,
                _local_date(line.delivered_at),
                K(line.kind).label,
                _money(line.gross),
                _money(line.commission),
                _money(line.net),
            ]
        )
    writer.writerow([])
    for label, value in (
        (_("Sales"), payout.gross_total),
        (_("Commission"), -payout.commission_total),
        (_("Refunds"), -payout.refunds_total),
        (_("Cash collected by the cooperative"), -payout.cash_kept_total),
        (_("Amount to transfer"), payout.amount),
        (_("Cash held back (paid once the carrier remits it)"), payout.held_back_total),
    ):
        writer.writerow([label, "", "", "", "", _money(value)])
    return buffer.getvalue()


def masked_rib(rib: str) -> str:
    """Only the last four digits shown: "•••• … 1234"."""
    if not rib:
        return ""
    return "•" * 20 + " " + rib[-4:]


def statement_context(payout: Payout, language: str) -> dict[str, Any]:
    from cooplab.orders.documents import FONT_DIR

    cooperative = payout.cooperative
    lines = _statement_lines(payout)
    rows: list[dict[str, Any]] = [
        {
            "line": line,
            "kind": K(line.kind).label,
            "delivered_on": _local_date(line.delivered_at),
            "gross": format_money(line.gross, language),
            "commission": format_money(line.commission, language),
            "net": format_money(line.net, language),
        }
        for line in lines
    ]
    rib = payout.rib or cooperative.rib
    return {
        "language": language,
        "direction": "rtl" if translation.get_language_bidi() else "ltr",
        "font_dir": FONT_DIR.as_uri(),
        "payout": payout,
        "cooperative": cooperative,
        "period": date_format(payout.period, "SHORT_DATE_FORMAT"),
        "status": S(payout.status).label,
        "rib": masked_rib(rib),
        "account_holder": payout.account_holder or cooperative.account_holder,
        "bank_name": cooperative.bank_name,
        **{
            name: [row for row in rows if row["line"].kind == kind]
            for name, kind in (
                ("sales", K.SALE),
                ("refunds", K.REFUND),
                ("cash_kept", K.CASH_KEPT),
                ("held_back", K.HELD_BACK),
            )
        },
        "totals": {
            "gross": format_money(payout.gross_total, language),
            "commission": format_money(payout.commission_total, language),
            "refunds": format_money(payout.refunds_total, language),
            "cash_kept": format_money(payout.cash_kept_total, language),
            "held_back": format_money(payout.held_back_total, language),
            "amount": format_money(payout.amount, language),
        },
    }


def statement_html(payout: Payout, language: str) -> str:
    with translation.override(language):
        return render_to_string(
            "payouts/documents/statement.html", statement_context(payout, language)
        )


def statement_pdf(payout: Payout, language: str) -> bytes:
    from cooplab.orders.documents import html_to_pdf

    return html_to_pdf(statement_html(payout, language))


# ---- bank transfer file ---------------------------------------------------------------------

BANK_FILE_COLUMNS = ["beneficiary_name", "rib", "amount", "reference", "label"]


def bank_file(payouts: Iterable[Payout]) -> str:
    """The generic bulk-transfer CSV of approved payouts (docs/operations.md, "Payouts"):
    beneficiary, 24-digit RIB, amount with two decimals and a dot, payout number, label.
    Refuses the whole file when a payout is not approved or has no valid RIB."""
    rows = []
    for payout in payouts:
        if payout.status != S.APPROVED:
            raise ValidationError(
                _("Payout %(number)s is not approved.") % {"number": payout.public_id}
            )
        try:
            rib = normalize_rib(payout.rib)
        except ValidationError:
            raise ValidationError(
                _("Payout %(number)s has no valid RIB.") % {"number": payout.public_id}
            ) from None
        rows.append(
            [
                _ascii(payout.account_holder)[:70],
                rib,
                _money(payout.amount),
                payout.public_id,
                f"CoopLab {payout.period.isoformat()} {payout.public_id}",
            ]
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(BANK_FILE_COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def _ascii(text: str) -> str:
    """Names as most bank formats accept them (no accents, no separators of the file)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = plain.encode("ascii", "ignore").decode().replace(",", " ").replace(";", " ")
    return " ".join(cleaned.split()) or (text or "").strip()


def approved_for_period(period: dt.date) -> list[Payout]:
    return list(
        Payout.objects.filter(period=period, status=S.APPROVED)
        .select_related("cooperative")
        .order_by("cooperative__name", "pk")
    )
