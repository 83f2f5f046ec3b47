"""Payout pages. Staff (``payments.manage_finance``): the list by batch date and status, one
payout with its lines and actions, the batch button, the bank transfer file, statements.
Cooperative managers: the finance page (balance, next batch, history, RIB) and their own
payouts' statements. Views are thin: every change goes through ``services``."""

from __future__ import annotations

import datetime as dt
import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cooplab.accounts.models import User, require_user
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.selectors import cooperative_for_member
from cooplab.core.rib import format_rib
from cooplab.core.viewutils import errors_to_form, flash_errors
from cooplab.ledger.selectors import cooperative_balance
from cooplab.payments.access import require_finance_staff

from . import services
from .forms import BankDetailsForm, PayoutActionForm, StaffPayoutFilterForm
from .models import Payout, PayoutLineKind, PayoutStatus
from .selectors import cooperative_preview, current_period, next_period, staff_payouts

PAGE_SIZE = 50
S = PayoutStatus


def _download(content: bytes | str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _pdf(payout: Payout) -> HttpResponse:
    pdf = services.statement_pdf(payout, get_language() or "fr")
    return _download(pdf, f"{payout.public_id}.pdf", "application/pdf")


def _csv(payout: Payout) -> HttpResponse:
    return _download(
        services.statement_csv(payout), f"{payout.public_id}.csv", "text/csv; charset=utf-8"
    )


# ---- staff ----------------------------------------------------------------------------------


def _staff_payout(number: str) -> Payout:
    payout = Payout.objects.select_related("cooperative").filter(public_id=number).first()
    if payout is None:
        raise Http404
    return payout


@login_required
@require_GET
def staff_list(request: HttpRequest) -> HttpResponse:
    require_finance_staff(request.user)
    form = StaffPayoutFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    payouts = staff_payouts(period=filters.get("period"), status=filters.get("status") or "")
    page = Paginator(payouts, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    period = current_period()
    return render(
        request,
        "payouts/staff/payout_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "current_period": period,
            "bank_file_period": filters.get("period") or period,
        },
    )


@login_required
@require_POST
def staff_batch(request: HttpRequest) -> HttpResponse:
    user = require_finance_staff(request.user)
    period = current_period()
    created = services.batch_create(period=period, actor=user)
    messages.success(
        request,
        ngettext(
            "%(count)s payout draft created for %(period)s.",
            "%(count)s payout drafts created for %(period)s.",
            len(created),
        )
        % {"count": len(created), "period": period.isoformat()},
    )
    return redirect(f"{reverse('payouts:staff_list')}?period={period.isoformat()}")


@login_required
@require_GET
def staff_bank_file(request: HttpRequest) -> HttpResponse:
    require_finance_staff(request.user)
    try:
        period = dt.date.fromisoformat(request.GET.get("period") or "")
    except ValueError:
        period = current_period()
    try:
        content = services.bank_file(services.approved_for_period(period))
    except ValidationError as error:
        flash_errors(request, error)
        return redirect("payouts:staff_list")
    return _download(
        content, f"cooplab-payouts-{period.isoformat()}.csv", "text/csv; charset=utf-8"
    )


@login_required
@require_GET
def staff_detail(request: HttpRequest, number: str) -> HttpResponse:
    require_finance_staff(request.user)
    payout = _staff_payout(number)
    cooperative = payout.cooperative
    return render(
        request,
        "payouts/staff/payout_detail.html",
        {
            "payout": payout,
            "lines": list(payout.lines.order_by("delivered_at", "id")),
            "cooperative": cooperative,
            "rib": format_rib(payout.rib) if payout.rib else _cooperative_rib(cooperative),
            "form": PayoutActionForm(),
        },
    )


@login_required
@require_POST
def staff_action(request: HttpRequest, number: str) -> HttpResponse:
    user = require_finance_staff(request.user)
    payout = _staff_payout(number)
    form = PayoutActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose an action."))
        return redirect("payouts:staff_detail", number=payout.public_id)
    data = form.cleaned_data
    action = data["action"]
    try:
        if action == "approve":
            services.payout_approve(payout=payout, user=user, otp_code=data["otp_code"])
            messages.success(request, _("Payout approved."))
        elif action == "paid":
            services.payout_mark_paid(
                payout=payout, bank_reference=data["bank_reference"], user=user
            )
            messages.success(request, _("Payout marked as paid."))
        elif action == "failed":
            services.payout_mark_failed(payout=payout, reason=data["reason"], user=user)
            messages.success(
                request, _("Payout marked as failed: its orders go to the next batch.")
            )
        else:
            services.payout_cancel(payout=payout, user=user, reason=data["reason"])
            messages.success(request, _("Draft cancelled: its orders go to the next batch."))
    except ValidationError as error:
        flash_errors(request, error)
    return redirect("payouts:staff_detail", number=payout.public_id)


@login_required
@require_GET
def staff_statement_pdf(request: HttpRequest, number: str) -> HttpResponse:
    require_finance_staff(request.user)
    return _pdf(_staff_payout(number))


@login_required
@require_GET
def staff_statement_csv(request: HttpRequest, number: str) -> HttpResponse:
    require_finance_staff(request.user)
    return _csv(_staff_payout(number))


# ---- cooperative ----------------------------------------------------------------------------


def _cooperative_rib(cooperative: Cooperative) -> str:
    try:
        return format_rib(cooperative.rib) if cooperative.rib else ""
    except ValidationError:
        return cooperative.rib


def _manager_cooperative(
    request: HttpRequest, cooperative_id: uuid.UUID
) -> tuple[User, Cooperative]:
    user = require_user(request.user)
    return user, cooperative_for_member(user=user, cooperative_id=cooperative_id, manager_only=True)


def _finance_page(
    request: HttpRequest, cooperative: Cooperative, form: BankDetailsForm
) -> HttpResponse:
    period = next_period()
    preview = cooperative_preview(cooperative.pk, period=period)
    history = list(
        Payout.objects.filter(cooperative=cooperative)
        .exclude(status=S.CANCELLED)
        .order_by("-period", "-id")[:24]
    )
    return render(
        request,
        "payouts/coop/finance.html",
        {
            "cooperative": cooperative,
            "is_manager": True,
            "balance": cooperative_balance(cooperative),
            "next_period": period,
            "preview": preview,
            "preview_amount": max(preview.amount, 0),
            "preview_sales": [
                line for line in preview.lines if line.kind != PayoutLineKind.HELD_BACK
            ],
            "preview_held_back": [
                line for line in preview.lines if line.kind == PayoutLineKind.HELD_BACK
            ],
            "history": history,
            "rib": _cooperative_rib(cooperative),
            "form": form,
        },
    )


@login_required
@require_GET
def coop_finance(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    _user, cooperative = _manager_cooperative(request, cooperative_id)
    form = BankDetailsForm(
        initial={
            "rib": _cooperative_rib(cooperative),
            "bank_name": cooperative.bank_name,
            "account_holder": cooperative.account_holder or cooperative.name,
        }
    )
    return _finance_page(request, cooperative, form)


@login_required
@require_POST
def coop_bank_details(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    user, cooperative = _manager_cooperative(request, cooperative_id)
    form = BankDetailsForm(request.POST)
    if form.is_valid():
        try:
            services.cooperative_bank_details_save(
                cooperative=cooperative, actor=user, **form.cleaned_data
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(request, _("Bank details saved."))
            return redirect("payouts:coop_finance", cooperative_id=cooperative.public_id)
    return _finance_page(request, cooperative, form)


def _coop_payout(cooperative: Cooperative, number: str) -> Payout:
    payout = (
        Payout.objects.select_related("cooperative")
        .filter(cooperative=cooperative, public_id=number)
        .exclude(status=S.CANCELLED)
        .first()
    )
    if payout is None:
        raise Http404
    return payout


@login_required
@require_GET
def coop_statement_pdf(
    request: HttpRequest, cooperative_id: uuid.UUID, number: str
) -> HttpResponse:
    _user, cooperative = _manager_cooperative(request, cooperative_id)
    return _pdf(_coop_payout(cooperative, number))


@login_required
@require_GET
def coop_statement_csv(
    request: HttpRequest, cooperative_id: uuid.UUID, number: str
) -> HttpResponse:
    _user, cooperative = _manager_cooperative(request, cooperative_id)
    return _csv(_coop_payout(cooperative, number))
