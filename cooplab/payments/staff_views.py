"""Staff finance pages: overview (trial balance, key balances), cash-on-delivery remittances,
refunds to pay back, and the "transfer received" action of a bank-transfer order.

Protected by ``payments.manage_finance`` (given to the platform staff group). Views are thin:
the services in ``payments.services`` and ``payments.cod`` check and write; errors come back as
translated messages and nothing changes on bad input."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cooplab.core.viewutils import flash_errors
from cooplab.ledger.selectors import trial_balance
from cooplab.orders.models import Order

from . import cod, services
from .access import require_finance_staff
from .forms import RefundPaidForm, RemittanceForm, ResolveForm, TransferReceivedForm
from .models import CodRemittance, Refund, RefundStatus, RemittanceStatus
from .selectors import finance_overview, refunds_due, refunds_paid, remittances

PAGE_SIZE = 50


def _flash_form(request: HttpRequest, form: Any) -> None:
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else error)


@login_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    require_finance_staff(request.user)
    return render(
        request,
        "payments/staff/overview.html",
        {"overview": finance_overview(), "trial": trial_balance(), "section": "overview"},
    )


def _cod_page(request: HttpRequest, form: RemittanceForm | None = None) -> HttpResponse:
    groups = cod.awaiting_cash_by_carrier()
    parts = [part for group in groups for part in group.parts]
    carriers = [(group.code, group.name) for group in groups]
    if form is None:
        form = RemittanceForm(carriers=carriers, parts=parts)
    page = Paginator(remittances(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "payments/staff/cod.html",
        {
            "groups": groups,
            "form": form,
            "page": page,
            "resolve_form": ResolveForm(),
            "section": "cod",
        },
    )


@login_required
@require_GET
def cod_overview(request: HttpRequest) -> HttpResponse:
    require_finance_staff(request.user)
    return _cod_page(request)


@login_required
@require_POST
def remittance_record(request: HttpRequest) -> HttpResponse:
    user = require_finance_staff(request.user)
    groups = cod.awaiting_cash_by_carrier()
    form = RemittanceForm(
        request.POST,
        carriers=[(group.code, group.name) for group in groups],
        parts=[part for group in groups for part in group.parts],
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            remittance = cod.remittance_record(
                carrier_code=data["carrier_code"],
                amount_received=data["amount_received"],
                received_on=data["received_on"],
                bank_reference=data["bank_reference"],
                part_ids=data["part_ids"],
                note=data["note"],
                user=user,
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.error_dict.items():
                    for error in errors:
                        form.add_error(field if field in form.fields else None, error)
            else:
                form.add_error(None, exc)
        else:
            if remittance.status == RemittanceStatus.MATCHED:
                messages.success(request, _("Remittance recorded: the amount matches."))
            else:
                messages.warning(
                    request,
                    _("Remittance recorded with a difference: it stays flagged until resolved."),
                )
            return redirect("finance:cod")
    return _cod_page(request, form)


@login_required
@require_POST
def remittance_resolve(request: HttpRequest, remittance_id: int) -> HttpResponse:
    user = require_finance_staff(request.user)
    remittance = get_object_or_404(CodRemittance, pk=remittance_id)
    form = ResolveForm(request.POST)
    if not form.is_valid():
        _flash_form(request, form)
        return redirect("finance:cod")
    try:
        cod.remittance_resolve(remittance=remittance, note=form.cleaned_data["note"], user=user)
    except ValidationError as exc:
        flash_errors(request, exc)
    else:
        messages.success(request, _("The difference is resolved and posted to the ledger."))
    return redirect("finance:cod")


@login_required
@require_GET
def refund_list(request: HttpRequest) -> HttpResponse:
    require_finance_staff(request.user)
    history = Paginator(refunds_paid(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "payments/staff/refunds.html",
        {
            "due": list(refunds_due()),
            "history": history,
            "form": RefundPaidForm(),
            "section": "refunds",
        },
    )


@login_required
@require_POST
def refund_paid(request: HttpRequest, refund_id: int) -> HttpResponse:
    user = require_finance_staff(request.user)
    refund = get_object_or_404(Refund, pk=refund_id)
    form = RefundPaidForm(request.POST)
    if not form.is_valid():
        _flash_form(request, form)
        return redirect("finance:refunds")
    if refund.status == RefundStatus.PAID:
        messages.info(request, _("This refund was already recorded as paid."))
        return redirect("finance:refunds")
    try:
        services.refund_mark_paid(
            refund=refund,
            reference=form.cleaned_data["reference"],
            customer_rib=form.cleaned_data["customer_rib"],
            note=form.cleaned_data["note"],
            user=user,
        )
    except ValidationError as exc:
        flash_errors(request, exc)
    else:
        messages.success(request, _("Refund recorded as paid. The customer is told by SMS."))
    return redirect("finance:refunds")


@login_required
@require_http_methods(["POST"])
def transfer_received(request: HttpRequest, number: str) -> HttpResponse:
    user = require_finance_staff(request.user)
    order = Order.objects.filter(number=str(number).strip().upper()[:16]).first()
    if order is None:
        raise Http404
    form = TransferReceivedForm(request.POST)
    if not form.is_valid():
        _flash_form(request, form)
        return redirect("orders:staff_order", number=order.number)
    try:
        result = services.transfer_received(
            order=order,
            bank_reference=form.cleaned_data["bank_reference"],
            amount=form.cleaned_data["amount"],
            user=user,
        )
    except ValidationError as exc:
        flash_errors(request, exc)
    else:
        if result.captured and result.duplicate:
            messages.info(request, _("This transfer was already recorded: nothing changed."))
        elif result.captured:
            messages.success(
                request,
                _("Transfer recorded: the order is paid and the cooperatives can prepare it."),
            )
        elif result.reason == "closed":
            messages.warning(
                request,
                _(
                    "Nothing in this order is waiting for payment any more (cancelled or "
                    "expired): the transfer was not applied. Send the money back to the customer."
                ),
            )
        else:
            messages.warning(
                request,
                _(
                    "This order was already paid: the transfer was not applied. "
                    "Check for a double payment."
                ),
            )
    return redirect("orders:staff_order", number=order.number)
