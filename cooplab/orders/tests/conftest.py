from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Service errors are compared in English, the source language; pages and messages
    choose their own language (the URL prefix, the order's language)."""
    with translation.override("en"):
        yield
