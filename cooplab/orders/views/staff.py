"""Platform staff: every order, one order with all its parts and its payment, and the staff
actions (confirm after a call, cancel with a reason, and the seller actions); staff with
``payments.manage_finance`` also see the "transfer received" form (payments.staff_views).
Protected by the `orders.manage_orders` permission (given to the platform staff group)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from cooplab.accounts.models import User
from cooplab.payments.access import MANAGE_FINANCE_PERMISSION
from cooplab.payments.forms import TransferReceivedForm
from cooplab.payments.models import PaymentStatus, Provider
from cooplab.payments.selectors import payment_with_events

from ..forms import CARRIERS, StaffOrderFilterForm
from ..selectors import (
    is_flagged,
    refusal_count,
    refusal_counts,
    staff_order_detail,
    staff_order_parts,
)
from ..states import Actor
from .backoffice import INVOICED, action_views, line_rows, perform_action, timeline

MANAGE_ORDERS_PERMISSION = "orders.manage_orders"
PAGE_SIZE = 50


def require_orders_staff(user: object) -> User:
    """The signed-in staff member allowed to manage orders, else 403."""
    if not (
        isinstance(user, User)
        and user.is_active
        and user.is_staff
        and user.has_perm(MANAGE_ORDERS_PERMISSION)
    ):
        raise PermissionDenied
    return user


@login_required
@require_GET
def order_list(request: HttpRequest) -> HttpResponse:
    require_orders_staff(request.user)
    form = StaffOrderFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    parts = staff_order_parts(
        status=filters.get("status", ""),
        cooperative=(filters.get("cooperative") or "").strip(),
        phone=(filters.get("phone") or "").strip(),
        number=(filters.get("number") or "").strip(),
    )
    page = Paginator(parts, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    refusals = refusal_counts(sorted({part.order.phone for part in rows}))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "orders/staff/order_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "rows": [
                {
                    "part": part,
                    "refusals": refusals.get(part.order.phone, 0),
                    "flagged": is_flagged(refusals.get(part.order.phone, 0)),
                }
                for part in rows
            ],
        },
    )


@login_required
@require_GET
def order_detail(request: HttpRequest, number: str) -> HttpResponse:
    require_orders_staff(request.user)
    order = staff_order_detail(number=number)
    refusals = refusal_count(order.phone)
    parts = [
        {
            "part": part,
            "lines": line_rows(part),
            "timeline": timeline(part),
            "actions": action_views(part.status, Actor.STAFF),
            "show_invoice": part.status in INVOICED,
        }
        for part in order.parts.all()
    ]
    payment = payment_with_events(order)
    can_record_transfer = (
        payment is not None
        and payment.provider == Provider.BANK
        and payment.status in (PaymentStatus.PENDING, PaymentStatus.FAILED)
        and request.user.has_perm(MANAGE_FINANCE_PERMISSION)
    )
    return render(
        request,
        "orders/staff/order_detail.html",
        {
            "order": order,
            "payment": payment,
            "transfer_form": TransferReceivedForm() if can_record_transfer else None,
            "parts": parts,
            "refusals": refusals,
            "flagged": is_flagged(refusals),
            "carriers": CARRIERS,
            "is_gift": order.recipient_name != order.customer_name
            or order.recipient_phone != order.phone,
        },
    )


@login_required
@require_POST
def part_action(request: HttpRequest, number: str, part_number: str) -> HttpResponse:
    user = require_orders_staff(request.user)
    order = staff_order_detail(number=number)
    part = next((p for p in order.parts.all() if p.number == part_number), None)
    if part is None:
        raise Http404
    perform_action(request, part=part, actor=Actor.STAFF, user=user)
    return redirect("orders:staff_order", number=order.number)
