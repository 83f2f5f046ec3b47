"""Read-only API of the public catalogue: published products of verified cooperatives only.

The same selectors as the public pages (product_search, product_public_detail, category_tree).
Money is in MAD, as strings with two decimals ("120.00"). Only what the product page shows is
exposed: never stock levels above the low-stock threshold, ONSSA files, audit data or drafts.
"""

# No `from __future__ import annotations` here: django-ninja builds its query and response
# models from these annotations at runtime.
import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from ninja import Field, Query, Router, Schema

from cooplab.api.common import money_text, translations
from cooplab.catalog.models import Category, Product, ProductImage, Variant
from cooplab.catalog.selectors import (
    ProductFilters,
    category_tree,
    product_public_detail,
    product_search,
)
from cooplab.cooperatives.models import Certification, LabelKind
from cooplab.core.regions import get_region

from .cooperatives import LabelOut, TranslatedText

MAX_LIMIT = 100
DEFAULT_LIMIT = 24
CONTENT_LANGUAGES = ("ar", "fr", "en", "zgh")
CATEGORY_LANGUAGES = ("ar", "fr", "en")
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"

router = Router(tags=["products"])
categories_router = Router(tags=["products"])


def _absolute(request: HttpRequest, url: str) -> str:
    return request.build_absolute_uri(url)


# Schemas ------------------------------------------------------------------------------------


class CategoryNames(Schema):
    ar: str | None
    fr: str | None
    en: str | None


class CategoryRef(Schema):
    slug: str
    names: CategoryNames

    @staticmethod
    def resolve_names(obj: Category) -> dict[str, str | None]:
        return translations(obj, "name", CATEGORY_LANGUAGES)


class CategoryOut(CategoryRef):
    children: list[CategoryRef]

    @staticmethod
    def resolve_children(obj: Category) -> list[Category]:
        return list(obj.children.all())


class CooperativeRef(Schema):
    slug: str
    name: str


class RegionOut(Schema):
    code: str = Field(examples=["MA-09"])
    name: str


class ImageOut(Schema):
    url: str = Field(description="The largest copy (WebP).")
    width: int
    height: int
    alt: str
    renditions: dict[str, str] = Field(
        description="Smaller WebP copies for srcset: width in pixels → URL.",
        examples=[{"320": "https://…/products/…-320.webp"}],
    )

    @staticmethod
    def resolve_url(obj: ProductImage, context: dict[str, Any]) -> str:
        return _absolute(context["request"], obj.image.url)

    @staticmethod
    def resolve_renditions(obj: ProductImage, context: dict[str, Any]) -> dict[str, str]:
        storage = obj.image.storage
        request: HttpRequest = context["request"]
        return {
            width: _absolute(request, storage.url(name))
            for width, name in sorted((obj.renditions or {}).items(), key=lambda item: int(item[0]))
            if width.isdigit() and name
        }


def _region(obj: Product) -> dict[str, str] | None:
    if not obj.origin_region:
        return None
    try:
        return {"code": obj.origin_region, "name": get_region(obj.origin_region).name()}
    except KeyError:
        return None


def _url(obj: Product) -> str:
    with translation.override("fr"):
        return reverse("catalog:product_detail", kwargs={"slug": obj.slug})


class ProductCardOut(Schema):
    slug: str
    name: str = Field(description="In the request's language (Accept-Language), else French.")
    names: TranslatedText
    category: CategoryRef
    cooperative: CooperativeRef
    women_cooperative: bool
    origin_region: RegionOut | None
    price_from: str | None = Field(examples=["120.00"])
    currency: str = "MAD"
    in_stock: bool
    labels: list[LabelOut] = Field(description="Current labels only (not expired).")
    image: ImageOut | None = Field(description="The first photo.")
    url: str = Field(description="The product page, French version.")

    @staticmethod
    def resolve_names(obj: Product) -> dict[str, str | None]:
        return translations(obj, "name", CONTENT_LANGUAGES)

    @staticmethod
    def resolve_women_cooperative(obj: Product) -> bool:
        return obj.cooperative.women_only

    @staticmethod
    def resolve_origin_region(obj: Product) -> dict[str, str] | None:
        return _region(obj)

    @staticmethod
    def resolve_price_from(obj: Product) -> str | None:
        return money_text(obj.price_from)

    @staticmethod
    def resolve_labels(obj: Product) -> list[Certification]:
        # Prefetched by the selectors: current certifications only.
        return list(getattr(obj, "current_labels", []))

    @staticmethod
    def resolve_image(obj: Product) -> ProductImage | None:
        images = list(obj.images.all())
        return images[0] if images else None

    @staticmethod
    def resolve_url(obj: Product) -> str:
        return _url(obj)


class UnitPriceOut(Schema):
    amount: str = Field(examples=["480.00"])
    unit: Literal["kg", "l"]


