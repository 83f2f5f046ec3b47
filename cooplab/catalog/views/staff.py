"""Staff moderation of products (being written)."""

from __future__ import annotations

import uuid

from django.http import Http404, HttpRequest, HttpResponse


def moderation_queue(request: HttpRequest) -> HttpResponse:
    raise Http404


def moderate(request: HttpRequest, product_id: uuid.UUID) -> HttpResponse:
    raise Http404
