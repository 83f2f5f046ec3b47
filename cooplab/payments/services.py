"""Payment services: the only code that changes a Payment or a Refund.

Each function locks the payment row (``select_for_update``), records a ``PaymentEvent`` once
per (provider, provider reference, kind), moves the payment along ``PAYMENT_TRANSITIONS`` and
posts to the ledger (``cooplab.ledger.postings``), all in one transaction with the order
changes it causes. A repeated event is recognised and changes nothing.

Order transitions call ``on_part_transition`` inside their own transaction: a delivery records
the sale (and the cash collected), a cancellation or a return of a prepaid part makes a refund
due, a withdrawal refund gives back the returned lines.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cooplab.core.audit import audit_log
from cooplab.core.rib import normalize_rib
from cooplab.ledger import postings

from .models import (
    PAYMENT_TRANSITIONS,
    SETTLED_STATUSES,
    Payment,
    PaymentEvent,
    PaymentEventKind,
    PaymentStatus,
    Provider,
    Refund,
    RefundMethod,
    RefundReason,
    RefundStatus,
)

if TYPE_CHECKING:
    from cooplab.accounts.models import User
    from cooplab.orders.models import CooperativeOrder, Order

logger = logging.getLogger(__name__)
ZERO = Decimal("0.00")
P = PaymentStatus

#: Order payment method -> provider of its Payment.
PROVIDER_FOR_METHOD = {"card": Provider.CMI, "bank_transfer": Provider.BANK, "cod": Provider.CASH}


class InvalidPaymentTransition(Exception):
    def __init__(self, status: str, target: str) -> None:
        super().__init__(f"A payment cannot go from {status} to {target}.")
        self.status = status
        self.target = target


def _move(payment: Payment, target: str) -> None:
    if target != payment.status and target not in PAYMENT_TRANSITIONS[payment.status]:
        raise InvalidPaymentTransition(payment.status, target)
    payment.status = target


def _locked(payment: Payment) -> Payment:
    return Payment.objects.select_for_update().select_related("order").get(pk=payment.pk)


def event_record(
    *,
    payment: Payment | None,
    provider: str,
    provider_reference: str,
    kind: str,
    amount: Decimal | None = None,
    data: dict[str, Any] | None = None,
    actor: User | None = None,
    from_status: str = "",
    to_status: str = "",
) -> tuple[PaymentEvent, bool]:
    """Record an event once. Returns ``(event, created)``; ``created`` is False when the same
    (provider, provider_reference, kind) was recorded before (the stored one is returned)."""
    try:
        with transaction.atomic():
            event = PaymentEvent.objects.create(
                payment=payment,
                provider=provider,
                provider_reference=provider_reference[:100],
                kind=kind,
                amount=amount,
                data=data or {},
                actor=actor,
                from_status=from_status,
                to_status=to_status,
            )
            return event, True
    except IntegrityError:
        existing = PaymentEvent.objects.get(
            provider=provider, provider_reference=provider_reference[:100], kind=kind
        )
        return existing, False


def payment_create(*, order: Order) -> Payment:
    """The payment of a new order (called by ``order_place`` in its transaction)."""
    provider = PROVIDER_FOR_METHOD[order.payment_method]
    payment = Payment.objects.create(
        order=order, provider=provider, amount=order.total, reference=order.number
    )
    event_record(
        payment=payment,
        provider=provider,
        provider_reference=payment.reference,
        kind=PaymentEventKind.CREATED,
        amount=payment.amount,
        to_status=payment.status,
    )
    return payment


@dataclass(frozen=True)
class Capture:
    """Outcome of ``payment_capture``: ``captured`` (money taken now or by this same event
    before: ``duplicate``), or not captured (``reason``: "closed" when nothing of the order is
    waiting for this money any more, "paid" when another event already paid it)."""

    captured: bool
    duplicate: bool = False
    reason: str = ""


def payment_capture(
    *,
    payment: Payment,
    amount: Decimal,
    provider_reference: str,
    actor: User | None = None,
    data: dict[str, Any] | None = None,
) -> Capture:
    """Take the full amount of a card or bank-transfer payment, once.

    The parts awaiting payment are confirmed (``mark_paid``); parts that were cancelled
    meanwhile get a refund due. When every part is already closed (expired, cancelled), the
    money is not taken and the payment is cancelled: for a card, the gateway is then told not
    to capture the pre-authorisation.
    """
    from cooplab.orders.models import CooperativeOrderStatus as S
    from cooplab.orders.services import part_transition
    from cooplab.orders.states import Actor

    if amount != payment.amount:
        raise ValidationError(
            _("The amount received (%(received)s) is not the amount of the order (%(due)s).")
            % {"received": amount, "due": payment.amount}
        )
    with transaction.atomic():
        locked = _locked(payment)
        earlier = PaymentEvent.objects.filter(
            provider=locked.provider,
            provider_reference=provider_reference[:100],
            kind=PaymentEventKind.CAPTURED,
        ).first()
        if earlier is not None:
            if earlier.payment_id != locked.pk:
                # One provider reference is one movement of money: never two payments.
                raise ValidationError(
                    _("This payment reference was already recorded for another order.")
                )
            return Capture(captured=True, duplicate=True)
        if locked.status in SETTLED_STATUSES:
            reason = "closed" if locked.status == P.CANCELLED else "paid"
            event_record(
                payment=locked,
                provider=locked.provider,
                provider_reference=provider_reference,
                kind=PaymentEventKind.NOT_CAPTURED,
                amount=amount,
                data={**(data or {}), "reason": reason},
                actor=actor,
            )
            return Capture(captured=False, reason=reason)
        parts = list(locked.order.parts.order_by("pk"))
        waiting = [part for part in parts if part.status == S.AWAITING_PAYMENT]
        if not waiting:
            previous = locked.status
            _move(locked, P.CANCELLED)
            locked.save(update_fields=["status", "updated_at"])
            event_record(
                payment=locked,
                provider=locked.provider,
                provider_reference=provider_reference,
                kind=PaymentEventKind.NOT_CAPTURED,
                amount=amount,
                data={**(data or {}), "reason": "closed"},
                actor=actor,
                from_status=previous,
                to_status=locked.status,
            )
            return Capture(captured=False, reason="closed")
        previous = locked.status
        _move(locked, P.CAPTURED)
        locked.captured_amount = amount
        locked.provider_reference = provider_reference[:64]
        locked.captured_at = timezone.now()
        locked.save(
            update_fields=[
                "status",
                "captured_amount",
                "provider_reference",
                "captured_at",
                "updated_at",
            ]
        )
        event_record(
            payment=locked,
            provider=locked.provider,
            provider_reference=provider_reference,
            kind=PaymentEventKind.CAPTURED,
            amount=amount,
            data=data,
            actor=actor,
            from_status=previous,
            to_status=locked.status,
        )
        postings.post_payment_received(
            payment=locked, amount=amount, key=f"payment:{locked.pk}:captured", actor=actor
        )
        audit_log(
            action="payment.captured",
            actor=actor,
            target=locked,
            data={"reference": locked.reference, "amount": str(amount), "by": locked.provider},
        )
        for part in parts:
            if part.status == S.AWAITING_PAYMENT:
                part_transition(part=part, action="mark_paid", actor=Actor.SYSTEM, user=actor)
            elif part.status in (S.CANCELLED, S.EXPIRED):
                _refund_due(
                    payment=locked,
                    part=part,
                    reason=RefundReason.CANCELLATION,
                    amount=part.total,
                    actor=actor,
                )
    return Capture(captured=True)


def payment_fail(
    *, payment: Payment, provider_reference: str, data: dict[str, Any] | None = None
) -> bool:
    """A declined attempt (the customer may try again). True when recorded now."""
    with transaction.atomic():
        locked = _locked(payment)
        previous = locked.status
        _event, created = event_record(
            payment=locked,
            provider=locked.provider,
            provider_reference=provider_reference,
            kind=PaymentEventKind.CALLBACK_DECLINED,
            amount=locked.amount,
            data=data,
            from_status=previous,
        )
        if not created or locked.status in SETTLED_STATUSES:
            return created
        _move(locked, P.FAILED)
        locked.attempts += 1
        locked.save(update_fields=["status", "attempts", "updated_at"])
    return True


def transfer_received(
    *, order: Order, bank_reference: str, amount: Decimal, user: User | None
) -> Capture:
    """Staff saw the customer's transfer on the bank statement: the order is paid."""
    bank_reference = (bank_reference or "").strip()
    if not bank_reference:
        raise ValidationError({"bank_reference": [_("Enter the bank's reference.")]})
    payment = Payment.objects.filter(order=order).first()
    if payment is None or payment.provider != Provider.BANK:
        raise ValidationError(_("This order is not paid by bank transfer."))
    # A bank reference identifies one transfer: already used for another order, it is a typo or
    # the wrong line of the statement (the capture would otherwise take it for a repeat).
    used = (
        PaymentEvent.objects.filter(
            provider=Provider.BANK,
            provider_reference=bank_reference[:64],
            kind=PaymentEventKind.CAPTURED,
        )
        .exclude(payment=payment)
        .select_related("payment__order")
        .first()
    )
    if used is not None and used.payment is not None:
        raise ValidationError(
            {
                "bank_reference": [
                    _("This bank reference was already recorded for order %(number)s.")
                    % {"number": used.payment.order.number}
                ]
            }
        )
    return payment_capture(
        payment=payment,
        amount=amount,
        provider_reference=bank_reference[:64],
        actor=user,
        data={"bank_reference": bank_reference[:64]},
    )


