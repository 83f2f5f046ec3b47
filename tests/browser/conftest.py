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


@pytest.fixture
def login_as(site: str) -> Any:
    """Sign a browser context in as `user` (the log-in form itself is tested elsewhere)."""
    from django.conf import settings
    from django.test import Client
    from playwright.sync_api import BrowserContext

    def _login(context: BrowserContext, user: Any) -> None:
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": site}])

    return _login
