"""Public catalogue pages (being written)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse


def product_list(request: HttpRequest) -> HttpResponse:
    raise Http404


def product_detail(request: HttpRequest, slug: str) -> HttpResponse:
    raise Http404
