"""Reads of the catalogue: the public search with facets, product pages, back-office lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone

from cooplab.cooperatives.models import Certification, Cooperative, CooperativeStatus
from cooplab.core.money import to_money
from cooplab.ledger.commission import HUNDRED, split_amount
from cooplab.ledger.selectors import commission_rate_for

from .models import Category, Product, ProductImage, ProductStatus, Variant
from .search.backends import search_filter
from .versioning import catalogue_version

# Bounded staleness for changes the catalogue services don't see (a cooperative suspended).
FACETS_CACHE_SECONDS = 300
NEWEST = ("-published_at", "-id")
SORTS: dict[str, tuple[str, ...] | None] = {
    "relevance": None,
    "newest": NEWEST,
    "price_asc": ("price_from", "id"),
    "price_desc": ("-price_from", "-id"),
}


@dataclass(frozen=True)
class ProductFilters:
    query: str = ""
    category: str = ""  # slug; includes its sub-categories
    region: str = ""
    cooperative: str = ""  # slug
    label: str = ""  # LabelKind value
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    women_only: bool = False
    in_stock: bool = False
    sort: str = "relevance"


@dataclass
class ProductSearchResult:
    products: QuerySet[Product]
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _current_labels() -> QuerySet[Certification]:
    return Certification.objects.filter(expires_on__gte=timezone.localdate())


def public_products() -> QuerySet[Product]:
    """Visible to the public: published, by a verified cooperative."""
    return Product.objects.filter(
        status=ProductStatus.PUBLISHED, cooperative__status=CooperativeStatus.VERIFIED
    )


def with_card_data(queryset: QuerySet[Product]) -> QuerySet[Product]:
    """Everything a product card shows, in a constant number of queries."""
    return queryset.select_related("cooperative", "category").prefetch_related(
        Prefetch("images", queryset=ProductImage.objects.order_by("position", "id")),
        Prefetch("labels", queryset=_current_labels(), to_attr="current_labels"),
    )


def _category_slugs(slug: str) -> list[str]:
    category = Category.objects.filter(slug=slug).first()
    if category is None:
        return []
    return [category.slug, *category.children.values_list("slug", flat=True)]


def product_search(*, filters: ProductFilters, with_facets: bool = True) -> ProductSearchResult:
    queryset = public_products()
    if filters.query.strip():
        queryset = search_filter(queryset, filters.query)
    if filters.category:
        queryset = queryset.filter(category__slug__in=_category_slugs(filters.category))
    if filters.region:
        queryset = queryset.filter(origin_region=filters.region)
    if filters.cooperative:
        queryset = queryset.filter(cooperative__slug=filters.cooperative)
    if filters.label:
        queryset = queryset.filter(
            labels__in=_current_labels().filter(kind=filters.label)
        ).distinct()
    if filters.price_min is not None:
        queryset = queryset.filter(price_from__gte=filters.price_min)
    if filters.price_max is not None:
        queryset = queryset.filter(price_from__lte=filters.price_max)
    if filters.women_only:
        queryset = queryset.filter(cooperative__women_only=True)
    if filters.in_stock:
        queryset = queryset.filter(in_stock=True)
    facets = cached_product_facets(queryset, filters) if with_facets else {}
    order: tuple[str, ...] | None = SORTS.get(filters.sort)
    if order is None:
        has_rank = filters.query.strip() and "search_rank" in queryset.query.annotations
        order = ("-search_rank", "-published_at", "-id") if has_rank else NEWEST
    return ProductSearchResult(products=with_card_data(queryset.order_by(*order)), facets=facets)


def cached_product_facets(
    queryset: QuerySet[Product], filters: ProductFilters
) -> dict[str, list[dict[str, Any]]]:
    """product_facets, cached per catalogue version and filters (sort and page don't matter).
    Counting over the whole catalogue costs tens of milliseconds at 10,000 products; most
    visitors ask the same few questions."""
    key_source = repr(dataclasses.replace(filters, sort=""))
    key = f"catalog:facets:{catalogue_version()}:{hashlib.sha256(key_source.encode()).hexdigest()}"
    facets = cache.get(key)
    if facets is None:
        facets = product_facets(queryset)
        cache.set(key, facets, FACETS_CACHE_SECONDS)
    return facets


def product_facets(queryset: QuerySet[Product]) -> dict[str, list[dict[str, Any]]]:
    """Counts per value within the current results (applying a value gives that count)."""
    ids = queryset.order_by().values("pk")
    base = Product.objects.filter(pk__in=ids)

    def counts(field_name: str) -> list[dict[str, Any]]:
        rows = (
            base.values(field_name).annotate(count=Count("pk", distinct=True)).order_by(field_name)
        )
        return [
            {"value": row[field_name], "count": row["count"]} for row in rows if row[field_name]
        ]

    labels = (
        _current_labels()
        .filter(products__in=ids)
        .values("kind")
        .annotate(count=Count("products", distinct=True))
        .order_by("kind")
    )
    # A parent category's count includes its sub-categories, as its filter does.
    categories = {c.pk: c for c in Category.objects.only("pk", "slug", "parent_id")}
    per_category: dict[str, int] = {}
    for row in base.values("category_id").annotate(count=Count("pk", distinct=True)):
        category = categories.get(row["category_id"])
        while category is not None:
            per_category[category.slug] = per_category.get(category.slug, 0) + row["count"]
            category = categories.get(category.parent_id) if category.parent_id else None
    return {
        "category": [{"value": slug, "count": n} for slug, n in sorted(per_category.items())],
        "region": counts("origin_region"),
        "cooperative": counts("cooperative__slug"),
        "label": [{"value": row["kind"], "count": row["count"]} for row in labels],
        "women_only": [{"value": True, "count": base.filter(cooperative__women_only=True).count()}],
        "in_stock": [{"value": True, "count": base.filter(in_stock=True).count()}],
    }


def product_public_detail(*, slug: str) -> Product:
    product = (
        with_card_data(public_products().filter(slug=slug))
        .select_related("category__parent")
        .prefetch_related(
            Prefetch(
                "variants",
                queryset=Variant.objects.filter(is_active=True).order_by("position", "id"),
            )
        )
        .first()
    )
    if product is None:
        raise Http404
    return product


def related_products(*, product: Product, limit: int = 4) -> QuerySet[Product]:
    """Newest products of the same category, then of the same cooperative. Two small indexed
    look-ups (an OR of both would scan the catalogue), then one query for the cards."""
    newest = ("-published_at", "-id")
    others = public_products().exclude(pk=product.pk)
    ids = list(
        others.filter(category_id=product.category_id)
        .order_by(*newest)
        .values_list("pk", flat=True)[:limit]
    )
    ids += [
        pk
        for pk in others.filter(cooperative_id=product.cooperative_id)
        .order_by(*newest)
        .values_list("pk", flat=True)[:limit]
        if pk not in ids
    ]
    return with_card_data(Product.objects.filter(pk__in=ids[:limit]).order_by(*newest))


def products_of_cooperative(*, cooperative: Cooperative) -> QuerySet[Product]:
    """All products of a cooperative (drafts included) for its back office."""
    return (
        Product.objects.filter(cooperative=cooperative)
        .select_related("category")
        .prefetch_related("variants", "images")
        .order_by("-updated_at", "-id")
    )


def cooperative_product(*, cooperative: Cooperative, product_id: Any) -> Product:
    """A product of this cooperative (after cooperative_for_member): 404 for any other."""
    product = (
        Product.objects.filter(cooperative=cooperative, public_id=product_id)
        .select_related("category", "cooperative")
        .first()
    )
    if product is None:
        raise Http404
    return product


def category_tree() -> list[Category]:
    return list(
        Category.objects.filter(parent__isnull=True)
        .prefetch_related("children")
        .order_by("position", "slug")
    )


def low_stock_variants(*, cooperative: Cooperative) -> QuerySet[Variant]:
    from django.db.models import F

    return (
        Variant.objects.filter(
            product__cooperative=cooperative,
            is_active=True,
            stock__lte=F("low_stock_threshold"),
        )
        .exclude(product__status=ProductStatus.ARCHIVED)
        .select_related("product")
    )


def moderation_queue() -> QuerySet[Product]:
    """Products waiting for staff moderation, oldest first."""
    return (
        Product.objects.filter(status=ProductStatus.PENDING_REVIEW)
        .select_related("cooperative", "category")
        .prefetch_related("images")
        .order_by("updated_at", "id")
    )


def product_for_staff(*, product_id: Any) -> Product:
    """Any product, for staff moderation (after require_cooperative_staff)."""
    product = (
        Product.objects.select_related("cooperative", "category")
        .filter(public_id=product_id)
        .first()
    )
    if product is None:
        raise Http404
    return product


@dataclass(frozen=True)
class CooperativeShare:
    """What part of a price the cooperative receives (the rest is the platform's commission)."""

    amount: Decimal
    #: The cooperative's share in percent, without trailing zeros (90, 87.5, 66.6667).
    percent: Decimal


def cooperative_share_of(
    *, product: Product, price: Decimal, at: dt.datetime | None = None
) -> CooperativeShare:
    """The cooperative's share of ``price`` for ``product`` at ``at`` (default now): the
    commission rate that checkout would fix (``commission_rate_for``), split as at checkout
    (``split_amount``: commission rounded half-up, the cooperative gets the rest).

    One query for the rules (two if ``product.category.parent`` is not loaded)."""
    rate = commission_rate_for(
        cooperative=product.cooperative,
        category=product.category,
        at=at or timezone.now(),
    )
    _commission, share = split_amount(to_money(price), Decimal(rate))
    percent = (HUNDRED - Decimal(rate)).quantize(Decimal("0.0001")).normalize()
    if percent == percent.to_integral_value():
        percent = percent.quantize(Decimal(1))
    return CooperativeShare(amount=share, percent=percent)
