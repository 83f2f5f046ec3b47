"""Demo history for the finance pages (`make run`): the demo customer's delivered cash orders
were delivered weeks ago, the carrier remitted the cash, the withdrawal period is over, and the
last payout batch holds them as drafts for staff to approve. Only timestamps are moved; every
money event goes through the services. Idempotent: does nothing once a payout exists. Called by
`seed_demo` by name, after `seed_demo_orders`."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from cooplab.ledger.postings import carrier_code
from cooplab.orders.models import CooperativeOrder, CooperativeOrderStatus
from cooplab.orders.services import parts_complete
from cooplab.payments.cod import remittance_record
from cooplab.payouts.models import Payout
from cooplab.payouts.selectors import current_period, period_start
from cooplab.payouts.services import batch_create

DEMO_CUSTOMER = "client@demo.example"


class Command(BaseCommand):
    help = "Age the demo customer's delivered orders and create the payout drafts (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        if Payout.objects.exists():
            self.stdout.write("Demo payouts: already there.")
            return
        parts = list(
            CooperativeOrder.objects.filter(
                order__email=DEMO_CUSTOMER,
                order__payment_method="cod",
                delivery_method="home",
                status=CooperativeOrderStatus.DELIVERED,
            ).order_by("pk")
        )
        if not parts:
            self.stdout.write("Demo payouts skipped: no delivered demo order.")
            return
        period = current_period()
        delivered_at = period_start(period) - timedelta(days=10)
        closed_at = delivered_at + timedelta(days=8)
        ids = [part.pk for part in parts]
        with transaction.atomic():
            CooperativeOrder.objects.filter(pk__in=ids).update(delivered_at=delivered_at)
            parts_complete(now=closed_at)
            CooperativeOrder.objects.filter(pk__in=ids).update(closed_at=closed_at)
            for carrier in sorted({part.carrier for part in parts}):
                mine = [part for part in parts if part.carrier == carrier]
                remittance_record(
                    carrier_code=carrier_code(carrier),
                    amount_received=sum((part.total for part in mine), Decimal("0.00")),
                    received_on=(delivered_at + timedelta(days=3)).date(),
                    bank_reference=f"{carrier.upper()}-DEMO-0001",
                    part_ids=[part.pk for part in mine],
                    note="Demo remittance",
                    user=None,
                )
            created = batch_create(period=period)
        self.stdout.write(f"Demo payouts: {len(created)} draft(s) for {period.isoformat()}.")
