"""The customer's side of an order: list, detail with a timeline per cooperative, confirmation
of cash-on-delivery orders, cancellation, returns, reorder, and tracking for guests."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from cooplab.payments.selectors import transfer_instructions

from .. import services
from ..models import CooperativeOrder, Order
from ..notifications import confirm_token_order_id
from ..selectors import order_for_customer, order_lookup, orders_of_customer
from ..states import Actor, InvalidTransition, allowed_actions
from .cart import ORDERS_SESSION_KEY, current_cart_or_new, remember_order, signed_in_user

PAGE_SIZE = 20


def _order(request: HttpRequest, number: str) -> Order:
    return order_for_customer(
        number=number,
        user=signed_in_user(request),
        session_numbers=request.session.get(ORDERS_SESSION_KEY, []),
    )


def _part(order: Order, part_number: str) -> CooperativeOrder:
    for part in order.parts.all():
        if part.number == part_number:
            return part
    raise Http404


def _flash(request: HttpRequest, exc: Exception) -> None:
    if isinstance(exc, InvalidTransition):
        messages.error(request, _("This action is no longer possible for this order."))
    elif isinstance(exc, ValidationError):
        for text in exc.messages:
            messages.error(request, text)


@login_required
@require_http_methods(["GET"])
def order_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if user is None:  # login_required let an inactive account through
        raise Http404
    page = Paginator(orders_of_customer(user), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "orders/order_list.html", {"page": page})


@require_http_methods(["GET"])
def order_detail(request: HttpRequest, number: str) -> HttpResponse:
    order = _order(request, number)
    now = timezone.now()
    parts = []
    for part in order.parts.all():
        actions = allowed_actions(part.status, Actor.CUSTOMER)
        deadline = (
            part.delivered_at + timedelta(days=settings.ORDER_WITHDRAWAL_DAYS)
            if part.delivered_at
            else None
        )
        returnable = any(line.withdrawal_allowed for line in part.lines.all())
        parts.append(
            {
                "part": part,
                "events": list(part.events.all()),
                "can_cancel": "cancel" in actions,
                "can_return": "request_withdrawal" in actions
                and returnable
                and deadline is not None
                and now <= deadline,
                "return_deadline": deadline,
                "has_invoice": hasattr(part, "invoice"),
            }
        )
    awaiting_code = bool(order.confirmation_code_hash) and any(
        part.status == "awaiting_confirmation" for part in order.parts.all()
    )
    from cooplab.payments.card import is_payable
    from cooplab.payments.models import Payment

    payment = Payment.objects.filter(order=order).first()
    return render(
        request,
        "orders/order_detail.html",
        {
            "order": order,
            "payment": payment,
            "can_pay_by_card": payment is not None and is_payable(payment),
            "parts": parts,
            "awaiting_code": awaiting_code,
            "can_cancel": any(p["can_cancel"] for p in parts),
            "transfer": transfer_instructions(order),
        },
    )


@require_POST
def order_confirm_code(request: HttpRequest, number: str) -> HttpResponse:
    order = _order(request, number)
    try:
        services.order_confirm_with_code(order=order, code=request.POST.get("code", ""))
    except (ValidationError, InvalidTransition) as exc:
        _flash(request, exc)
    else:
        messages.success(request, _("Thank you, your order is confirmed."))
    return redirect(order.get_absolute_url())


@require_http_methods(["GET", "POST"])
def order_confirm_link(request: HttpRequest, token: str) -> HttpResponse:
    """The link in the SMS. GET only shows a button (link previews must not confirm)."""
    public_id = confirm_token_order_id(token, max_age=timedelta(days=7))
    order = Order.objects.filter(public_id=public_id).first() if public_id else None
    if order is None:
        raise Http404
    if request.method == "POST":
        confirmed = services.order_confirm(order=order, actor=Actor.CUSTOMER, user=order.customer)
        remember_order(request, order.number)
        if confirmed:
            messages.success(request, _("Thank you, your order is confirmed."))
        else:
            messages.info(request, _("There was nothing left to confirm in this order."))
        return redirect(order.get_absolute_url())
    return render(request, "orders/confirm_link.html", {"order": order, "token": token})


@require_POST
def order_cancel(request: HttpRequest, number: str) -> HttpResponse:
    order = _order(request, number)
    try:
        services.order_cancel_by_customer(
            order=order, user=signed_in_user(request), reason=request.POST.get("reason", "")
        )
    except (ValidationError, InvalidTransition) as exc:
        _flash(request, exc)
    else:
        messages.success(request, _("Your order is cancelled."))
    return redirect(order.get_absolute_url())


@require_POST
def part_withdraw(request: HttpRequest, number: str, part_number: str) -> HttpResponse:
    order = _order(request, number)
    part = _part(order, part_number)
    try:
        services.part_transition(
            part=part,
            action="request_withdrawal",
            actor=Actor.CUSTOMER,
            user=signed_in_user(request),
            reason=request.POST.get("reason", ""),
        )
    except (ValidationError, InvalidTransition) as exc:
        _flash(request, exc)
    else:
        messages.success(
            request,
            _("Your return request is sent. The cooperative will tell you how to send the goods."),
        )
    return redirect(order.get_absolute_url())


@require_POST
def order_reorder(request: HttpRequest, number: str) -> HttpResponse:
    order = _order(request, number)
    cart = current_cart_or_new(request)
    added, missing = 0, 0
    for part in order.parts.all():
        for line in part.lines.all():
            try:
                services.cart_add(cart=cart, variant_id=line.variant_id, quantity=line.quantity)
                added += 1
            except ValidationError:
                missing += 1
    if added:
        messages.success(request, _("The products of this order are in your cart."))
    if missing:
        messages.warning(
            request, _("Some products are no longer available in that quantity and were skipped.")
        )
    return redirect("orders:cart")


@require_http_methods(["GET", "POST"])
def order_track(request: HttpRequest) -> HttpResponse:
    """Guests find an order with its number and the phone number given at checkout."""
    error = ""
    if request.method == "POST":
        order = order_lookup(
            number=request.POST.get("number", ""), phone=request.POST.get("phone", "")
        )
        if order is not None:
            remember_order(request, order.number)
            return redirect(order.get_absolute_url())
        error = _("We found no order with this number and phone number.")
    return render(
        request,
        "orders/order_track.html",
        {"error": error, "data": request.POST if request.method == "POST" else {}},
        status=404 if error else 200,
    )
