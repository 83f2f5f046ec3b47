"""Template helpers: money, phone numbers, regions, language switching."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.http import HttpRequest
from django.urls import translate_url

from cooplab.core.money import format_money
from cooplab.core.phone import format_phone
from cooplab.core.regions import get_region

register = template.Library()


@register.filter(name="money")
def money_filter(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return format_money(amount)


@register.filter(name="phone")
def phone_filter(e164: str | None) -> str:
    return format_phone(e164) if e164 else ""


@register.filter(name="region_name")
def region_name_filter(code: str | None) -> str:
    if not code:
        return ""
    try:
        return get_region(code).name()
    except KeyError:
        return code


@register.simple_tag(takes_context=True)
def url_in_language(context: template.Context, language: str) -> str:
    """The current page in another language (for hreflang links and the switcher)."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return "/"
    return translate_url(request.get_full_path(), language)
