"""Card payments with CMI: the service between the protocol (``cmi.py``) and the payment
services (``services.py``). Views stay thin and call only this module.

- ``payment_request_for``: the signed form that sends the customer's browser to the gateway,
  one ``REDIRECTED`` event per attempt; refused when nothing is left to pay.
- ``callback_handle``: the server-to-server callback. Only a callback with a valid ``ver3``
  hash, about a known card payment, for its exact amount and currency, changes anything;
  anything else is recorded (audit row + ``CALLBACK_REJECTED`` event) and answered FAILURE.
- ``pay_token``/``payment_for_token``: a signed token in the pay and return links, so the
  customer's browser is recognised even when the session cookie is not sent back (the
  gateway's cross-site POST) or when the order was placed through the API.

Answers (``CallbackAnswer``): ``ACTION=POSTAUTH`` when the money is (or was already) taken for
this transaction; ``APPROVED`` when the callback is recorded but nothing must be captured (a
declined attempt, an order closed meanwhile, an order already paid by another transaction);
``FAILURE`` when the callback is not trusted or processing failed (nothing changed).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import get_language

from cooplab.core.audit import audit_log

from . import services
from .cmi import (
    LANGUAGES,
    CallbackAnswer,
    CallbackResult,
    CMIConfig,
    PaymentRequest,
    build_payment_request,
    verify_callback,
)
from .models import SETTLED_STATUSES, Payment, PaymentEvent, PaymentEventKind, Provider

logger = logging.getLogger(__name__)

PAY_TOKEN_SALT: Final = "cooplab.payments.pay"  # noqa: S105 - a salt, not a secret
PAY_TOKEN_MAX_AGE: Final = timedelta(days=7)
#: Callback fields never stored: the hash and anything that could be card data
#: (``maskedCreditCard`` is kept).
_DROPPED_FIELDS: Final = frozenset(
    {"hash", "pan", "cv2", "cvv", "cvc", "cardnumber", "expiry", "exp", "storekey"}
)
_KEPT_CARD_FIELDS: Final = frozenset({"maskedcreditcard"})
_MAX_STORED_FIELDS: Final = 80
_MAX_STORED_VALUE: Final = 300


class NotPayable(Exception):
    """The payment cannot be paid by card now (``reason``: "method", "settled", "closed")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ---- who may pay ------------------------------------------------------------------------------


def pay_token(payment: Payment) -> str:
    return signing.dumps(payment.reference, salt=PAY_TOKEN_SALT, compress=True)