class VariantOut(Schema):
    label: str = Field(examples=["250 g"])
    sku: str
    quantity: str | None = Field(examples=["250.000"])
    unit: str
    price: str = Field(examples=["120.00"])
    compare_at_price: str | None = Field(description="Price before discount, if any.")
    unit_price: UnitPriceOut | None = Field(description="Per kilogram or per litre.")
    in_stock: bool
    only_left: int | None = Field(
        description="Units left when stock is low (as on the product page), else null."
    )

    @staticmethod
    def resolve_quantity(obj: Variant) -> str | None:
        return None if obj.quantity is None else str(obj.quantity)

    @staticmethod
    def resolve_price(obj: Variant) -> str:
        return f"{obj.price:.2f}"

    @staticmethod
    def resolve_compare_at_price(obj: Variant) -> str | None:
        return money_text(obj.compare_at_price)

    @staticmethod
    def resolve_unit_price(obj: Variant) -> dict[str, str] | None:
        unit_price = obj.unit_price
        if unit_price is None:
            return None
        return {"amount": f"{unit_price[0]:.2f}", "unit": unit_price[1]}

    @staticmethod
    def resolve_in_stock(obj: Variant) -> bool:
        return obj.stock > 0

    @staticmethod
    def resolve_only_left(obj: Variant) -> int | None:
        return obj.stock if 0 < obj.stock and obj.is_low else None


class ProductDetailOut(ProductCardOut):
    descriptions: TranslatedText
    perishable: bool
    withdrawal_allowed: bool = Field(
        description="Law 31-08: 7-day right of withdrawal after delivery (not for perishable "
        "or personalised goods)."
    )
    onssa_number: str
    harvest_date: dt.date | None
    best_before: dt.date | None
    images: list[ImageOut]
    variants: list[VariantOut] = Field(description="Active sizes, in the cooperative's order.")

    @staticmethod
    def resolve_descriptions(obj: Product) -> dict[str, str | None]:
        return translations(obj, "description", CONTENT_LANGUAGES)

    @staticmethod
    def resolve_images(obj: Product) -> list[ProductImage]:
        return list(obj.images.all())

    @staticmethod
    def resolve_variants(obj: Product) -> list[Variant]:
        return list(obj.variants.all())


class FacetCount(Schema):
    value: str
    count: int


class FacetsOut(Schema):
    category: list[FacetCount] = Field(
        description="Per category slug; a parent counts its sub-categories too."
    )
    region: list[FacetCount]
    cooperative: list[FacetCount] = Field(description="Per cooperative slug.")
    label: list[FacetCount]
    women_only: int = Field(description="Products of women's cooperatives.")
    in_stock: int


class ProductListOut(Schema):
    items: list[ProductCardOut]
    count: int
    facets: FacetsOut = Field(description="Counts within the current results.")


class ProductQuery(Schema):
    q: str = Field("", max_length=100, description="Words of a name or description (ar, fr).")
    category: str | None = Field(
        None, max_length=80, pattern=SLUG_PATTERN, description="Includes sub-categories."
    )
    region: str | None = Field(None, pattern=r"^MA-(0[1-9]|1[0-2])$", examples=["MA-09"])
    cooperative: str | None = Field(None, max_length=80, pattern=SLUG_PATTERN)
    label: LabelKind | None = Field(None, description="Only products with this current label.")
    price_min: Decimal | None = Field(None, ge=0, max_digits=10, decimal_places=2)
    price_max: Decimal | None = Field(None, ge=0, max_digits=10, decimal_places=2)
    women: bool = Field(False, description="Only products of women's cooperatives.")
    in_stock: bool = False
    sort: Literal["relevance", "newest", "price_asc", "price_desc"] = "relevance"
    limit: int = Field(DEFAULT_LIMIT, ge=1, description="At most 100 (larger values are capped).")
    offset: int = Field(0, ge=0)


def _facet_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"value": str(row["value"]), "count": row["count"]} for row in rows]


def _flag(rows: list[dict[str, Any]]) -> int:
    return int(rows[0]["count"]) if rows else 0


# Routes -------------------------------------------------------------------------------------


@router.get("", response=ProductListOut, summary="Published products")
def product_list(request: HttpRequest, filters: Query[ProductQuery]) -> dict[str, Any]:
    """Published products of verified cooperatives, with facet counts; `limit` is capped at 100."""
    result = product_search(
        filters=ProductFilters(
            query=" ".join("".join(ch for ch in filters.q if ch.isprintable()).split()),
            category=filters.category or "",
            region=filters.region or "",
            cooperative=filters.cooperative or "",
            label=filters.label or "",
            price_min=filters.price_min,
            price_max=filters.price_max,
            women_only=filters.women,
            in_stock=filters.in_stock,
            sort=filters.sort,
        )
    )
    limit = min(filters.limit, MAX_LIMIT)
    products: QuerySet[Product] = result.products
    facets = result.facets
    return {
        "items": list(products[filters.offset : filters.offset + limit]),
        "count": products.count(),
        "facets": {
            "category": _facet_rows(facets["category"]),
            "region": _facet_rows(facets["region"]),
            "cooperative": _facet_rows(facets["cooperative"]),
            "label": _facet_rows(facets["label"]),
            "women_only": _flag(facets["women_only"]),
            "in_stock": _flag(facets["in_stock"]),
        },
    }


@router.get("/{slug}", response=ProductDetailOut, summary="One published product")
def product_detail(request: HttpRequest, slug: str) -> Product:
    """404 for an unknown slug, a product that is not published, or a cooperative that is not
    verified."""
    return product_public_detail(slug=slug)


@categories_router.get("", response=list[CategoryOut], summary="The category tree")
def category_list(request: HttpRequest) -> list[Category]:
    """Top-level categories in display order, each with its sub-categories."""
    return category_tree()
