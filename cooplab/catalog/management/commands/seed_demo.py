"""Load demo data: cooperatives with members and labels, one user per role, and the demo
catalogue (products with a photo each). Idempotent: running it again refreshes the same rows and
creates no duplicates (a demo product is created only when its slug does not exist yet, so stock
is never added twice).

`--products N --cooperatives M` also builds a large benchmark catalogue (M verified cooperatives
"bench-coop-<n>" sharing N published products, indexed for search, without photos)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from cooplab.accounts.models import User
from cooplab.accounts.roles import EXPERTS_GROUP, STAFF_GROUP, TRAINERS_GROUP, role_group
from cooplab.catalog.demo import seed_demo_products, seed_large_catalogue
from cooplab.cooperatives.demo_data import COOPERATIVES, validate_demo_data
from cooplab.cooperatives.models import Cooperative, MembershipRole
from cooplab.cooperatives.services import cooperative_upsert_demo, membership_ensure
from cooplab.core.rib import rib_key

DEMO_PASSWORD = "cooplab-demo-2026"  # noqa: S105 - printed on purpose: demo accounts only


def _demo_user(
    *,
    email: str | None = None,
    phone: str | None = None,
    first_name: str,
    last_name: str,
    language: str = "fr",
    is_staff: bool = False,
    is_superuser: bool = False,
) -> User:
    lookup = {"email": email} if email else {"phone": phone}
    user = User.objects.filter(**lookup).first()
    if user is None:
        user = User.objects.create_user(email=email, phone=phone, password=DEMO_PASSWORD)
    user.first_name = first_name
    user.last_name = last_name
    user.preferred_language = language
    user.is_staff = is_staff
    user.is_superuser = is_superuser
    if phone:
        user.phone = phone
        user.phone_verified = True
    user.save()
    return user


class Command(BaseCommand):
    help = "Load demo data (idempotent). Refuses to run with DEBUG off unless --force."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off.")
        parser.add_argument("--quiet-logins", action="store_true", help="Do not print logins.")
        parser.add_argument(
            "--products",
            type=int,
            default=0,
            metavar="N",
            help="Also build a benchmark catalogue of N published products (no photos).",
        )
        parser.add_argument(
            "--cooperatives",
            type=int,
            default=None,
            metavar="M",
            help="Verified benchmark cooperatives sharing those products (default: N / 100).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError("seed_demo loads demo accounts: use --force outside development.")
        products, cooperatives = options["products"], options["cooperatives"]
        if products < 0 or (cooperatives is not None and cooperatives < 0):
            raise CommandError("--products and --cooperatives take a number of 0 or more.")
        if cooperatives is None:
            cooperatives = max(1, products // 100) if products else 0
        if products and not cooperatives:
            raise CommandError("Benchmark products need at least one cooperative.")
        validate_demo_data()
        logins = self._seed()
        self._seed_learning()
        catalogue = seed_demo_products()
        self.stdout.write(
            f"Demo catalogue: {catalogue.created} products created"
            f" ({catalogue.published} published), {catalogue.skipped} already there."
        )
        # Through the orders app's own command: the catalogue never imports orders.
        call_command("seed_demo_orders", stdout=self.stdout)
        call_command("seed_demo_payouts", stdout=self.stdout)
        if products or cooperatives:
            large = seed_large_catalogue(products=products, cooperatives=cooperatives)
            self.stdout.write(
                f"Benchmark catalogue: {large.cooperatives_created} cooperatives and"
                f" {large.products_created} products created in {large.seconds:.1f} s."
            )
        if not options["quiet_logins"]:
            self.stdout.write(
                self.style.SUCCESS(f"Demo data ready. Demo logins (password: {DEMO_PASSWORD}):")
            )
            for role, login in logins:
                self.stdout.write(f"  {role:<22} {login}")
            self.stdout.write("  (staff must set up an authenticator app at first log-in)")

    def _seed_learning(self) -> None:
        """The starter course (skipped with a message while its content module does not exist
        yet), the demo trainer's cohort and a live session. Through the learning app's own
        command: the catalogue never imports the learning app."""
        call_command("load_starter_course", "--demo", stdout=self.stdout)

    @transaction.atomic
    def _seed(self) -> list[tuple[str, str]]:
        cooperatives: list[Cooperative] = []
        manager_login = ""
        for data in COOPERATIVES:
            cooperative = cooperative_upsert_demo(data=dict(data))
            if not cooperative.rib:
                # A made-up account with a valid key, so that demo payouts can be approved.
                first_22 = f"007780{len(cooperatives) + 1:016d}"
                cooperative.rib = first_22 + rib_key(first_22)
                cooperative.bank_name = "Banque de démonstration"
                cooperative.account_holder = cooperative.name
                cooperative.save(update_fields=["rib", "bank_name", "account_holder"])
            cooperatives.append(cooperative)
            manager_data = data["manager"]
            manager = _demo_user(
                email=manager_data["email"],
                phone=manager_data["phone"],
                first_name=manager_data["first_name"],
                last_name=manager_data["last_name"],
            )
            membership_ensure(cooperative=cooperative, user=manager, role=MembershipRole.MANAGER)
            if not manager_login and cooperative.status == "verified":
                manager_login = manager_data["email"]

        women_coop = next(c for c in cooperatives if c.women_only and c.status == "verified")
        member = _demo_user(
            phone="+212661000002",
            first_name="Fadma",
            last_name="Ait Brahim",
            language="ar",
        )
        membership_ensure(cooperative=women_coop, user=member, role=MembershipRole.MEMBER)

        _demo_user(email="client@demo.example", first_name="Salma", last_name="Bennani")
        trainer = _demo_user(
            email="formatrice@demo.example", first_name="Khadija", last_name="Ouali"
        )
        trainer.groups.add(role_group(TRAINERS_GROUP))
        expert = _demo_user(email="expert@demo.example", first_name="Youssef", last_name="Amrani")
        expert.groups.add(role_group(EXPERTS_GROUP))
        staff = _demo_user(
            email="staff@demo.example",
            first_name="Nadia",
            last_name="El Idrissi",
            is_staff=True,
            is_superuser=True,
        )
        staff.groups.add(role_group(STAFF_GROUP))
        return [
            ("customer", "client@demo.example"),
            ("cooperative manager", manager_login),
            ("cooperative member", "06 61 00 00 02 (phone login)"),
            ("trainer", "formatrice@demo.example"),
            ("expert", "expert@demo.example"),
            ("staff", "staff@demo.example"),
        ]
