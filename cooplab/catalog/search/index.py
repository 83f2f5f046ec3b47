"""Build and store a product's search document. Called by the product services whenever
something searchable changes (names, descriptions, category, cooperative, status)."""

from __future__ import annotations

from django.conf import settings

from cooplab.core.regions import get_region

from ..models import Product, ProductSearchDocument
from ..versioning import catalogue_changed
from . import backends
from .normalize import normalize_text


def build_document(product: Product) -> str:
    parts: list[str] = []
    for language in settings.MODELTRANSLATION_LANGUAGES:
        parts.append(getattr(product, f"name_{language}", "") or "")
    # Names count twice: a match in the name ranks above one in the description.
    parts += parts
    for language in settings.MODELTRANSLATION_LANGUAGES:
        parts.append(getattr(product, f"description_{language}", "") or "")
        parts.append(getattr(product.category, f"name_{language}", "") or "")
        parts.append(getattr(product.cooperative, f"name_{language}", "") or "")
    if product.origin_region:
        region = get_region(product.origin_region)
        parts += list(region.names.values())
    return normalize_text(" ".join(parts))


def product_reindex(product: Product) -> None:
    document = build_document(product)
    ProductSearchDocument.objects.update_or_create(product=product, defaults={"document": document})
    backends.index_document(product.pk, document)
    catalogue_changed()
