"""Payout pages: staff batches and approvals, the cooperative's finance page."""

from __future__ import annotations

from django.urls import URLPattern, path  # noqa: F401

app_name = "payouts"

urlpatterns: list[URLPattern] = []
