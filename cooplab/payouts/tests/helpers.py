"""Payout test data made through the real services: orders paid, delivered and completed
(the withdrawal period over), withdrawals refunded, cash remitted by a carrier, finance staff
with a real TOTP authenticator. All data is fictional."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from datetime import timedelta
from decimal import Decimal

from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.utils import timezone
from pypdf import PdfReader

from cooplab.accounts.models import User
from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.tests.factories import CooperativeFactory
from cooplab.core.rib import rib_key
from cooplab.orders.models import CooperativeOrder, Order
from cooplab.orders.services import part_transition, parts_complete
from cooplab.orders.states import Actor
from cooplab.orders.tests.factories import advance, place, product_with_stock, variant_of
from cooplab.payments.models import CodRemittance, CodRemittanceItem, Payment
from cooplab.payments.services import payment_capture, transfer_received
from cooplab.shipping.models import DeliveryOptions

from ..selectors import local_today

D = Decimal
#: Tomorrow's batch: parts closed today are included (they closed before its midnight).
PERIOD = local_today() + dt.timedelta(days=1)
NEXT_PERIOD = PERIOD + dt.timedelta(days=15)


def valid_rib(account: str = "0000123456789012") -> str:
    first = f"011780{account}"
    return first + rib_key(first)


def cooperative(*, rib: bool = True, **kwargs: object) -> Cooperative:
    coop = CooperativeFactory.create(**kwargs)
    if rib:
        coop.rib = valid_rib()
        coop.bank_name = "Banque Populaire"
        coop.account_holder = "Coopérative Tifawt"
        coop.save(update_fields=["rib", "bank_name", "account_holder"])
    return coop


def complete(order: Order) -> None:
    """The withdrawal period is over: delivered parts become COMPLETED (closed now)."""
    parts_complete(now=timezone.now() + timedelta(days=8))
    order.refresh_from_db()


def sold(
    coop: Cooperative,
    *,
    payment: str = "bank_transfer",
    method: str = "home",
    price: str = "120.00",
    quantity: int = 2,
    perishable: bool = True,
    finish: bool = True,
) -> CooperativeOrder:
    """A delivered (and, with ``finish``, completed) order of ``coop``, paid by ``payment``."""
    if method == "pickup":
        DeliveryOptions.objects.update_or_create(cooperative=coop, defaults={"pickup": True})
    variant = variant_of(product_with_stock(coop, price=price, perishable=perishable))
    order = place([(variant, quantity)], payment_method=payment, methods={coop.pk: method})
    if payment == "card":
        row = Payment.objects.get(order=order)
        payment_capture(payment=row, amount=order.total, provider_reference=f"T-{order.pk}")
    elif payment == "bank_transfer":
        transfer_received(
            order=order, bank_reference=f"V-{order.pk}", amount=order.total, user=None
        )
    else:
        advance(order, "confirm")
    advance(order, "ship", "deliver")
    if finish:
        complete(order)
    return order.parts.get()


def withdrawn(coop: Cooperative, *, payment: str = "bank_transfer") -> CooperativeOrder:
    """A delivered order whose goods came back within the period: REFUNDED, refund due."""
    part = sold(coop, payment=payment, perishable=False, finish=False, price="150.00", quantity=1)
    for action in ("request_withdrawal", "receive_withdrawal", "refund"):
        actor = Actor.CUSTOMER if action == "request_withdrawal" else Actor.COOPERATIVE
        part_transition(part=part, action=action, actor=actor, user=None)
    part.refresh_from_db()
    return part


def remit(*parts: CooperativeOrder) -> CodRemittance:
    """The carrier hands over the cash of ``parts`` (matched in full)."""
    total = sum((part.total for part in parts), D("0.00"))
    remittance = CodRemittance.objects.create(
        carrier="Amana",
        carrier_code="amana",
        amount_received=total,
        expected_amount=total,
        received_on=local_today(),
        bank_reference="REM-1",
    )
    for part in parts:
        CodRemittanceItem.objects.create(
            remittance=remittance, cooperative_order=part, amount=part.total
        )
    return remittance


def finance_staff(*, permission: bool = True, authenticator: bool = True) -> tuple[User, str]:
    """Staff (platform_staff group unless ``permission`` is False) and their TOTP secret."""
    staff = StaffFactory.create()
    if permission:
        staff.groups.add(role_group("platform_staff"))
    secret = generate_totp_secret()
    if authenticator:
        TOTP.activate(staff, secret)
    return staff, secret


def totp_code(secret: str, offset: int = 0) -> str:
    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2] + offset))


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))
