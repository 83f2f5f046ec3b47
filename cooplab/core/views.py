from __future__ import annotations

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.i18n import set_language as django_set_language


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache() -> str:
    key = "healthz:probe"
    cache.set(key, "1", 10)
    return "ok" if cache.get(key) == "1" else "error"


def _check_tasks() -> dict[str, object]:
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.filter(status="READY").count()
    return {"status": "ok", "backend": "database", "ready": ready}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and readiness: 200 when the database answers, 503 otherwise."""
    started = time.monotonic()
    checks: dict[str, object] = {}
    healthy = True
    try:
        checks["database"] = {"status": _check_database(), "vendor": connection.vendor}
    except Exception as exc:  # noqa: BLE001 - report, don't crash the probe
        checks["database"] = {"status": "error", "error": exc.__class__.__name__}
        healthy = False
    try:
        checks["cache"] = {
            "status": _check_cache(),
            "backend": "redis" if settings.REDIS_URL else "local-memory",
        }
    except Exception as exc:  # noqa: BLE001
        checks["cache"] = {"status": "error", "error": exc.__class__.__name__}
        healthy = False
    if healthy and settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend":
        try:
            checks["tasks"] = _check_tasks()
        except Exception as exc:  # noqa: BLE001
            checks["tasks"] = {"status": "error", "error": exc.__class__.__name__}
            healthy = False
    payload = {
        "status": "ok" if healthy else "error",
        "checks": checks,
        "duration_ms": round((time.monotonic() - started) * 1000, 1),
    }
    return JsonResponse(payload, status=200 if healthy else 503)


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, made to translate `next` whatever language the browser prefers.

    Django resolves `next` in the *active* language, which for this URL (outside the language
    prefixes) comes from the cookie or Accept-Language. A French page viewed from an English
    browser would then not be recognised and the visitor would stay on the French page.
    """
    next_url = request.POST.get("next", "")
    page_language = translation.get_language_from_path(urlsplit(next_url).path)
    with translation.override(page_language or translation.get_language()):
        return django_set_language(request)