def _cash_collected(*, part: CooperativeOrder, actor: User | None) -> None:
    payment = Payment.objects.filter(order_id=part.order_id).first()
    if payment is None:  # orders placed before payments existed
        return
    locked = _locked(payment)
    _event, created = event_record(
        payment=locked,
        provider=locked.provider,
        provider_reference=f"part:{part.pk}",
        kind=PaymentEventKind.CASH_COLLECTED,
        amount=part.total,
        actor=actor,
        from_status=locked.status,
    )
    if not created:
        return
    if locked.status in (P.PENDING, P.FAILED):
        _move(locked, P.CAPTURED)
        locked.captured_at = timezone.now()
    elif locked.status == P.REFUNDED:
        # Another parcel's cash after a full refund: no longer everything is refunded.
        _move(locked, P.PARTIALLY_REFUNDED)
    locked.captured_amount += part.total
    locked.save(update_fields=["status", "captured_amount", "captured_at", "updated_at"])
    postings.post_cash_collected(part=part, actor=actor)


def _refund_due(
    *,
    payment: Payment,
    part: CooperativeOrder,
    reason: str,
    amount: Decimal,
    actor: User | None,
    split: postings.Split | None = None,
) -> Refund | None:
    """Make ``amount`` due back for ``part`` (``payment`` is locked by the caller)."""
    existing = Refund.objects.filter(cooperative_order=part).first()
    if existing is not None:
        return existing
    if amount <= 0:
        return None
    if amount > payment.refundable_amount:
        raise ValidationError(
            _("A refund cannot exceed what the customer paid (%(amount)s left).")
            % {"amount": payment.refundable_amount}
        )
    method = RefundMethod.CARD if payment.provider == Provider.CMI else RefundMethod.BANK_TRANSFER
    refund = Refund.objects.create(
        payment=payment,
        cooperative_order=part,
        reason=reason,
        method=method,
        amount=amount,
        cooperative_share=split.share if split else ZERO,
        commission=split.commission if split else ZERO,
    )
    previous = payment.status
    payment.refunded_amount += amount
    _move(
        payment,
        P.REFUNDED if payment.refunded_amount == payment.captured_amount else P.PARTIALLY_REFUNDED,
    )
    payment.save(update_fields=["status", "refunded_amount", "updated_at"])
    event_record(
        payment=payment,
        provider=payment.provider,
        provider_reference=f"refund:{refund.pk}",
        kind=PaymentEventKind.REFUND_DUE,
        amount=amount,
        data={"reason": reason, "part": part.number},
        actor=actor,
        from_status=previous,
        to_status=payment.status,
    )
    postings.post_refund_due(refund=refund, actor=actor)
    return refund


