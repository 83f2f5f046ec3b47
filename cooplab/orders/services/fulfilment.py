"""Moving a cooperative order through its states. Every change goes through `part_transition`:
the row is locked, the transition checked against `states.TRANSITIONS` for the actor, stock
follows, an event row and an audit row are written, and messages go out after commit."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.catalog.models import StockMovement, StockReason
from cooplab.catalog.services import product_refresh_availability
from cooplab.core.audit import audit_log
from cooplab.payments.services import on_part_transition

from .. import notifications
from ..invoices import invoice_issue
from ..locks import give_back_units
from ..models import CooperativeOrder, CooperativeOrderStatus, Order, OrderEvent
from ..states import Actor, InvalidTransition, check

S = CooperativeOrderStatus
MAX_CONFIRMATION_ATTEMPTS = 5


def _restock(part: CooperativeOrder, *, actor: User | None, lines: Any = None) -> None:
    chosen = list(lines if lines is not None else part.lines.all())
    for line in sorted(chosen, key=lambda item: item.variant_id):
        stock_after = give_back_units(line.variant_id, line.quantity)
        StockMovement.objects.create(
            variant_id=line.variant_id,
            delta=line.quantity,
            stock_after=stock_after,
            reason=StockReason.RETURN,
            note=part.number,
            actor=actor,
        )
    product_refresh_availability({line.product_id for line in chosen})


def _clean_text(value: str, max_length: int) -> str:
    return (value or "").strip()[:max_length]


def part_transition(
    *,
    part: CooperativeOrder,
    action: str,
    actor: Actor,
    user: User | None,
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> CooperativeOrder:
    """Perform `action` on `part` as `actor`. Raises InvalidTransition (nothing changes) when the
    action is not allowed in the current state for this actor, ValidationError on bad input."""
    data = data or {}
    reason = _clean_text(reason, 1000)
    with transaction.atomic():
        locked = (
            CooperativeOrder.objects.select_for_update()
            .select_related("order", "cooperative")
            .get(pk=part.pk)
        )
        transition = check(action, locked.status, actor)
        if transition.needs_reason and actor != Actor.CUSTOMER and not reason:
            raise ValidationError({"reason": [_("Please give a reason.")]})
        now = timezone.now()
        previous = locked.status
        fields = ["status", "updated_at"]
        extra: dict[str, Any] = {}
        if action in ("confirm", "mark_paid"):
            locked.confirmed_at = now
            locked.expires_at = None
            fields += ["confirmed_at", "expires_at"]
        elif action == "ship":
            carrier = _clean_text(data.get("carrier", ""), 60)
            tracking_number = _clean_text(data.get("tracking_number", ""), 60)
            tracking_url = _clean_text(data.get("tracking_url", ""), 200)
            if locked.delivery_method == "home" and not carrier:
                raise ValidationError({"carrier": [_("Say which carrier takes the parcel.")]})
            if tracking_url:
                try:
                    URLValidator(schemes=["https", "http"])(tracking_url)
                except ValidationError:
                    raise ValidationError(
                        {"tracking_url": [_("Enter a full link, starting with https://.")]}
                    ) from None
            locked.carrier, locked.tracking_number = carrier, tracking_number
            locked.tracking_url = tracking_url
            locked.shipped_at = now
            fields += ["carrier", "tracking_number", "tracking_url", "shipped_at"]
            extra = {"carrier": carrier, "tracking_number": tracking_number}
        elif action == "deliver":
            locked.delivered_at = now
            fields += ["delivered_at"]
        elif action in ("cancel", "expire"):
            locked.cancel_reason = reason
            locked.cancelled_by = actor.value
            locked.closed_at = now
            locked.expires_at = None
            fields += ["cancel_reason", "cancelled_by", "closed_at", "expires_at"]
        elif action == "refuse":
            locked.cancel_reason = reason
            fields += ["cancel_reason"]
        elif action == "request_withdrawal":
            returnable = [line for line in locked.lines.all() if line.withdrawal_allowed]
            deadline = (locked.delivered_at or now) + timedelta(days=settings.ORDER_WITHDRAWAL_DAYS)
            if not returnable:
                raise ValidationError(
                    _("These products cannot be returned (perishable or personalised goods).")
                )
            if now > deadline:
                raise ValidationError(_("The 7-day period to return these products has ended."))
            locked.refund_amount = sum((line.line_total for line in returnable), Decimal("0.00"))
            locked.cancel_reason = reason
            fields += ["refund_amount", "cancel_reason"]
            extra = {"lines": [line.pk for line in returnable]}
        elif action in ("receive_return", "refund", "complete"):
            locked.closed_at = now
            fields += ["closed_at"]

        if transition.restock:
            _restock(locked, actor=user)
        elif action == "receive_withdrawal":
            returned = [line for line in locked.lines.all() if line.withdrawal_allowed]
            _restock(locked, actor=user, lines=returned)

        locked.status = transition.target
        locked.save(update_fields=fields)
        if action == "deliver":
            invoice_issue(part=locked)
        # The money side (sale, cash collected, refunds due) commits with the status or not at all.
        on_part_transition(part=locked, action=action, user=user)
        OrderEvent.objects.create(
            order=locked.order,
            cooperative_order=locked,
            kind=action,
            from_status=previous,
            to_status=locked.status,
            actor=user,
            actor_role=actor.value,
            note=reason,
            data=extra,
        )
        audit_log(
            action=f"order.{action}",
            actor=user,
            target=locked,
            data={"number": locked.number, "from": previous, "to": locked.status},
        )
        notifications.part_changed(part=locked, action=action, actor=actor)
    return locked


def order_confirm_with_code(*, order: Order, code: str) -> list[CooperativeOrder]:
    """The customer types the SMS code: every part awaiting confirmation is confirmed.
    After MAX_CONFIRMATION_ATTEMPTS wrong codes the code stops working (a call confirms)."""
    code = (code or "").strip()
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if not locked.confirmation_code_hash or (
            locked.confirmation_attempts >= MAX_CONFIRMATION_ATTEMPTS
        ):
            raise ValidationError(
                _("This code can no longer be used. The cooperative will call you to confirm.")
            )
        if not (code.isascii() and code.isdigit() and len(code) == 6) or not check_password(
            code, locked.confirmation_code_hash
        ):
            locked.confirmation_attempts += 1
            locked.save(update_fields=["confirmation_attempts"])
            failed = True  # counted: the block commits, then we refuse
        else:
            failed = False
            locked.confirmation_code_hash = ""
            locked.save(update_fields=["confirmation_code_hash"])
    if failed:
        raise ValidationError(_("This code is not right. Check the SMS and try again."))
    return order_confirm(order=order, actor=Actor.CUSTOMER, user=order.customer)


def order_confirm(*, order: Order, actor: Actor, user: User | None) -> list[CooperativeOrder]:
    """Confirm every part of `order` still awaiting confirmation (link, code or staff call)."""
    confirmed = []
    for part in order.parts.filter(status=S.AWAITING_CONFIRMATION).order_by("pk"):
        try:
            confirmed.append(part_transition(part=part, action="confirm", actor=actor, user=user))
        except InvalidTransition:
            continue  # confirmed or cancelled meanwhile
    return confirmed


def order_cancel_by_customer(
    *, order: Order, user: User | None, reason: str = ""
) -> list[CooperativeOrder]:
    """Cancel every part that has not shipped yet."""
    cancelled = []
    for part in order.parts.order_by("pk"):
        try:
            cancelled.append(
                part_transition(
                    part=part, action="cancel", actor=Actor.CUSTOMER, user=user, reason=reason
                )
            )
        except InvalidTransition:
            continue
    if not cancelled:
        raise ValidationError(_("Nothing left to cancel: the parcels have left the cooperatives."))
    return cancelled


def parts_expire(*, now: Any = None) -> int:
    """Expire unconfirmed or unpaid parts past their deadline (stock comes back). Idempotent."""
    now = now or timezone.now()
    due = CooperativeOrder.objects.filter(
        status__in=[S.AWAITING_CONFIRMATION, S.AWAITING_PAYMENT], expires_at__lte=now
    ).values_list("pk", flat=True)
    count = 0
    for pk in list(due):
        try:
            part_transition(
                part=CooperativeOrder(pk=pk),
                action="expire",
                actor=Actor.SYSTEM,
                user=None,
                reason="",
            )
            count += 1
        except InvalidTransition:
            continue
    return count


def parts_complete(*, now: Any = None) -> int:
    """Close delivered parts once the withdrawal period is over. Idempotent."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.ORDER_WITHDRAWAL_DAYS)
    due = CooperativeOrder.objects.filter(status=S.DELIVERED, delivered_at__lte=cutoff)
    count = 0
    for pk in list(due.values_list("pk", flat=True)):
        try:
            part_transition(
                part=CooperativeOrder(pk=pk), action="complete", actor=Actor.SYSTEM, user=None
            )
            count += 1
        except InvalidTransition:
            continue
    return count
