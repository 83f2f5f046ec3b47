"""Load (or refresh) the starter course from `cooplab.learning.content.digital_transformation`.

Idempotent: running it again updates the course in place and keeps learners' progress; it is
re-published as a new version only when the content changed."""

from __future__ import annotations

import importlib
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from cooplab.learning.demo import seed_learning_demo
from cooplab.learning.loader import course_load

DEFAULT_MODULE = "cooplab.learning.content.digital_transformation"


class Command(BaseCommand):
    help = "Load or refresh the starter course (idempotent)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--module", default=DEFAULT_MODULE, help="Dotted path of a module with COURSE."
        )
        parser.add_argument(
            "--demo",
            action="store_true",
            help="Also give the demo trainer a cohort (demo member and manager) and a session.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            content = importlib.import_module(options["module"])
        except ImportError:
            self.stdout.write(
                self.style.WARNING(
                    f"Starter course not loaded: {options['module']} is not available yet."
                )
            )
            return
        course_data = getattr(content, "COURSE", None)
        if not isinstance(course_data, dict):
            raise CommandError(f"{options['module']} has no COURSE dict.")
        report = course_load(course_data)
        assert report.course is not None  # noqa: S101 - course_load always sets it
        state = "created" if report.created else ("updated" if report.changed else "unchanged")
        version = (
            f", published as version {report.published_version}" if report.published_version else ""
        )
        self.stdout.write(f"Starter course “{report.course.slug}” {state}{version}.")
        for path in report.placeholders:
            self.stdout.write(
                f"  audio {path} is missing: a generated placeholder tone stands in for it."
            )
        if options["demo"]:
            with transaction.atomic():
                seed_learning_demo(course=report.course, say=self.stdout.write)