def _close_if_nothing_to_pay(payment: Payment) -> None:
    """Every part closed before any money was taken: the payment is cancelled."""
    from cooplab.orders.models import TERMINAL_STATUSES

    if payment.status in SETTLED_STATUSES or payment.captured_amount > 0:
        return
    if payment.order.parts.exclude(status__in=TERMINAL_STATUSES).exists():
        return
    previous = payment.status
    _move(payment, P.CANCELLED)
    payment.save(update_fields=["status", "updated_at"])
    event_record(
        payment=payment,
        provider=payment.provider,
        provider_reference=payment.reference,
        kind=PaymentEventKind.CANCELLED,
        from_status=previous,
        to_status=payment.status,
    )


def payment_cancel_if_closed(*, payment: Payment) -> bool:
    """Cancel a payment nothing was taken for once every part of its order is closed
    (expired, cancelled): reconciliation of card payments abandoned at the gateway. True when
    cancelled now."""
    with transaction.atomic():
        locked = _locked(payment)
        if locked.status in SETTLED_STATUSES:
            return False
        _close_if_nothing_to_pay(locked)
        return bool(locked.status == P.CANCELLED)


def on_part_transition(*, part: CooperativeOrder, action: str, user: User | None) -> None:
    """Money consequences of an order transition (inside the transition's transaction)."""
    if action == "deliver":
        postings.post_sale(part=part, actor=user)
        if part.order.payment_method == "cod":
            _cash_collected(part=part, actor=user)
        return
    if action not in ("cancel", "expire", "receive_return", "refund"):
        return
    payment = Payment.objects.filter(order_id=part.order_id).first()
    if payment is None:
        return
    locked = _locked(payment)
    if action == "refund":
        returned = [line for line in part.lines.all() if line.withdrawal_allowed]
        split = postings.lines_split(returned)
        _refund_due(
            payment=locked,
            part=part,
            reason=RefundReason.WITHDRAWAL,
            amount=part.refund_amount,
            actor=user,
            split=split if split.gross == part.refund_amount else None,
        )
        return
    if locked.provider != Provider.CASH and locked.captured_amount > 0:
        reason = RefundReason.REFUSAL if action == "receive_return" else RefundReason.CANCELLATION
        _refund_due(payment=locked, part=part, reason=reason, amount=part.total, actor=user)
        return
    _close_if_nothing_to_pay(locked)


