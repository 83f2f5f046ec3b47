"""Review test data, made through the real services (order_place, part_transition,
review_submit). All data is fictional."""

from __future__ import annotations

from typing import Any

from cooplab.accounts.models import User
from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.catalog.models import Product
from cooplab.orders.models import Order
from cooplab.orders.tests.factories import advance, place, product_with_stock, variant_of

from .. import services
from ..models import Review

DELIVERED = ("confirm", "ship", "deliver")


def reviewable_product(**kwargs: Any) -> Product:
    """A published product of a new verified cooperative, with stock to sell."""
    return product_with_stock(stock=50, **kwargs)


def order_of(product: Product, user: User, *actions: str) -> Order:
    """`user` orders one unit of `product`; the cooperative then performs `actions`."""
    order = place([(variant_of(product), 1)], user=user)
    if actions:
        advance(order, *actions)
    return order


def buyer_of(product: Product, *, user: User | None = None, **user_fields: Any) -> User:
    """A customer whose order of `product` was delivered: they may review it."""
    buyer: User = user or UserFactory.create(**user_fields)
    order_of(product, buyer, *DELIVERED)
    return buyer


def moderator() -> User:
    staff = StaffFactory()
    staff.groups.add(role_group("platform_staff"))
    return User.objects.get(pk=staff.pk)  # fresh permission cache


def review(
    product: Product,
    *,
    user: User | None = None,
    rating: object = 4,
    approve: bool = False,
    **fields: Any,
) -> Review:
    user = user or buyer_of(product)
    submitted = services.review_submit(
        user=user,
        product=product,
        rating=rating,
        title=fields.get("title", "Très bon miel"),
        body=fields.get("body", "Goût de thym, bien emballé."),
        language=fields.get("language", "fr"),
    )
    if approve and submitted.status != "approved":
        submitted = services.review_moderate(
            review=submitted, actor=moderator(), decision="approve", reason=""
        )
    return submitted
