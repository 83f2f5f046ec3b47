"""Catalogue test data, built through the services (product_create, product_publish,
product_image_add) so that derived fields, search documents and renditions are real. All data
is fictional."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from cooplab.accounts.models import User
from cooplab.catalog import services
from cooplab.catalog.categories import categories_sync
from cooplab.catalog.models import Category, Product, ProductStatus
from cooplab.cooperatives.models import Certification, Cooperative
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of

_numbers = itertools.count(1)

DEFAULT_VARIANTS: list[dict[str, Any]] = [
    {"label": "250 g", "quantity": "250", "unit": "g", "price": "120.00", "stock": 10}
]
PRODUCT_FIELDS = frozenset(
    {
        "name_fr",
        "name_ar",
        "name_en",
        "name_zgh",
        "description_fr",
        "description_ar",
        "description_en",
        "description_zgh",
        "origin_region",
        "perishable",
        "onssa_number",
        "harvest_date",
        "best_before",
    }
)


def png_upload(
    size: tuple[int, int] = (800, 600), color: str = "olive", name: str = "photo.png"
) -> SimpleUploadedFile:
    """A generated PNG, as a phone would upload it."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def published_product(cooperative: Cooperative | None = None, **kwargs: Any) -> Product:
    """A product of ``cooperative`` (default: a new verified one) made by its manager through
    the services, then published.

    Keyword arguments: ``name`` (the French name, shown on English pages too unless ``name_en``
    is given; ``name_ar`` and the other product
    fields are passed through), ``category`` (slug or Category, default "miel"), ``variants``
    (list of dicts for variant_save, stock included), ``labels`` (Certifications of the
    cooperative), ``images`` (how many generated photos, default 1), ``image_size``,
    ``actor`` and ``status`` (default published; "draft", "pending_review" or "archived" give
    a product the public must not see).
    """
    cooperative = cooperative if cooperative is not None else CooperativeFactory.create()
    actor: User = kwargs.pop("actor", None) or manager_of(cooperative)
    number = next(_numbers)
    category = kwargs.pop("category", "miel")
    if not isinstance(category, Category):
        if not Category.objects.filter(slug=category).exists():
            # A transactional test emptied the tables, seeded categories included.
            categories_sync(Category)
        category = Category.objects.get(slug=category)
    status = kwargs.pop("status", ProductStatus.PUBLISHED)
    variants = kwargs.pop("variants", DEFAULT_VARIANTS)
    labels: list[Certification] = kwargs.pop("labels", [])
    image_count: int = kwargs.pop("images", 1)
    image_size: tuple[int, int] = kwargs.pop("image_size", (800, 600))
    data: dict[str, Any] = {
        "name_fr": kwargs.pop("name", f"Miel de thym {number}"),
        "name_ar": f"عسل الزعتر {number}",
        # No English name by default: English pages fall back to the French one.
        "name_en": "",
        "description_fr": "Récolté dans l'Atlas par les membres de la coopérative.",
        "origin_region": "MA-09",
        "onssa_number": f"ONSSA-{number:05d}",
        "harvest_date": dt.date(2025, 6, 1),
        "best_before": dt.date(2027, 6, 1),
        "category": category,
    }
    unknown = set(kwargs) - PRODUCT_FIELDS
    if unknown:
        raise TypeError(f"published_product() got unexpected arguments: {sorted(unknown)}")
    data.update(kwargs)

    product = services.product_create(
        cooperative=cooperative, actor=actor, data=data, variants=list(variants)
    )
    if labels:
        services.product_set_labels(
            product=product, actor=actor, certification_ids=[label.pk for label in labels]
        )
    for index in range(image_count):
        services.product_image_add(
            product=product,
            actor=actor,
            upload=png_upload(image_size),
            alt=f"{data['name_fr']}, photo {index + 1}",
        )
    if status != ProductStatus.DRAFT:
        services.product_publish(product=product, actor=actor)
    if status == ProductStatus.ARCHIVED:
        services.product_archive(product=product, actor=actor)
    elif status == ProductStatus.PENDING_REVIEW:
        # As with CATALOG_MODERATION on: sent for moderation, not yet approved.
        Product.objects.filter(pk=product.pk).update(
            status=ProductStatus.PENDING_REVIEW, published_at=None
        )
    product.refresh_from_db()
    return product