def refund_mark_paid(
    *, refund: Refund, reference: str, user: User, customer_rib: str = "", note: str = ""
) -> Refund:
    """Staff paid the refund back (CMI merchant centre or bank) and record its reference."""
    reference = (reference or "").strip()[:64]
    if not reference:
        raise ValidationError({"reference": [_("Enter the reference of the refund.")]})
    rib = ""
    if (customer_rib or "").strip():
        try:
            rib = normalize_rib(customer_rib)
        except ValidationError as exc:
            raise ValidationError({"customer_rib": exc.messages}) from None
    with transaction.atomic():
        locked = (
            Refund.objects.select_for_update(of=("self",))
            .select_related("cooperative_order__order", "payment")
            .get(pk=refund.pk)
        )
        if locked.status == RefundStatus.PAID:
            return locked
        if locked.method == RefundMethod.BANK_TRANSFER and not (rib or locked.customer_rib):
            raise ValidationError(
                {"customer_rib": [_("Enter the customer's RIB for a refund by transfer.")]}
            )
        locked.status = RefundStatus.PAID
        locked.reference = reference
        locked.customer_rib = rib or locked.customer_rib
        locked.note = (note or "").strip()[:1000]
        locked.paid_at = timezone.now()
        locked.paid_by = user
        locked.save()
        event_record(
            payment=locked.payment,
            provider=locked.payment.provider,
            provider_reference=f"refund:{locked.pk}",
            kind=PaymentEventKind.REFUNDED,
            amount=locked.amount,
            data={"reference": reference},
            actor=user,
        )
        postings.post_refund_paid(refund=locked, actor=user)
        audit_log(
            action="refund.paid",
            actor=user,
            target=locked,
            data={"amount": str(locked.amount), "reference": reference},
        )
        from . import notifications

        notifications.refund_paid(refund=locked)
    return locked
