"""Writes to the ledger. The only way journal rows are created.

``entry_post`` posts one balanced entry, exactly once per idempotency key; ``entry_reverse``
posts its mirror image. Amounts are signed: debit > 0, credit < 0 (0007-ledger.md).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from cooplab.core.money import CENT

from . import accounts as codes
from .models import Account, AccountKind, EntryKind, JournalEntry, JournalLine

if TYPE_CHECKING:
    from cooplab.accounts.models import User
    from cooplab.cooperatives.models import Cooperative

LineSpec = tuple[Account | str, Decimal]
#: (ref_type, ref_id), e.g. ("cooperative_order", "42").
Ref = tuple[str, str | int]

#: Largest absolute amount of a line (the column holds 12 integer digits).
MAX_AMOUNT = Decimal("999999999999.99")


def account_get_or_create(
    *, code: str, kind: AccountKind | str | None = None, cooperative: Cooperative | None = None
) -> Account:
    """The account with this code, created on first use.

    Known codes (``cooplab.ledger.accounts.KINDS``) carry their kind; any other code needs an
    explicit ``kind``. ``cooperative_payable:<id>`` is linked to cooperative <id>.
    """
    if not codes.CODE_PATTERN.fullmatch(code) or len(code) > 100:
        raise ValidationError(
            _("“%(code)s” is not a valid ledger account code."),
            code="invalid_account_code",
            params={"code": code},
        )
    prefix, _sep, suffix = code.partition(":")
    known_kind = codes.KINDS.get(prefix)
    if known_kind is not None and (prefix in codes.SUFFIXED) != bool(suffix):
        raise ValidationError(
            _("“%(code)s” is not a valid ledger account code."),
            code="invalid_account_code",
            params={"code": code},
        )
    if kind is not None and known_kind is not None and kind != known_kind:
        raise ValidationError(
            _("The ledger account “%(code)s” is of another kind."),
            code="account_kind_mismatch",
            params={"code": code},
        )
    resolved_kind = known_kind or kind
    if resolved_kind is None:
        raise ValidationError(
            _("The ledger account “%(code)s” needs a kind."),
            code="account_kind_missing",
            params={"code": code},
        )
    if prefix == codes.COOPERATIVE_PAYABLE:
        cooperative = _payable_cooperative(suffix, cooperative)

    account, _created = Account.objects.get_or_create(
        code=code, defaults={"kind": resolved_kind, "cooperative": cooperative}
    )
    if account.kind != resolved_kind:
        raise ValidationError(
            _("The ledger account “%(code)s” is of another kind."),
            code="account_kind_mismatch",
            params={"code": code},
        )
    return account


def _payable_cooperative(suffix: str, cooperative: Cooperative | None) -> Cooperative:
    from cooplab.cooperatives.models import Cooperative

    if cooperative is not None:
        if str(cooperative.pk) != suffix:
            raise ValidationError(
                _("This ledger account belongs to another cooperative."),
                code="account_cooperative_mismatch",
            )
        return cooperative
    found = Cooperative.objects.filter(pk=int(suffix)).first() if suffix.isdigit() else None
    if found is None:
        raise ValidationError(
            _("There is no cooperative for this ledger account."),
            code="account_cooperative_missing",
        )
    return found


def validate_lines(lines: Sequence[tuple[object, object]]) -> list[tuple[object, Decimal]]:
    """Check the amounts of an entry; return them normalised to two decimal places.

    Every amount is a ``Decimal`` (never float nor int), finite, non-zero, with at most two
    decimal places and at most ``MAX_AMOUNT``; there are at least two lines; they sum to zero.
    """
    if len(lines) < 2:
        raise ValidationError(_("A journal entry needs at least two lines."), code="too_few_lines")
    normalised: list[tuple[object, Decimal]] = []
    for account, amount in lines:
        if not isinstance(amount, Decimal) or not amount.is_finite():
            raise ValidationError(
                _("Ledger amounts must be decimal numbers."), code="amount_not_decimal"
            )
        if abs(amount) > MAX_AMOUNT or amount != amount.quantize(CENT):
            raise ValidationError(
                _("Ledger amounts have at most two decimal places and twelve digits."),
                code="amount_precision",
            )
        if amount == 0:
            raise ValidationError(_("A journal line cannot be zero."), code="amount_zero")
        normalised.append((account, amount.quantize(CENT)))
    total = sum((amount for _account, amount in normalised), Decimal(0))
    if total != 0:
        raise ValidationError(
            _("This journal entry does not balance: debits and credits differ by %(diff)s."),
            code="unbalanced",
            params={"diff": total},
        )
    return normalised


def _resolve(account: object) -> Account:
    if isinstance(account, Account):
        if account.pk is None:
            raise ValidationError(_("Save the ledger account first."), code="account_unsaved")
        return account
    if isinstance(account, str):
        return account_get_or_create(code=account)
    raise ValidationError(
        _("A journal line names its account by code or by Account."), code="account_invalid"
    )


def _signature(kind: str, lines: Sequence[tuple[str, Decimal]]) -> tuple[str, Counter[str]]:
    return kind, Counter(f"{code}={amount.quantize(CENT)}" for code, amount in lines)


def _same_or_conflict(existing: JournalEntry, kind: str, lines: list[tuple[str, Decimal]]) -> None:
    stored = [(line.account.code, line.amount) for line in existing.lines.select_related("account")]
    if _signature(existing.kind, stored) != _signature(kind, lines):
        raise ValidationError(
            _("This money event was already recorded with other amounts."),
            code="idempotency_conflict",
        )


def entry_post(
    *,
    kind: EntryKind | str,
    lines: Sequence[LineSpec],
    idempotency_key: str,
    memo: str = "",
    ref: Ref | None = None,
    actor: User | None = None,
) -> JournalEntry:
    """Post one balanced journal entry, once per ``idempotency_key``.

    ``lines`` are ``(account or account code, signed amount)``: debit > 0, credit < 0. Posting
    the same key again returns the entry already posted (``ValidationError`` with code
    ``idempotency_conflict`` if its kind or lines differ). Accounts named by a known code are
    created on first use. Raises ``ValidationError`` (codes ``unbalanced``, ``too_few_lines``,
    ``amount_zero``, ``amount_precision``, ``amount_not_decimal``, …) and posts nothing when
    the entry is not valid.
    """
    return _post(
        kind=kind, lines=lines, idempotency_key=idempotency_key, memo=memo, ref=ref, actor=actor
    )


def _post(
    *,
    kind: EntryKind | str,
    lines: Sequence[LineSpec],
    idempotency_key: str,
    memo: str,
    ref: Ref | None,
    actor: User | None,
    reverses: JournalEntry | None = None,
) -> JournalEntry:
    if kind not in EntryKind.values:
        raise ValidationError(_("Unknown journal entry kind."), code="invalid_kind")
    if not idempotency_key or len(idempotency_key) > 200:
        raise ValidationError(
            _("A journal entry needs an idempotency key of at most 200 characters."),
            code="invalid_idempotency_key",
        )
    normalised = validate_lines(lines)
    ref_type, ref_id = (ref[0], str(ref[1])) if ref else ("", "")

    with transaction.atomic():
        existing = JournalEntry.objects.filter(idempotency_key=idempotency_key).first()
        resolved = [(_resolve(account), amount) for account, amount in normalised]
        by_code = [(account.code, amount) for account, amount in resolved]
        if existing is not None:
            _same_or_conflict(existing, str(kind), by_code)
            return existing
        entry = JournalEntry(
            id=uuid.uuid4(),
            kind=kind,
            memo=memo[:255],
            idempotency_key=idempotency_key,
            ref_type=ref_type,
            ref_id=ref_id,
            reverses=reverses,
            created_by=actor,
        )
        try:
            with transaction.atomic():
                # Lines first, then the entry: the entry's insert trigger checks the lines
                # balance, and no line can be added once the entry exists (0007-ledger.md).
                JournalLine.objects.bulk_create(
                    JournalLine(entry_id=entry.id, account=account, amount=amount)
                    for account, amount in resolved
                )
                entry.save()
        except IntegrityError:
            # Another transaction posted the same key first (unique idempotency_key), or this
            # entry already has a reversal (unique reverses).
            existing = JournalEntry.objects.filter(idempotency_key=idempotency_key).first()
            if existing is None:
                if reverses is not None:
                    raise ValidationError(
                        _("This journal entry has already been reversed."),
                        code="already_reversed",
                    ) from None
                raise
            _same_or_conflict(existing, str(kind), by_code)
            return existing
    return entry


def entry_reverse(
    *,
    entry: JournalEntry,
    idempotency_key: str | None = None,
    memo: str = "",
    actor: User | None = None,
) -> JournalEntry:
    """Post the mirror image of ``entry`` (every amount negated): the correction of a mistake.

    An entry is reversed at most once; the default idempotency key is ``reversal:<entry id>``.
    """
    lines: list[LineSpec] = [
        (line.account, -line.amount) for line in entry.lines.select_related("account")
    ]
    key = idempotency_key or f"reversal:{entry.id}"
    existing = JournalEntry.objects.filter(reverses=entry).first()
    if existing is not None and existing.idempotency_key != key:
        raise ValidationError(
            _("This journal entry has already been reversed."), code="already_reversed"
        )
    return _post(
        kind=EntryKind.REVERSAL,
        lines=lines,
        idempotency_key=key,
        memo=memo or f"Reversal of {entry.idempotency_key}",
        ref=("journal_entry", str(entry.id)),
        actor=actor,
        reverses=entry,
    )
