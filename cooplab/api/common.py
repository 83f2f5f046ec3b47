"""Helpers shared by the API routers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, overload

from cooplab.core.money import to_money


@overload
def money_text(value: Decimal) -> str: ...
@overload
def money_text(value: None) -> None: ...
def money_text(value: Decimal | None) -> str | None:
    """Money out: always a string with two decimals ("65.50"), whatever the database gave."""
    return None if value is None else str(to_money(value))


def translations(obj: Any, field: str, languages: tuple[str, ...]) -> dict[str, str | None]:
    """{language: value or None} of a modeltranslation field."""
    return {language: (getattr(obj, f"{field}_{language}", None) or None) for language in languages}
