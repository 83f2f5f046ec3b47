"""Gateway callbacks (server to server, outside the language prefix)."""

from __future__ import annotations

from django.urls import URLPattern, path

from . import card_views

app_name = "payments_callback"

urlpatterns: list[URLPattern] = [
    path("cmi/callback/", card_views.cmi_callback, name="cmi"),
]
