from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache():
    response = Client().get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_is_503_when_database_fails(monkeypatch):
    from cooplab.core import views

    def broken() -> str:
        raise OSError("database down")

    monkeypatch.setattr(views, "_check_database", broken)
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == {"status": "error", "error": "OSError"}


def test_healthz_refuses_writes():
    assert Client().post("/healthz").status_code == 405
