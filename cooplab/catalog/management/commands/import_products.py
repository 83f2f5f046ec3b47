"""Import a cooperative's products from a CSV file: `manage.py import_products <slug> <file>`.

The same checks and the same all-or-nothing import as the back office page. With --dry-run the
file is only checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Q

from cooplab.accounts.models import User
from cooplab.catalog import importer
from cooplab.cooperatives.models import Cooperative


class Command(BaseCommand):
    help = "Import products of a cooperative from a CSV file (all rows or none)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("cooperative", help="address name (slug) of the cooperative")
        parser.add_argument("file", help="CSV file, UTF-8, separated by commas or semicolons")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and show what would be created"
        )
        parser.add_argument(
            "--actor", default="", help="email or phone of the person recorded as the author"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        cooperative = Cooperative.objects.filter(slug=options["cooperative"]).first()
        if cooperative is None:
            raise CommandError(f"No cooperative with the address name {options['cooperative']!r}.")
        actor = None
        if options["actor"]:
            actor = User.objects.filter(
                Q(email__iexact=options["actor"]) | Q(phone=options["actor"])
            ).first()
            if actor is None:
                raise CommandError(f"No user {options['actor']!r}.")
        path = Path(options["file"])
        try:
            with path.open("rb") as handle:
                content = handle.read(importer.MAX_BYTES + 1)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from exc
        plan = importer.plan_import(content=content, cooperative=cooperative)
        if plan.errors:
            for error in plan.errors:
                self.stderr.write(error)
            raise CommandError(f"{len(plan.errors)} problem(s) in the file: nothing imported.")
        for warning in plan.warnings:
            self.stdout.write(self.style.WARNING(warning))
        summary = f"{len(plan.products)} product(s) with {plan.variant_count} size(s)"
        if options["dry_run"]:
            for product in plan.products:
                sizes = ", ".join(f"{v.label} ({v.price} DH, {v.stock})" for v in product.variants)
                self.stdout.write(
                    f"row {product.row}: {product.name} [{product.category.slug}]: {sizes}"
                )
            self.stdout.write(self.style.SUCCESS(f"Dry run: {summary} would be imported."))
            return
        try:
            importer.import_plan(plan=plan, cooperative=cooperative, actor=actor, source=path.name)
        except ValidationError as error:
            for message in error.messages:
                self.stderr.write(message)
            raise CommandError("Nothing imported.") from error
        self.stdout.write(self.style.SUCCESS(f"Imported {summary} as drafts."))
