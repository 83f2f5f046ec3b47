"""Customer payment pages (card: pay, back from the gateway)."""

from __future__ import annotations

from django.urls import URLPattern, path

from . import card_views

app_name = "payments"

urlpatterns: list[URLPattern] = [
    path("payments/<str:reference>/pay/", card_views.pay, name="pay"),
    path("payments/<str:reference>/paid/", card_views.return_ok, name="return_ok"),
    path("payments/<str:reference>/not-paid/", card_views.return_fail, name="return_fail"),
]
