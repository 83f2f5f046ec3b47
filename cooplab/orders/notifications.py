"""Who hears about what in an order's life. Messages are written to the outbox inside the
caller's transaction (a rolled-back order sends nothing) and delivered by tasks after commit;
dedupe keys make each event produce its messages once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from cooplab.cooperatives.notifications import managers_message_queue
from cooplab.notifications.services import message_queue

from .models import CooperativeOrder, Order
from .states import Actor

#: Transitions the customer is told about, and the template used.
CUSTOMER_TEMPLATES = {
    "confirm": "orders/confirmed",
    "mark_paid": "orders/confirmed",
    "ship": "orders/shipped",
    "deliver": "orders/delivered",
    "cancel": "orders/cancelled",
    "expire": "orders/expired",
    "refund": "orders/refund_issued",
}
#: Transitions the cooperative's managers are told about.
COOPERATIVE_TEMPLATES = {
    "cancel": "orders/coop_cancelled",
    "request_withdrawal": "orders/coop_withdrawal_requested",
}
CONFIRM_SALT = "orders.confirm"


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def confirm_token(order: Order) -> str:
    return signing.dumps(str(order.public_id), salt=CONFIRM_SALT, compress=True)


def confirm_token_order_id(token: str, *, max_age: timedelta | None = None) -> str | None:
    try:
        value = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    return str(value)


def tracking_url(order: Order) -> str:
    with translation.override(order.language):
        return absolute(reverse("orders:detail", kwargs={"number": order.number}))


def _to_customer(
    order: Order, template: str, context: dict[str, Any], dedupe: str, ref: Any
) -> None:
    ctx = {"order": order, "tracking_url": tracking_url(order), **context}
    message_queue(
        channel="sms",
        to=order.phone,
        template=template,
        context=ctx,
        language=order.language,
        dedupe_key=f"{dedupe}:sms",
        ref=ref,
    )
    if order.email:
        message_queue(
            channel="email",
            to=order.email,
            template=template,
            context=ctx,
            language=order.language,
            dedupe_key=f"{dedupe}:email",
            ref=ref,
        )


def _to_managers(part: CooperativeOrder, template: str, dedupe: str) -> None:
    def context(language: str) -> dict[str, Any]:
        path = reverse(
            "orders:coop_order",
            kwargs={"cooperative_id": part.cooperative.public_id, "number": part.number},
        )
        return {"order": part.order, "coop_order": part, "backoffice_url": absolute(path)}

    managers_message_queue(
        cooperative_id=part.cooperative_id,
        template=template,
        dedupe=dedupe,
        ref=part,
        context=context,
    )


def order_placed(*, order: Order, confirmation_code: str | None) -> None:
    from cooplab.payments.selectors import transfer_instructions

    context: dict[str, Any] = {
        "parts": list(order.parts.select_related("cooperative")),
        # Bank transfer: where to pay, how much, with which reference, before when.
        "transfer": transfer_instructions(order),
    }
    _to_customer(order, "orders/placed", context, f"order:{order.pk}:placed", order)
    if confirmation_code:
        with translation.override(order.language):
            confirm_url = absolute(
                reverse("orders:confirm_link", kwargs={"token": confirm_token(order)})
            )
        message_queue(
            channel="sms",
            to=order.phone,
            template="orders/cod_confirm",
            context={"order": order, "code": confirmation_code, "confirm_url": confirm_url},
            language=order.language,
            dedupe_key=f"order:{order.pk}:cod_confirm:{order.confirmation_code_hash[-12:]}",
            ref=order,
            sensitive=True,
        )
    for part in context["parts"]:
        _to_managers(part, "orders/coop_new", f"part:{part.pk}:new")


def part_changed(*, part: CooperativeOrder, action: str, actor: Actor) -> None:
    order = part.order
    dedupe = f"part:{part.pk}:{action}"
    template = CUSTOMER_TEMPLATES.get(action)
    # One "confirmed" message per order when the customer confirmed every part with a code.
    if template and not (action == "confirm" and actor == Actor.CUSTOMER):
        extra: dict[str, Any] = {"coop_order": part}
        if action == "deliver" and any(line.withdrawal_allowed for line in part.lines.all()):
            extra["withdrawal_deadline"] = (part.delivered_at or order.created_at) + timedelta(
                days=settings.ORDER_WITHDRAWAL_DAYS
            )
        if action == "refund":
            extra["amount"] = part.refund_amount
        _to_customer(order, template, extra, dedupe, part)
    manager_template = COOPERATIVE_TEMPLATES.get(action)
    if manager_template and actor != Actor.COOPERATIVE:
        _to_managers(part, manager_template, dedupe)
    if action == "confirm" and actor == Actor.CUSTOMER:
        _to_customer(
            order, "orders/confirmed", {"coop_order": part}, f"order:{order.pk}:confirmed", order
        )