def token_reference(token: str) -> str | None:
    """The payment reference a pay token was made for (None when forged or too old)."""
    if not token:
        return None
    try:
        value = signing.loads(token, salt=PAY_TOKEN_SALT, max_age=PAY_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return str(value)


def is_payable(payment: Payment) -> bool:
    """A card payment not settled, with at least one part of its order awaiting payment."""
    from cooplab.orders.models import CooperativeOrderStatus as S

    if payment.provider != Provider.CMI or payment.status in SETTLED_STATUSES:
        return False
    return payment.order.parts.filter(status=S.AWAITING_PAYMENT).exists()


# ---- the request to the gateway ---------------------------------------------------------------


def _absolute(request: HttpRequest | None, path: str) -> str:
    site = (getattr(settings, "SITE_URL", "") or "").rstrip("/")
    if site:
        return site + path
    if request is None:  # pragma: no cover - SITE_URL is always set in this project
        raise ValueError("Set SITE_URL to build the gateway's return addresses.")
    return request.build_absolute_uri(path)


def _lang() -> str:
    code = (get_language() or "fr").split("-")[0]
    return code if code in LANGUAGES else "fr"


def payment_request_for(payment: Payment, request: HttpRequest | None) -> PaymentRequest:
    """The signed form for one attempt at paying ``payment`` by card (``NotPayable`` when
    it is not a card payment, is settled, or nothing of its order awaits payment)."""
    from cooplab.orders.models import CooperativeOrderStatus as S

    config = CMIConfig.from_settings()
    with transaction.atomic():
        locked = Payment.objects.select_for_update().select_related("order").get(pk=payment.pk)
        if locked.provider != Provider.CMI:
            raise NotPayable("method")
        if locked.status in SETTLED_STATUSES:
            raise NotPayable("settled")
        order = locked.order
        if not order.parts.filter(status=S.AWAITING_PAYMENT).exists():
            raise NotPayable("closed")
        token = pay_token(locked)
        reference = locked.reference
        ok_path = reverse("payments:return_ok", kwargs={"reference": reference})
        fail_path = reverse("payments:return_fail", kwargs={"reference": reference})
        lang = _lang()
        form = build_payment_request(
            config=config,
            order_id=reference,
            amount=locked.amount,
            ok_url=_absolute(request, f"{ok_path}?t={token}"),
            fail_url=_absolute(request, f"{fail_path}?t={token}"),
            callback_url=_absolute(request, reverse("payments_callback:cmi")),
            shop_url=_absolute(request, order.get_absolute_url()),
            lang=lang,
            email=order.email,
            bill_to_name=order.customer_name,
        )
        attempt = (
            PaymentEvent.objects.filter(payment=locked, kind=PaymentEventKind.REDIRECTED).count()
            + 1
        )
        services.event_record(
            payment=locked,
            provider=locked.provider,
            provider_reference=f"{reference}:{form.fields['rnd']}",
            kind=PaymentEventKind.REDIRECTED,
            amount=locked.amount,
            data={"attempt": attempt, "lang": lang},
            from_status=locked.status,
        )
    return form


# ---- the callback -----------------------------------------------------------------------------


def _plain(params: Mapping[str, Any]) -> dict[str, str]:
    return {str(name): str(params[name]) for name in params}


def stored_fields(params: Mapping[str, str]) -> dict[str, str]:
    """What is kept of a callback: no hash, no card data (``maskedCreditCard`` only)."""
    kept: dict[str, str] = {}
    for name, value in params.items():
        folded = name.lower()
        if folded in _DROPPED_FIELDS or folded.startswith("ecom_payment_card"):
            continue
        if "card" in folded and folded not in _KEPT_CARD_FIELDS and "brand" not in folded:
            continue
        kept[name[:60]] = value[:_MAX_STORED_VALUE]
        if len(kept) >= _MAX_STORED_FIELDS:
            break
    return kept


def params_digest(params: Mapping[str, str]) -> str:
    """A digest of the raw callback: the same message again gives the same digest."""
    text = json.dumps(sorted(params.items()), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class _Rejection:
    reason: str
    payment: Payment | None = None


def _reject(params: dict[str, str], rejection: _Rejection) -> str:
    """Record a callback that is not trusted; change nothing else."""
    digest = params_digest(params)
    data = {"reason": rejection.reason, "oid": params.get("oid", "")[:40]}
    _event, created = services.event_record(
        payment=rejection.payment,
        provider=Provider.CMI,
        provider_reference=f"rejected:{digest}",
        kind=PaymentEventKind.CALLBACK_REJECTED,
        data={**data, "fields": stored_fields(params)},
    )
    if created:
        audit_log(
            action="payment.callback_rejected",
            target=rejection.payment,
            data={**data, "amount": params.get("amount", "")[:20], "digest": digest},
        )
    logger.warning(
        "CMI callback rejected (%s) for oid %r%s",
        rejection.reason,
        data["oid"],
        "" if created else " (repeat)",
    )
    return CallbackAnswer.FAILURE


def _check(result: CallbackResult, config: CMIConfig) -> Payment | _Rejection:
    if not result.valid_hash:
        return _Rejection("invalid_hash")
    payment = (
        Payment.objects.select_for_update()
        .filter(reference=result.order_id, provider=Provider.CMI)
        .first()
    )
    if payment is None:
        return _Rejection("unknown_order")
    if result.currency != config.currency:
        return _Rejection("currency_mismatch", payment)
    if not result.matches(
        order_id=payment.reference, amount=payment.amount, currency=config.currency
    ):
        return _Rejection("amount_mismatch", payment)
    if result.approved and not result.provider_reference:
        return _Rejection("no_transaction_id", payment)
    return payment


def _handle(params: dict[str, str]) -> str:
    config = CMIConfig.from_settings()
    result = verify_callback(params, config=config)
    checked = _check(result, config)
    if isinstance(checked, _Rejection):
        return _reject(params, checked)
    payment = checked
    data = stored_fields(params)
    reference = result.provider_reference or f"declined:{params_digest(params)}"
    if not result.approved:
        services.payment_fail(payment=payment, provider_reference=reference, data=data)
        return CallbackAnswer.APPROVED
    services.event_record(
        payment=payment,
        provider=Provider.CMI,
        provider_reference=reference,
        kind=PaymentEventKind.CALLBACK_APPROVED,
        amount=payment.amount,
        data=data,
        from_status=payment.status,
    )
    capture = services.payment_capture(
        payment=payment, amount=payment.amount, provider_reference=reference, data=data
    )
    if capture.captured:
        return CallbackAnswer.POSTAUTH
    logger.warning(
        "CMI approved %s for payment %s but it was not captured (%s): the pre-authorisation "
        "is left to lapse.",
        reference,
        payment.reference,
        capture.reason,
    )
    return CallbackAnswer.APPROVED


def callback_handle(params: Mapping[str, Any]) -> str:
    """Process one server-to-server callback and return the answer for CMI."""
    plain = _plain(params)
    try:
        with transaction.atomic():
            return _handle(plain)
    except Exception:
        logger.exception("CMI callback for oid %r failed", plain.get("oid", "")[:40])
        return CallbackAnswer.FAILURE


# ---- reconciliation ---------------------------------------------------------------------------

#: Card payments that have not received a final callback.
OPEN_STATUSES: Final = ("pending", "failed", "authorised")


@dataclass(frozen=True)
class ReconcileRow:
    reference: str
    status: str
    amount: str
    age_minutes: int
    attempts: int
    parts: str
    recorded: bool
    cancelled: bool


def reconcile_card_payments(
    *, older_than_minutes: int = 30, cancel_expired: bool = False
) -> list[ReconcileRow]:
    """Card payments still open ``older_than_minutes`` after the order: each gets one
    ``RECONCILE`` event per day (local date); with ``cancel_expired``, those whose order parts
    are all closed (expired, cancelled) are cancelled through the payment services."""
    from django.utils import timezone

    now = timezone.now()
    day = timezone.localdate(now).isoformat()
    rows = []
    queryset = (
        Payment.objects.filter(
            provider=Provider.CMI,
            status__in=OPEN_STATUSES,
            created_at__lte=now - timedelta(minutes=older_than_minutes),
        )
        .select_related("order")
        .prefetch_related("order__parts")
        .order_by("created_at", "pk")
    )
    for payment in queryset:
        statuses = sorted({part.status for part in payment.order.parts.all()})
        _event, recorded = services.event_record(
            payment=payment,
            provider=payment.provider,
            provider_reference=f"{payment.reference}:reconcile:{day}",
            kind=PaymentEventKind.RECONCILE,
            data={"status": payment.status, "parts": statuses},
            from_status=payment.status,
        )
        cancelled = cancel_expired and services.payment_cancel_if_closed(payment=payment)
        rows.append(
            ReconcileRow(
                reference=payment.reference,
                status="cancelled" if cancelled else payment.status,
                amount=f"{payment.amount:.2f}",
                age_minutes=int((now - payment.created_at).total_seconds() // 60),
                attempts=payment.attempts,
                parts=",".join(statuses),
                recorded=recorded,
                cancelled=cancelled,
            )
        )
    return rows
