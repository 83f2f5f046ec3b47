"""The cooperative's order pages: the inbox, one order with its actions, delivery options.

Every view resolves the cooperative through `cooperative_for_member` (members read, managers
act), finds the order inside that cooperative only (404 otherwise), and changes it only through
`part_transition`. Staff pages (`staff.py`) reuse the helpers below."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cooplab.accounts.models import User, require_user
from cooplab.cooperatives.models import Cooperative, Membership, MembershipRole
from cooplab.cooperatives.selectors import cooperative_for_member, membership_role
from cooplab.core.viewutils import errors_to_form
from cooplab.shipping.quotes import options_for
from cooplab.shipping.services import delivery_options_save

from ..forms import CARRIERS, STATUS_FILTERS, DeliveryOptionsForm, PartActionForm
from ..models import CooperativeOrder, CooperativeOrderStatus, OrderEvent
from ..selectors import (
    cooperative_order_counts,
    cooperative_order_detail,
    cooperative_orders,
    is_flagged,
    refusal_count,
    refusal_counts,
)
from ..services import part_transition
from ..states import Actor, InvalidTransition, allowed_actions

S = CooperativeOrderStatus
PAGE_SIZE = 30

ACTION_LABELS = {
    "confirm": gettext_lazy("Confirm the order (after a call)"),
    "mark_paid": gettext_lazy("Mark as paid (bank transfer received)"),
    "prepare": gettext_lazy("Start preparing"),
    "ship": gettext_lazy("Mark as shipped"),
    "deliver": gettext_lazy("Mark as delivered"),
    "refuse": gettext_lazy("Parcel refused at delivery"),
    "receive_return": gettext_lazy("Refused parcel back at the cooperative"),
    "cancel": gettext_lazy("Cancel the order"),
    "request_withdrawal": gettext_lazy("Record a return request"),
    "receive_withdrawal": gettext_lazy("Returned goods received"),
    "refund": gettext_lazy("Mark as refunded"),
    "expire": gettext_lazy("Expire"),
    "complete": gettext_lazy("Complete"),
}
#: Event kinds that are not transitions (placement), shown in the timeline.
EVENT_LABELS = {"created": gettext_lazy("Order placed"), **ACTION_LABELS}
ACTOR_LABELS = {
    "customer": gettext_lazy("the customer"),
    "cooperative": gettext_lazy("the cooperative"),
    "staff": gettext_lazy("the CoopLab team"),
    "system": gettext_lazy("automatic"),
}
#: Actions whose button is a warning (they end or undo something).
DANGEROUS = {"cancel", "refuse"}
#: From delivery on, the part has an invoice.
INVOICED = {S.DELIVERED, S.COMPLETED, S.WITHDRAWAL_REQUESTED, S.WITHDRAWAL_RECEIVED, S.REFUNDED}
NO_LONGER_POSSIBLE = gettext_lazy("This action is no longer possible for this order.")


@dataclass
class ActionView:
    name: str
    label: str
    needs_reason: bool
    dangerous: bool


def action_views(status: str, actor: Actor) -> list[ActionView]:
    return [
        ActionView(
            name=name,
            label=str(ACTION_LABELS[name]),
            needs_reason=name == "cancel",
            dangerous=name in DANGEROUS,
        )
        for name in allowed_actions(status, actor)
    ]


def timeline(part: CooperativeOrder) -> list[dict[str, Any]]:
    events: list[OrderEvent] = list(part.events.all())
    return [
        {
            "event": event,
            "label": EVENT_LABELS.get(event.kind, event.kind),
            "status": S(event.to_status).label if event.to_status in S.values else "",
            "who": ACTOR_LABELS.get(event.actor_role, ""),
        }
        for event in events
    ]


def line_rows(part: CooperativeOrder) -> list[dict[str, Any]]:
    language = get_language() or "fr"
    return [{"line": line, "name": line.name_in(language)} for line in part.lines.all()]


def perform_action(
    request: HttpRequest, *, part: CooperativeOrder, actor: Actor, user: User
) -> bool:
    """Run the posted action on `part` through `part_transition`; every outcome becomes a
    translated message (never a 500). True when the order changed."""
    form = PartActionForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return False
    action = form.cleaned_data["action"]
    try:
        changed = part_transition(
            part=part,
            action=action,
            actor=actor,
            user=user,
            reason=form.cleaned_data["reason"],
            data=form.shipment() if action == "ship" else None,
        )
    except InvalidTransition:
        messages.error(request, str(NO_LONGER_POSSIBLE))
        return False
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return False
    messages.success(
        request,
        _("Order %(number)s is now: %(status)s.")
        % {"number": changed.number, "status": S(changed.status).label},
    )
    return True


def seller_actor(user: User, cooperative: Cooperative) -> Actor:
    """Who acts on the cooperative's pages: its manager, or platform staff stepping in (the
    timeline then says so)."""
    is_manager = Membership.objects.filter(
        user=user, cooperative=cooperative, role=MembershipRole.MANAGER, is_active=True
    ).exists()
    return Actor.COOPERATIVE if is_manager or not user.is_staff else Actor.STAFF


# ---- views ----------------------------------------------------------------------------------


@login_required
@require_GET
def order_list(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    status = request.GET.get("status") or "action"
    if status not in {value for value, _label in STATUS_FILTERS}:
        status = "action"
    query = (request.GET.get("q") or "").strip()[:60]
    counts = cooperative_order_counts(cooperative_id=cooperative.pk)
    counts["all"] = sum(n for key, n in counts.items() if key != "action")
    parts = cooperative_orders(
        cooperative_id=cooperative.pk, status="" if status == "all" else status, query=query
    )
    page = Paginator(parts, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    refusals = refusal_counts(sorted({part.order.phone for part in rows}))
    filters = [
        {"value": value, "label": label, "count": counts.get(value, 0)}
        for value, label in STATUS_FILTERS
        if value in ("action", "all") or counts.get(value)
    ]
    return render(
        request,
        "orders/backoffice/order_list.html",
        {
            "cooperative": cooperative,
            "is_manager": membership_role(user=user, cooperative=cooperative)
            == MembershipRole.MANAGER,
            "page": page,
            "rows": [
                {
                    "part": part,
                    "refusals": refusals.get(part.order.phone, 0),
                    "flagged": is_flagged(refusals.get(part.order.phone, 0)),
                }
                for part in rows
            ],
            "filters": filters,
            "status": status,
            "query": query,
            "orders_action_count": counts.get("action", 0),
        },
    )


@login_required
@require_GET
def order_detail(request: HttpRequest, cooperative_id: uuid.UUID, number: str) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    part = cooperative_order_detail(cooperative_id=cooperative.pk, number=number)
    is_manager = membership_role(user=user, cooperative=cooperative) == MembershipRole.MANAGER
    refusals = refusal_count(part.order.phone)
    return render(
        request,
        "orders/backoffice/order_detail.html",
        {
            "cooperative": cooperative,
            "is_manager": is_manager,
            "part": part,
            "order": part.order,
            "lines": line_rows(part),
            "timeline": timeline(part),
            "actions": action_views(part.status, seller_actor(user, cooperative))
            if is_manager
            else [],
            "carriers": CARRIERS,
            "refusals": refusals,
            "flagged": is_flagged(refusals),
            "is_gift": part.order.recipient_name != part.order.customer_name
            or part.order.recipient_phone != part.order.phone,
            "show_invoice": part.status in INVOICED,
            "action_url": "orders:coop_order_action",
        },
    )


@login_required
@require_POST
def order_action(request: HttpRequest, cooperative_id: uuid.UUID, number: str) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    part = cooperative_order_detail(cooperative_id=cooperative.pk, number=number)
    perform_action(request, part=part, actor=seller_actor(user, cooperative), user=user)
    return redirect("orders:coop_order", cooperative_id=cooperative.public_id, number=part.number)


@login_required
@require_http_methods(["GET", "POST"])
def delivery_options(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user = require_user(request.user)
    cooperative = cooperative_for_member(
        user=user, cooperative_id=cooperative_id, manager_only=True
    )
    options = options_for(cooperative)
    if request.method == "POST":
        form = DeliveryOptionsForm(request.POST)
        if form.is_valid():
            try:
                delivery_options_save(cooperative=cooperative, actor=user, data=form.cleaned_data)
            except ValidationError as error:
                errors_to_form(form, error)
            else:
                messages.success(request, _("Delivery options saved."))
                return redirect("orders:coop_delivery", cooperative_id=cooperative.public_id)
    else:
        form = DeliveryOptionsForm(
            initial={
                "home_delivery": options.home_delivery,
                "rate_same_city": options.rate_same_city,
                "rate_same_region": options.rate_same_region,
                "rate_national": options.rate_national,
                "free_delivery_from": options.free_delivery_from,
                "pickup": options.pickup,
                "pickup_instructions": options.pickup_instructions,
                "preparation_days": options.preparation_days,
            }
        )
    return render(
        request,
        "orders/backoffice/delivery_options.html",
        {"cooperative": cooperative, "is_manager": True, "form": form, "saved": options.pk},
    )
