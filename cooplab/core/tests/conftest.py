from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Unit tests of core helpers compare messages in English, the source language."""
    with translation.override("en"):
        yield
