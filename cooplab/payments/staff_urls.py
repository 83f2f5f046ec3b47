"""Staff finance pages: transfers, refunds, cash-on-delivery remittances, ledger."""

from __future__ import annotations

from django.urls import path

from . import staff_views as views

app_name = "finance"

urlpatterns = [
    path("staff/finance/", views.overview, name="overview"),
    path("staff/finance/cash/", views.cod_overview, name="cod"),
    path("staff/finance/cash/remittances/", views.remittance_record, name="remittance_record"),
    path(
        "staff/finance/cash/remittances/<int:remittance_id>/resolve/",
        views.remittance_resolve,
        name="remittance_resolve",
    ),
    path("staff/finance/refunds/", views.refund_list, name="refunds"),
    path("staff/finance/refunds/<int:refund_id>/paid/", views.refund_paid, name="refund_paid"),
    path(
        "staff/finance/orders/<str:number>/transfer/",
        views.transfer_received,
        name="transfer_received",
    ),
]
