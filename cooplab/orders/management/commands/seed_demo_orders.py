"""Demo orders for `make run`: the demo customer's orders across two cooperatives — one
delivered (with its invoices; `seed_demo_payouts` then makes it weeks old, remitted and in a
payout draft), one paid by card waiting to be shipped, one waiting for cash-on-delivery
confirmation. Idempotent: does nothing once the demo customer has orders. Called by
`seed_demo` by name."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from cooplab.accounts.models import User
from cooplab.catalog.models import ProductStatus, Variant
from cooplab.orders import services
from cooplab.orders.models import Order
from cooplab.orders.states import Actor
from cooplab.payments.models import Payment
from cooplab.payments.services import payment_capture

DEMO_CUSTOMER = "client@demo.example"
ADDRESS = {
    "customer_name": "Salma Bennani",
    "phone": "06 61 00 00 07",
    "email": DEMO_CUSTOMER,
    "region": "MA-06",
    "city": "Casablanca",
    "street": "12 rue des Orangers, Maârif",
    "landmark": "En face de la pharmacie Al Amal",
    "postal_code": "20330",
}


class Command(BaseCommand):
    help = "Create the demo customer's orders (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        customer = User.objects.filter(email=DEMO_CUSTOMER).first()
        if customer is None:
            self.stdout.write("Demo orders skipped: no demo customer.")
            return
        if Order.objects.filter(customer=customer).exists():
            self.stdout.write("Demo orders: already there.")
            return
        variants = list(
            Variant.objects.filter(
                is_active=True,
                stock__gte=5,
                product__status=ProductStatus.PUBLISHED,
                product__cooperative__status="verified",
            )
            .select_related("product")
            .order_by("product__cooperative_id", "pk")
        )
        by_cooperative: dict[int, Variant] = {}
        for variant in variants:
            by_cooperative.setdefault(variant.product.cooperative_id, variant)
        picks = list(by_cooperative.values())[:2]
        if len(picks) < 2:
            self.stdout.write("Demo orders skipped: not enough products in stock.")
            return
        with transaction.atomic():
            delivered = self._place(customer, [(picks[0], 2), (picks[1], 1)], "demo-order-1")
            for part in delivered.parts.order_by("pk"):
                for action, data in (
                    ("confirm", {}),
                    ("ship", {"carrier": "Amana", "tracking_number": "RR000000001MA"}),
                    ("deliver", {}),
                ):
                    services.part_transition(
                        part=part, action=action, actor=Actor.COOPERATIVE, user=None, data=data
                    )
            paid = self._place(customer, [(picks[1], 1)], "demo-order-3", payment_method="card")
            payment_capture(
                payment=Payment.objects.get(order=paid),
                amount=paid.total,
                provider_reference=f"DEMO-{paid.number}",
                data={"demo": "paid through the simulator's approved test card"},
            )
            waiting = self._place(customer, [(picks[0], 1)], "demo-order-2")
        self.stdout.write(
            f"Demo orders: {delivered.number} (delivered), {paid.number} "
            f"(paid by card) and {waiting.number} (to confirm)."
        )

    def _place(
        self,
        customer: User,
        items: list[tuple[Variant, int]],
        key: str,
        payment_method: str = "cod",
    ) -> Order:
        cart = services.cart_get_or_create(user=customer, token=None)
        for variant, quantity in items:
            services.cart_add(cart=cart, variant_id=variant.pk, quantity=quantity)
        placement = services.order_place(
            cart=cart,
            customer=customer,
            details=services.checkout_details_clean(ADDRESS),
            delivery_methods={},
            payment_method=payment_method,
            idempotency_key=f"{key}-{customer.pk:08d}",
            consent=True,
            language="fr",
        )
        return placement.order
