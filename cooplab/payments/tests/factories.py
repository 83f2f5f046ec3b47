"""Finance test data, made through the real services: delivered cash shipments, paid
transfers, refunds due, and the people who may (or may not) see the finance pages."""

from __future__ import annotations

from typing import Any

from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Permission
from django.test import Client

from cooplab.accounts.roles import STAFF_GROUP, role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of
from cooplab.orders.models import CooperativeOrder, Order
from cooplab.orders.services import part_transition
from cooplab.orders.states import Actor
from cooplab.orders.tests.factories import place, product_with_stock, variant_of

from .. import services
from ..models import Refund


def _with_mfa(user: Any) -> Any:
    # Staff must have a second factor, or every page sends them to set one up.
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})
    return user


def finance_staff() -> Any:
    """Platform staff (the group carries payments.manage_finance and orders.manage_orders)."""
    user = _with_mfa(StaffFactory())
    user.groups.add(role_group(STAFF_GROUP))
    return user


def orders_only_staff() -> Any:
    """Staff who manage orders but not finance."""
    user = _with_mfa(StaffFactory())
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="orders", codename="manage_orders")
    )
    return user


def outsiders() -> dict[str, Any]:
    """Everyone who must be refused on finance pages."""
    return {
        "customer": UserFactory(),
        "manager": manager_of(CooperativeFactory()),
        "orders_staff": orders_only_staff(),
    }


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def cod_delivered(
    *, carrier: str = "Amana", cooperative: Cooperative | None = None, price: str = "120.00"
) -> CooperativeOrder:
    """A home-delivered cash-on-delivery shipment: the carrier holds its cash."""
    product = product_with_stock(cooperative or CooperativeFactory(), price=price, images=0)
    order = place([(variant_of(product), 1)], payment_method="cod")
    part = order.parts.get()
    for action, data in (
        ("confirm", {}),
        ("ship", {"carrier": carrier, "tracking_number": "RR123456789MA"}),
        ("deliver", {}),
    ):
        part = part_transition(
            part=part, action=action, actor=Actor.COOPERATIVE, user=None, reason="", data=data
        )
    return CooperativeOrder.objects.get(pk=part.pk)


def transfer_order(**kwargs: Any) -> Order:
    """A bank-transfer order waiting for the money."""
    product = product_with_stock(CooperativeFactory(), images=0)
    return place([(variant_of(product), 1)], payment_method="bank_transfer", **kwargs)


def refund_due(*, reason: str = "changed my mind") -> Refund:
    """A paid bank-transfer order, then cancelled by staff: its total is due back."""
    order = transfer_order()
    services.transfer_received(
        order=order, bank_reference=f"VIR-{order.number}", amount=order.total, user=None
    )
    part = order.parts.get()
    part_transition(part=part, action="cancel", actor=Actor.STAFF, user=None, reason=reason)
    return Refund.objects.get(cooperative_order=part)
