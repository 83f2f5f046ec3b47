"""Shared fixtures. Factories live next to each app in tests/factories.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from cooplab.core.sms import LocmemSMSBackend

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(autouse=True)
def _clean_outboxes_and_cache(settings: Any) -> Iterator[None]:
    from django.conf import settings as django_settings
    from django.core.cache import cache
    from django.utils import translation

    cache.clear()  # rate-limit counters must not leak from one test to the next
    LocmemSMSBackend.outbox.clear()
    # Each test starts in the default language, whatever language an earlier request left
    # active in this thread (the order of tests differs between xdist workers and runs).
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    LocmemSMSBackend.outbox.clear()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium, never a downloaded browser, with no background networking."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    # A cheap Android phone's screen.
    return {**browser_context_args, "viewport": {"width": 390, "height": 800}}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # Playwright's sync API runs an event loop in the test thread; the ORM calls that
            # browser tests make to set up data are synchronous and safe there.
            os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
