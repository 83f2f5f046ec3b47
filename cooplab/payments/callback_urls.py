"""Gateway callbacks (server to server, outside the language prefix)."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401

app_name = "payments_callback"

urlpatterns: list[URLPattern] = []
