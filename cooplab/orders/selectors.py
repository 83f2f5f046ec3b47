"""Reads for orders: the cart as the customer sees it, orders a person may see, cooperative
inboxes. Access rules live here and in `cooperative_for_member`; views only call them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from cooplab.accounts.models import User
from cooplab.catalog.models import ProductImage, ProductStatus

from .models import Cart, CartLine, CooperativeOrder, CooperativeOrderStatus, Order, OrderEvent
from .pricing import Priced, PricedGroup, price_cart
from .states import NEEDS_SELLER_ACTION

S = CooperativeOrderStatus


@dataclass
class CartItem:
    line: CartLine
    available: int
    problem: str = ""  # "sold_out", "insufficient", "unavailable"
    price_changed_from: Decimal | None = None

    @property
    def variant(self):  # type: ignore[no-untyped-def]
        return self.line.variant

    @property
    def product(self):  # type: ignore[no-untyped-def]
        return self.line.variant.product

    @property
    def image(self) -> ProductImage | None:
        images = list(self.line.variant.product.images.all())
        return images[0] if images else None


@dataclass
class CartView:
    cart: Cart | None
    items: list[CartItem] = field(default_factory=list)
    priced: Priced | None = None

    @property
    def count(self) -> int:
        return sum(item.line.quantity for item in self.items)

    @property
    def has_problems(self) -> bool:
        return any(item.problem for item in self.items)

    @property
    def price_changes(self) -> list[CartItem]:
        return [item for item in self.items if item.price_changed_from is not None]

    def groups(self) -> list[tuple[PricedGroup, list[CartItem]]]:
        """Per cooperative: its priced group and the cart items (with their problems)."""
        if self.priced is None:
            return []
        by_variant = {item.line.variant_id: item for item in self.items}
        return [
            (group, [by_variant[line.variant.pk] for line in group.lines])
            for group in self.priced.groups
        ]


def cart_lines(cart: Cart) -> QuerySet[CartLine]:
    return (
        cart.lines.select_related(
            "variant",
            "variant__product",
            "variant__product__cooperative",
            "variant__product__cooperative__delivery_options",
        )
        .prefetch_related(
            Prefetch(
                "variant__product__images",
                queryset=ProductImage.objects.order_by("position", "id"),
            )
        )
        .order_by("added_at", "id")
    )


def cart_view(
    cart: Cart | None,
    *,
    region: str = "",
    city: str = "",
    methods: Mapping[int, str] | None = None,
) -> CartView:
    """The cart, grouped per cooperative and priced; delivery quoted once a region is known.
    Problems (sold out, not enough stock, no longer sold) and price changes are flagged."""
    if cart is None or cart.pk is None:
        return CartView(cart=cart)
    items = []
    for line in cart_lines(cart):
        variant = line.variant
        product = variant.product
        sellable = (
            variant.is_active
            and product.status == ProductStatus.PUBLISHED
            and product.cooperative.is_public
        )
        problem = ""
        if not sellable:
            problem = "unavailable"
        elif variant.stock <= 0:
            problem = "sold_out"
        elif line.quantity > variant.stock:
            problem = "insufficient"
        changed = line.price_when_added if line.price_when_added != variant.price else None
        items.append(
            CartItem(
                line=line,
                available=max(variant.stock, 0),
                problem=problem,
                price_changed_from=changed,
            )
        )
    priced = price_cart(
        [(item.line.variant, item.line.quantity) for item in items],
        region=region,
        city=city,
        methods=methods,
    )
    return CartView(cart=cart, items=items, priced=priced)


def cart_count(cart: Cart | None) -> int:
    if cart is None:
        return 0
    return sum(cart.lines.values_list("quantity", flat=True))


# --- Orders seen by customers -----------------------------------------------------------


def _order_queryset() -> QuerySet[Order]:
    return Order.objects.select_related("payment").prefetch_related(
        Prefetch(
            "parts",
            queryset=CooperativeOrder.objects.select_related("cooperative", "invoice")
            .prefetch_related("lines", "events")
            .order_by("pk"),
        )
    )


def order_for_customer(
    *, number: str, user: User | None, session_numbers: list[str] | None = None
) -> Order:
    """An order its customer may see: their own account's, or one placed in this browser
    session (guests), or found with `order_lookup`. Anyone else gets a 404."""
    order = _order_queryset().filter(number=str(number)[:16]).first()
    if order is None:
        raise Http404
    if user is not None and user.is_authenticated and order.customer_id == user.pk:
        return order
    if order.number in (session_numbers or []):
        return order
    if (
        user is not None
        and user.is_authenticated
        and user.is_staff
        and user.has_perm("orders.manage_orders")
    ):
        return order
    raise Http404


def order_lookup(*, number: str, phone: str) -> Order | None:
    """Guest tracking: the order number and the phone number given at checkout."""
    from cooplab.core.phone import try_normalize_phone

    normalized = try_normalize_phone(phone or "")
    if not normalized:
        return None
    return Order.objects.filter(
        number=(number or "").strip().upper()[:16], phone=normalized
    ).first()


def orders_of_customer(user: User) -> QuerySet[Order]:
    return _order_queryset().filter(customer=user).order_by("-created_at", "-id")


def order_timeline(part: CooperativeOrder) -> list[OrderEvent]:
    return list(part.events.all())


# --- Cooperative inbox --------------------------------------------------------------------


def cooperative_orders(
    *, cooperative_id: int, status: str = "", query: str = ""
) -> QuerySet[CooperativeOrder]:
    qs = (
        CooperativeOrder.objects.filter(cooperative_id=cooperative_id)
        .select_related("order")
        .annotate(items=Count("lines"))
        .order_by("-created_at", "-id")
    )
    if status == "action":
        qs = qs.filter(status__in=NEEDS_SELLER_ACTION - {S.SHIPPED})
    elif status in S.values:
        qs = qs.filter(status=status)
    if query:
        qs = qs.filter(Q(number__icontains=query) | Q(order__customer_name__icontains=query))
    return qs


def cooperative_order_counts(*, cooperative_id: int) -> dict[str, int]:
    rows = (
        CooperativeOrder.objects.filter(cooperative_id=cooperative_id)
        .values_list("status")
        .annotate(n=Count("id"))
    )
    counts: dict[str, int] = dict(rows)
    counts["action"] = sum(
        n for status, n in counts.items() if status in NEEDS_SELLER_ACTION - {S.SHIPPED}
    )
    return counts


def cooperative_order_detail(*, cooperative_id: int, number: str) -> CooperativeOrder:
    part = (
        CooperativeOrder.objects.select_related("order", "cooperative")
        .prefetch_related("lines", "events", "events__actor")
        .filter(cooperative_id=cooperative_id, number=str(number)[:20])
        .first()
    )
    if part is None:
        raise Http404
    return part


def refusal_count(phone: str) -> int:
    """How many parcels sent to this phone number were refused at the door."""
    return CooperativeOrder.objects.filter(
        order__phone=phone, status__in=[S.REFUSED, S.RETURNED]
    ).count()


def refusal_counts(phones: list[str]) -> dict[str, int]:
    rows = (
        CooperativeOrder.objects.filter(order__phone__in=phones, status__in=[S.REFUSED, S.RETURNED])
        .values_list("order__phone")
        .annotate(n=Count("id"))
    )
    return dict(rows)


def is_flagged(count: int) -> bool:
    return count >= settings.ORDER_REFUSAL_FLAG_THRESHOLD


def require_part_access(*, user: User, part: CooperativeOrder) -> None:
    from cooplab.cooperatives.selectors import cooperative_for_member

    if not user.is_authenticated:
        raise PermissionDenied
    cooperative_for_member(user=user, cooperative_id=part.cooperative.public_id)


# --- Platform staff (added by the fulfilment pages, branch `fulfil`) ----------------------


def staff_order_parts(
    *, status: str = "", cooperative: str = "", phone: str = "", number: str = ""
) -> QuerySet[CooperativeOrder]:
    """Every cooperative order, newest first, for the staff list. `phone` is matched exactly
    once normalised (E.164); `number` matches the start of the order or part number."""
    from cooplab.core.phone import try_normalize_phone

    qs = CooperativeOrder.objects.select_related("order", "cooperative").order_by(
        "-created_at", "-id"
    )
    if status == "action":
        qs = qs.filter(status__in=NEEDS_SELLER_ACTION - {S.SHIPPED})
    elif status in S.values:
        qs = qs.filter(status=status)
    if cooperative:
        qs = qs.filter(
            Q(cooperative__name__icontains=cooperative) | Q(cooperative__slug=cooperative)
        )
    if phone:
        normalized = try_normalize_phone(phone)
        qs = qs.filter(order__phone=normalized) if normalized else qs.none()
    if number:
        number = number.strip().upper()
        qs = qs.filter(Q(number__startswith=number) | Q(order__number__startswith=number))
    return qs


def staff_order_detail(*, number: str) -> Order:
    """An order with every part, its lines and timeline, for staff (404 if unknown)."""
    order = (
        Order.objects.prefetch_related(
            Prefetch(
                "parts",
                queryset=CooperativeOrder.objects.select_related("cooperative", "invoice")
                .prefetch_related("lines", "events", "events__actor")
                .order_by("pk"),
            )
        )
        .filter(number=str(number).strip().upper()[:16])
        .first()
    )
    if order is None:
        raise Http404
    return order
