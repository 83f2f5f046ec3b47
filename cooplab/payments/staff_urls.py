"""Staff finance pages: transfers, refunds, cash-on-delivery remittances, ledger."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401

app_name = "finance"

urlpatterns: list[URLPattern] = []
