"""Enqueue the scheduled jobs that are due (settings.SCHEDULED_TASKS). Run it from cron every few
minutes, or with --loop next to the task worker (as `make run` does)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from cooplab.core.scheduler import run_due_jobs


class Command(BaseCommand):
    help = "Enqueue due scheduled jobs (daily ones once a day, periodic ones once per slot)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--loop", action="store_true", help="Keep running.")
        parser.add_argument("--interval", type=int, default=300, help="Seconds between checks.")

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            for name in run_due_jobs():
                self.stdout.write(f"enqueued {name}")
            if not options["loop"]:
                return
            time.sleep(options["interval"])
