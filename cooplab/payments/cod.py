"""Cash on delivery: the cash a carrier collected, then handed over (remitted) to the platform.

A home-delivered cash parcel posts its total on ``cod_in_transit:<carrier code>`` when it is
delivered (``postings.post_cash_collected``). Staff then record each remittance the carrier
makes: which shipments it covers and how much arrived. The bank receives what arrived; a
difference stays on the carrier's in-transit account, flagged, until staff resolve it with a
note (``post_remittance_difference``). Nothing is ever absorbed silently.

Each shipment is remitted once: its row is locked while a remittance is recorded and
``CodRemittanceItem.cooperative_order`` is unique, so two staff recording the same shipment at
the same time get one remittance and one clear refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import CharField, Exists, OuterRef, QuerySet
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from cooplab.core.audit import audit_log
from cooplab.ledger import postings
from cooplab.ledger.models import EntryKind, JournalEntry
from cooplab.orders.models import CooperativeOrder, CooperativeOrderStatus

from .models import CodRemittance, CodRemittanceItem, RemittanceStatus

if TYPE_CHECKING:
    from cooplab.accounts.models import User

ZERO = Decimal("0.00")
S = CooperativeOrderStatus
#: Delivered, or later in a delivered parcel's life: the carrier has collected the cash.
CASH_COLLECTED_STATUSES = (
    S.DELIVERED,
    S.COMPLETED,
    S.WITHDRAWAL_REQUESTED,
    S.WITHDRAWAL_RECEIVED,
    S.REFUNDED,
)
MAX_NOTE = 1000


def _awaiting_cash() -> QuerySet[CooperativeOrder]:
    collected = JournalEntry.objects.filter(
        kind=EntryKind.COD_COLLECTED,
        ref_type="cooperative_order",
        ref_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    return (
        CooperativeOrder.objects.filter(
            order__payment_method="cod",
            delivery_method="home",
            status__in=CASH_COLLECTED_STATUSES,
            remittance_item__isnull=True,
        )
        .filter(Exists(collected))
        .select_related("order", "cooperative")
        .order_by("delivered_at", "pk")
    )


def shipments_awaiting_cash(carrier_code: str | None = None) -> list[CooperativeOrder]:
    """Delivered home cash shipments whose cash collection is posted and that no remittance
    covers yet, oldest delivery first; only those of one carrier when ``carrier_code`` is
    given (``postings.carrier_code`` of the shipment's carrier)."""
    parts = list(_awaiting_cash())
    if carrier_code is None:
        return parts
    return [part for part in parts if postings.carrier_code(part.carrier) == carrier_code]


@dataclass
class CarrierGroup:
    code: str
    name: str
    parts: list[CooperativeOrder] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((part.total for part in self.parts), ZERO)


def awaiting_cash_by_carrier() -> list[CarrierGroup]:
    """The shipments awaiting cash grouped by carrier (one query)."""
    groups: dict[str, CarrierGroup] = {}
    for part in shipments_awaiting_cash():
        code = postings.carrier_code(part.carrier)
        group = groups.setdefault(code, CarrierGroup(code=code, name=part.carrier or code))
        group.parts.append(part)
    return sorted(groups.values(), key=lambda group: group.name.casefold())


def _clean_ids(part_ids: Iterable[object]) -> list[int]:
    ids: set[int] = set()
    for value in part_ids:
        try:
            ids.add(int(str(value)))
        except ValueError:
            raise ValidationError(
                {"part_ids": [_("Choose shipments from the list.")]}, code="invalid"
            ) from None
    return sorted(ids)


def remittance_record(
    *,
    carrier_code: str,
    amount_received: Decimal,
    received_on: dt.date,
    bank_reference: str,
    part_ids: Iterable[object],
    note: str,
    user: User | None,
) -> CodRemittance:
    """Record the cash a carrier handed over for some of its delivered shipments.

    Refused (translated ``ValidationError``, nothing written) when a shipment is not awaiting
    cash from this carrier or was already remitted. The remittance is "matched" when the
    amount received is the shipments' total, else "difference" (flagged until resolved).
    """
    code = (carrier_code or "").strip()
    ids = _clean_ids(part_ids)
    if not code:
        raise ValidationError({"carrier_code": [_("Choose the carrier.")]})
    if not ids:
        raise ValidationError({"part_ids": [_("Choose at least one shipment.")]})
    if not isinstance(amount_received, Decimal) or not amount_received.is_finite():
        raise ValidationError({"amount_received": [_("Enter the amount received.")]})
    if amount_received < 0 or amount_received != amount_received.quantize(Decimal("0.01")):
        raise ValidationError(
            {"amount_received": [_("Enter an amount of zero or more, to the centime.")]}
        )
    if received_on > timezone.localdate():
        raise ValidationError({"received_on": [_("The date cannot be in the future.")]})
    bank_reference = (bank_reference or "").strip()[:64]
    with transaction.atomic():
        # Lock the shipments (primary-key order: no deadlock between two recorders).
        parts = list(CooperativeOrder.objects.select_for_update().filter(pk__in=ids).order_by("pk"))
        if len(parts) != len(ids):
            raise ValidationError({"part_ids": [_("Choose shipments from the list.")]})
        remitted = dict(
            CodRemittanceItem.objects.filter(cooperative_order_id__in=ids).values_list(
                "cooperative_order_id", "remittance__received_on"
            )
        )
        awaiting = set(_awaiting_cash().filter(pk__in=ids).values_list("pk", flat=True))
        errors = []
        for part in parts:
            if part.pk in remitted:
                errors.append(
                    _("Shipment %(number)s was already remitted (remittance of %(date)s).")
                    % {"number": part.number, "date": remitted[part.pk].isoformat()}
                )
            elif part.pk not in awaiting or postings.carrier_code(part.carrier) != code:
                errors.append(
                    _("Shipment %(number)s is not awaiting cash from this carrier.")
                    % {"number": part.number}
                )
        if errors:
            raise ValidationError({"part_ids": errors})
        expected = sum((part.total for part in parts), ZERO)
        status = (
            RemittanceStatus.MATCHED if amount_received == expected else RemittanceStatus.DIFFERENCE
        )
        remittance = CodRemittance.objects.create(
            carrier=parts[0].carrier or code,
            carrier_code=code,
            amount_received=amount_received,
            expected_amount=expected,
            received_on=received_on,
            bank_reference=bank_reference,
            status=status,
            note=(note or "").strip()[:MAX_NOTE],
            created_by=user,
        )
        try:
            with transaction.atomic():
                CodRemittanceItem.objects.bulk_create(
                    [
                        CodRemittanceItem(
                            remittance=remittance, cooperative_order=part, amount=part.total
                        )
                        for part in parts
                    ]
                )
        except IntegrityError:  # recorded by someone else meanwhile (no row lock on SQLite)
            raise ValidationError(
                {"part_ids": [_("Some of these shipments were just remitted by someone else.")]}
            ) from None
        postings.post_remittance(remittance=remittance, actor=user)
        audit_log(
            action="cod.remittance_recorded",
            actor=user,
            target=remittance,
            data={
                "carrier": code,
                "received": str(amount_received),
                "expected": str(expected),
                "status": status,
                "shipments": [part.number for part in parts],
                "bank_reference": bank_reference,
            },
        )
    return remittance


def remittance_resolve(*, remittance: CodRemittance, note: str, user: User | None) -> CodRemittance:
    """Close a difference after investigation, with a note: the missing (or extra) cash leaves
    the carrier's in-transit account for ``cod_differences``. Resolving twice changes nothing."""
    note = (note or "").strip()[:MAX_NOTE]
    if not note:
        raise ValidationError({"note": [_("Explain how the difference was resolved.")]})
    with transaction.atomic():
        locked = CodRemittance.objects.select_for_update().get(pk=remittance.pk)
        if locked.status == RemittanceStatus.RESOLVED:
            return locked
        if locked.status != RemittanceStatus.DIFFERENCE:
            raise ValidationError(_("This remittance has no difference to resolve."))
        locked.status = RemittanceStatus.RESOLVED
        locked.resolution_note = note
        locked.resolved_at = timezone.now()
        locked.save(update_fields=["status", "resolution_note", "resolved_at"])
        postings.post_remittance_difference(remittance=locked, actor=user)
        audit_log(
            action="cod.remittance_resolved",
            actor=user,
            target=locked,
            data={"difference": str(locked.difference), "note": note},
        )
    return locked
