"""Card payment pages (thin: the work is in ``card.py``).

- ``pay``: the customer's browser is sent to CMI's hosted page with a signed, auto-submitting
  form (a button without JavaScript).
- ``return_ok`` / ``return_fail``: where CMI sends the browser back. They NEVER read the posted
  fields: a POST is answered with a redirect to the same page (GET), which shows the payment's
  state from the database. Only the verified callback changes a payment.
- ``cmi_callback``: CMI's server-to-server callback; a plain-text answer.

Who may open the pay and return pages: the signed-in customer of the order, the browser
session that placed it, or whoever holds the signed link (``?t=``) given at checkout (API
clients open it in a browser; the gateway's cross-site POST comes back without cookies).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cooplab.orders.views.cart import ORDERS_SESSION_KEY, remember_order, signed_in_user

from . import card
from .models import Payment, PaymentStatus, Provider

P = PaymentStatus


def _owned_payment(request: HttpRequest, reference: str) -> Payment:
    """The card payment ``reference`` if this visitor placed its order (404 otherwise)."""
    payment = (
        Payment.objects.select_related("order")
        .filter(reference=str(reference)[:30], provider=Provider.CMI)
        .first()
    )
    if payment is None:
        raise Http404
    order = payment.order
    if card.token_reference(request.GET.get("t", "")) == payment.reference:
        remember_order(request, order.number)
        return payment
    user = signed_in_user(request)
    if user is not None and order.customer_id == user.pk:
        return payment
    if order.number in request.session.get(ORDERS_SESSION_KEY, []):
        return payment
    raise Http404


@never_cache
@require_GET
def pay(request: HttpRequest, reference: str) -> HttpResponse:
    payment = _owned_payment(request, reference)
    try:
        form = card.payment_request_for(payment, request)
    except card.NotPayable:
        messages.info(request, _("There is nothing left to pay by card for this order."))
        return redirect(payment.order.get_absolute_url())
    return render(
        request, "payments/pay.html", {"payment": payment, "order": payment.order, "form": form}
    )


def _state(payment: Payment, outcome: str) -> str:
    if payment.status in (P.CAPTURED, P.PARTIALLY_REFUNDED, P.REFUNDED):
        return "paid"
    if payment.status == P.CANCELLED:
        return "cancelled"
    if payment.status == P.FAILED:
        return "failed"
    # Pending or authorised: no verified callback yet. Back through failUrl, the customer most
    # likely left the gateway's page; through okUrl, the confirmation is on its way.
    return "waiting" if outcome == "ok" else "not_completed"


def _payment_return(request: HttpRequest, reference: str, outcome: str) -> HttpResponse:
    if request.method == "POST":
        # Post/redirect/get: the session cookie (SameSite=Lax) comes back on the GET.
        query = f"?t={request.GET['t']}" if request.GET.get("t") else ""
        return HttpResponseRedirect(request.path + query, status=303)
    payment = _owned_payment(request, reference)
    state = _state(payment, outcome)
    return render(
        request,
        "payments/return.html",
        {
            "payment": payment,
            "order": payment.order,
            "state": state,
            "can_retry": state != "paid" and card.is_payable(payment),
            "refresh_seconds": 5 if state == "waiting" else None,
        },
    )


# CMI's page posts to both from another site (no CSRF token); the posted fields are ignored.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def return_ok(request: HttpRequest, reference: str) -> HttpResponse:
    return _payment_return(request, reference, "ok")


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def return_fail(request: HttpRequest, reference: str) -> HttpResponse:
    return _payment_return(request, reference, "fail")


@csrf_exempt  # server to server: authenticated by the ver3 hash, not by a session
@require_POST
def cmi_callback(request: HttpRequest) -> HttpResponse:
    answer = card.callback_handle(request.POST)
    return HttpResponse(answer, content_type="text/plain; charset=utf-8")
