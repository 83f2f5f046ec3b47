from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page


@pytest.fixture
def site(live_server: Any, transactional_db: None) -> str:
    """The live server's base URL; the database is real (transactional) for browser tests."""
    return str(live_server.url)


@pytest.fixture
def page(page: Page) -> Page:
    page.set_default_timeout(15_000)
    return page
