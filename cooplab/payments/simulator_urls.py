"""Mounted at /dev/cmi-simulator/ only when settings.CMI_SIMULATOR_ENABLED (config/urls.py)."""

from django.urls import path

from . import views

app_name = "cmi_simulator"

urlpatterns = [
    path("", views.gateway, name="gateway"),
    path("pay/", views.pay, name="pay"),
]
