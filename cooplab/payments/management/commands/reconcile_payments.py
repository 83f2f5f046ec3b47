"""List card payments that never received a final callback from CMI, and (--cancel-expired)
cancel those whose order is closed. Safe to run any time: one RECONCILE event per payment and
day, cancellations only through the payment services. The scheduler runs it hourly."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from cooplab.payments.card import reconcile_card_payments

COLUMNS = ("reference", "status", "amount", "age (min)", "attempts", "order parts", "action")


class Command(BaseCommand):
    help = "List card payments without a final callback; optionally cancel the expired ones."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--older-than",
            type=int,
            default=30,
            metavar="MINUTES",
            help="Only payments created at least this many minutes ago (default 30).",
        )
        parser.add_argument(
            "--cancel-expired",
            action="store_true",
            help="Cancel the payments whose order parts are all closed (expired, cancelled).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        rows = reconcile_card_payments(
            older_than_minutes=max(0, options["older_than"]),
            cancel_expired=options["cancel_expired"],
        )
        if not rows:
            self.stdout.write("No open card payments.")
            return
        table = [COLUMNS] + [
            (
                row.reference,
                row.status,
                row.amount,
                str(row.age_minutes),
                str(row.attempts),
                row.parts,
                "cancelled" if row.cancelled else ("checked" if row.recorded else "-"),
            )
            for row in rows
        ]
        widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
        for number, line in enumerate(table):
            cells = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
            self.stdout.write("  ".join(cells).rstrip())
            if number == 0:
                self.stdout.write("  ".join("-" * w for w in widths))
        cancelled = sum(row.cancelled for row in rows)
        self.stdout.write(f"{len(rows)} open card payment(s), {cancelled} cancelled.")
