"""PDF documents of an order: the invoice (for the customer, and for the cooperative) and the
packing slip (for the cooperative). Access is checked by the selectors; the documents are built
in `orders.documents` and `orders.invoices`."""

from __future__ import annotations

import uuid

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from cooplab.accounts.models import require_user
from cooplab.cooperatives.selectors import cooperative_for_member

from ..documents import render_packing_slip
from ..invoices import invoice_pdf
from ..models import CooperativeOrder, Invoice
from ..selectors import cooperative_order_detail, order_for_customer
from .cart import ORDERS_SESSION_KEY

#: Where the checkout keeps the numbers of the orders placed in this browser (guests).
SESSION_ORDER_NUMBERS = ORDERS_SESSION_KEY


def _pdf(content: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _invoice_of(part: CooperativeOrder) -> Invoice:
    invoice = Invoice.objects.select_related("cooperative").filter(cooperative_order=part).first()
    if invoice is None:  # not delivered yet: there is no invoice to show
        raise Http404
    invoice.cooperative_order = part
    return invoice


@require_GET
def invoice_customer(request: HttpRequest, number: str, part_number: str) -> HttpResponse:
    """The invoice of one part of the customer's order (their account, this browser's guest
    order, or staff). 404 for anyone else and before delivery."""
    user = request.user if request.user.is_authenticated else None
    order = order_for_customer(
        number=number,
        user=user,
        session_numbers=list(request.session.get(SESSION_ORDER_NUMBERS, [])),
    )
    part = next((p for p in order.parts.all() if p.number == part_number), None)
    if part is None:
        raise Http404
    part.order = order
    invoice = _invoice_of(part)
    return _pdf(invoice_pdf(invoice=invoice), filename=f"{invoice.number}.pdf")


@login_required
@require_GET
def invoice_cooperative(
    request: HttpRequest, cooperative_id: uuid.UUID, number: str
) -> HttpResponse:
    """The invoice as the cooperative issued it (members and staff)."""
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    part = cooperative_order_detail(cooperative_id=cooperative.pk, number=number)
    invoice = _invoice_of(part)
    return _pdf(invoice_pdf(invoice=invoice), filename=f"{invoice.number}.pdf")


@login_required
@require_GET
def packing_slip(request: HttpRequest, cooperative_id: uuid.UUID, number: str) -> HttpResponse:
    """What to put in the parcel and where it goes, in the member's language."""
    user = require_user(request.user)
    cooperative = cooperative_for_member(user=user, cooperative_id=cooperative_id)
    part = cooperative_order_detail(cooperative_id=cooperative.pk, number=number)
    content = render_packing_slip(part, language=get_language() or "fr")
    return _pdf(content, filename=f"packing-slip-{part.number}.pdf")
