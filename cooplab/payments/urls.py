"""Customer payment pages (card: pay, back from the gateway)."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401

app_name = "payments"

urlpatterns: list[URLPattern] = []
