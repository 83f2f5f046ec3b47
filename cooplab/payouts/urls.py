"""Payout pages: staff batches and approvals, the cooperative's finance page."""

from __future__ import annotations

from django.urls import URLPattern, path

from . import views

app_name = "payouts"

urlpatterns: list[URLPattern] = [
    path("staff/payouts/", views.staff_list, name="staff_list"),
    path("staff/payouts/batch/", views.staff_batch, name="staff_batch"),
    path("staff/payouts/bank-file.csv", views.staff_bank_file, name="staff_bank_file"),
    path("staff/payouts/<str:number>/", views.staff_detail, name="staff_detail"),
    path("staff/payouts/<str:number>/action/", views.staff_action, name="staff_action"),
    path(
        "staff/payouts/<str:number>/statement.pdf",
        views.staff_statement_pdf,
        name="staff_statement_pdf",
    ),
    path(
        "staff/payouts/<str:number>/statement.csv",
        views.staff_statement_csv,
        name="staff_statement_csv",
    ),
    path("coop/<uuid:cooperative_id>/finance/", views.coop_finance, name="coop_finance"),
    path(
        "coop/<uuid:cooperative_id>/finance/bank-details/",
        views.coop_bank_details,
        name="coop_bank_details",
    ),
    path(
        "coop/<uuid:cooperative_id>/finance/payouts/<str:number>/statement.pdf",
        views.coop_statement_pdf,
        name="coop_statement_pdf",
    ),
    path(
        "coop/<uuid:cooperative_id>/finance/payouts/<str:number>/statement.csv",
        views.coop_statement_csv,
        name="coop_statement_csv",
    ),
]
