"""Cooperative back office for products (being written)."""

from __future__ import annotations

import uuid

from django.http import Http404, HttpRequest, HttpResponse


def product_list(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    raise Http404


def product_create(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    raise Http404


def product_import(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    raise Http404


def product_export(request: HttpRequest, cooperative_id: uuid.UUID) -> HttpResponse:
    raise Http404


def product_edit(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    raise Http404


def product_action(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    raise Http404


def variant_save(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    raise Http404


def stock_adjust(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    raise Http404


def image_add(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> HttpResponse:
    raise Http404


def image_delete(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID, image_id: int
) -> HttpResponse:
    raise Http404
