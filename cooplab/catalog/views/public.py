"""Public catalogue: the product list with filters and facet counts, and product pages.

Published products of verified cooperatives only (the selectors see to it). Light pages that
need no JavaScript; views parse the query string, call the selectors and render. Every page
runs a fixed number of queries whatever the number of products, variants or photos.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET

from cooplab.cooperatives.models import Cooperative, LabelKind
from cooplab.cooperatives.views.public import OG_LOCALES, TRUE_VALUES
from cooplab.core.regions import REGION_CODES, get_region

from ..models import Category, Product, ProductImage, Unit, Variant
from ..selectors import (
    SORTS,
    ProductFilters,
    category_tree,
    cooperative_share_of,
    product_public_detail,
    product_search,
    related_products,
)

PAGE_SIZE = 24
MAX_QUERY_LENGTH = 100
MAX_PRICE = Decimal("100000000")
OG_DESCRIPTION_LENGTH = 200
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")
# What the browser downloads: a card is half the screen on a phone, a third on a tablet and
# about 16rem on a desktop; the product photo is the full width on a phone.
CARD_IMAGE_SIZES = "(min-width: 68rem) 16rem, (min-width: 40rem) 33vw, 50vw"
CARD_IMAGE_WIDTH = 320
DETAIL_IMAGE_SIZES = "(min-width: 56rem) 32rem, 100vw"
DETAIL_IMAGE_WIDTH = 640
# Characters that must not appear raw inside <script> (same escapes as json_script).
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
SCHEMA_IN_STOCK = "https://schema.org/InStock"
SCHEMA_OUT_OF_STOCK = "https://schema.org/OutOfStock"


# Query string ---------------------------------------------------------------------------------


def _price(raw: str) -> Decimal | None:
    """A price typed by hand ("120", "99,50"); None for anything else."""
    try:
        amount = Decimal(raw.strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    if not amount.is_finite() or amount < 0 or amount >= MAX_PRICE:
        return None
    return amount.quantize(Decimal("0.01"))


def product_filters(params: QueryDict, *, category_slugs: set[str]) -> ProductFilters:
    """The list's filters from a query string. Unknown or malformed values are dropped, never
    an error: links get shared, cut and edited by hand."""
    category = params.get("category", "")
    region = params.get("region", "")
    cooperative = params.get("cooperative", "")
    label = params.get("label", "")
    sort = params.get("sort", "")
    # Printable characters only (no NUL, which PostgreSQL refuses), whitespace collapsed.
    raw_query = "".join(ch for ch in params.get("q", "") if ch.isprintable())
    price_min = _price(params.get("price_min", ""))
    price_max = _price(params.get("price_max", ""))
    if price_min is not None and price_max is not None and price_min > price_max:
        price_min, price_max = price_max, price_min
    return ProductFilters(
        query=" ".join(raw_query.split())[:MAX_QUERY_LENGTH],
        category=category if category in category_slugs else "",
        region=region if region in REGION_CODES else "",
        cooperative=cooperative if SLUG.match(cooperative) else "",
        label=label if label in LabelKind.values else "",
        price_min=price_min,
        price_max=price_max,
        women_only=params.get("women", "").strip().lower() in TRUE_VALUES,
        in_stock=params.get("in_stock", "").strip().lower() in TRUE_VALUES,
        sort=sort if sort in SORTS else "relevance",
    )


def _narrowing(filters: ProductFilters) -> bool:
    """Filters other than the category: such pages are not worth indexing."""
    return bool(
        filters.query
        or filters.region
        or filters.cooperative
        or filters.label
        or filters.price_min is not None
        or filters.price_max is not None
        or filters.women_only
        or filters.in_stock
    )


# Cards and photos ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ImageSources:
    src: str
    srcset: str
    width: int
    height: int
    alt: str


def image_sources(image: ProductImage, *, width: int, alt: str) -> ImageSources:
    """`src` (the smallest copy at least `width` wide), `srcset` of every WebP copy, and the
    displayed copy's size for the width/height attributes (no layout shift)."""
    storage = image.image.storage
    copies = sorted(
        (int(key), storage.url(name))
        for key, name in (image.renditions or {}).items()
        if key.isdigit() and name
    )
    if image.image and image.width:
        copies.append((image.width, image.image.url))
    if not copies:
        return ImageSources(src=image.image.url, srcset="", width=0, height=0, alt=alt)
    chosen_width, src = next(((w, url) for w, url in copies if w >= width), copies[-1])
    height = round(image.height * chosen_width / image.width) if image.width else 0
    return ImageSources(
        src=src,
        srcset=", ".join(f"{url} {w}w" for w, url in copies),
        width=chosen_width,
        height=height,
        alt=alt,
    )


def _unit_label(unit: str) -> str:
    return str(Unit(unit).label) if unit in Unit.values else unit


@dataclass(frozen=True)
class ProductCard:
    product: Product
    image: ImageSources | None
    price: Decimal | None
    price_is_from: bool
    unit_price: Decimal | None
    unit_label: str


def with_card_variants(queryset: QuerySet[Product]) -> QuerySet[Product]:
    """Active variants, cheapest first, for the card's price and unit price (one query)."""
    return queryset.prefetch_related(
        Prefetch(
            "variants",
            queryset=Variant.objects.filter(is_active=True).order_by("price", "position", "id"),
            to_attr="card_variants",
        )
    )


def product_card(product: Product) -> ProductCard:
    """What a card shows; everything comes from prefetched data (no query)."""
    images = list(product.images.all())
    variants: list[Variant] = getattr(product, "card_variants", [])
    cheapest = variants[0] if variants else None
    unit_price = cheapest.unit_price if cheapest is not None else None
    return ProductCard(
        product=product,
        image=image_sources(images[0], width=CARD_IMAGE_WIDTH, alt="") if images else None,
        price=cheapest.price if cheapest is not None else product.price_from,
        price_is_from=len({variant.price for variant in variants}) > 1,
        unit_price=unit_price[0] if unit_price else None,
        unit_label=_unit_label(unit_price[1]) if unit_price else "",
    )


# Facets ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FacetOption:
    value: str
    name: str
    count: int
    selected: bool
    child: bool = False


def _counts(facets: dict[str, list[dict[str, Any]]], key: str) -> dict[str, int]:
    return {str(row["value"]): int(row["count"]) for row in facets.get(key, [])}


def category_options(
    tree: list[Category], facets: dict[str, list[dict[str, Any]]], selected: str
) -> list[FacetOption]:
    """The tree in its order; a parent counts its own products and its children's."""
    counts = _counts(facets, "category")
    options: list[FacetOption] = []
    for parent in tree:
        children = [
            FacetOption(
                value=child.slug,
                name=child.name,
                count=counts.get(child.slug, 0),
                selected=child.slug == selected,
                child=True,
            )
            for child in parent.children.all()
        ]
        total = counts.get(parent.slug, 0)  # the facet already includes sub-categories
        if total or parent.slug == selected:
            options.append(
                FacetOption(
                    value=parent.slug,
                    name=parent.name,
                    count=total,
                    selected=parent.slug == selected,
                )
            )
        options += [option for option in children if option.count or option.selected]
    return options


def region_options(facets: dict[str, list[dict[str, Any]]], selected: str) -> list[FacetOption]:
    options = []
    for code, count in _counts(facets, "region").items():
        try:
            name = get_region(code).name()
        except KeyError:
            continue
        options.append(FacetOption(value=code, name=name, count=count, selected=code == selected))
    return options


def cooperative_options(
    facets: dict[str, list[dict[str, Any]]], selected: str
) -> list[FacetOption]:
    """Cooperatives with products in the results, by name: their names in one query."""
    counts = _counts(facets, "cooperative")
    if not counts:
        return []
    names = {
        cooperative.slug: cooperative.name
        for cooperative in Cooperative.objects.filter(slug__in=list(counts))
    }
    options = [
        FacetOption(value=slug, name=names[slug], count=count, selected=slug == selected)
        for slug, count in counts.items()
        if slug in names
    ]
    return sorted(options, key=lambda option: option.name.casefold())


def label_options(facets: dict[str, list[dict[str, Any]]], selected: str) -> list[FacetOption]:
    counts = _counts(facets, "label")
    return [
        FacetOption(
            value=kind.value,
            name=str(kind.label),
            count=counts[kind.value],
            selected=kind == selected,
        )
        for kind in LabelKind
        if kind.value in counts
    ]


def _flag_count(facets: dict[str, list[dict[str, Any]]], key: str) -> int:
    rows = facets.get(key, [])
    return int(rows[0]["count"]) if rows else 0


# Pages ----------------------------------------------------------------------------------------


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


@require_GET
def product_list(request: HttpRequest) -> HttpResponse:
    tree = category_tree()
    categories = {
        category.slug: category for parent in tree for category in (parent, *parent.children.all())
    }
    filters = product_filters(request.GET, category_slugs=set(categories))
    result = product_search(filters=filters)
    # get_page() turns a missing or malformed number into page 1 and one past the end into
    # the last page.
    page = Paginator(with_card_variants(result.products), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    canonical_params = {}
    if filters.category:
        canonical_params["category"] = filters.category
    if page.number > 1:
        canonical_params["page"] = str(page.number)
    canonical = request.build_absolute_uri(reverse("catalog:product_list"))
    if canonical_params:
        canonical = f"{canonical}?{urlencode(canonical_params)}"
    facets = result.facets
    return render(
        request,
        "catalog/public/product_list.html",
        {
            "filters": filters,
            "category": categories.get(filters.category),
            "page_obj": page,
            "cards": [product_card(product) for product in page.object_list],
            "image_sizes": CARD_IMAGE_SIZES,
            "category_options": category_options(tree, facets, filters.category),
            "region_options": region_options(facets, filters.region),
            "cooperative_options": cooperative_options(facets, filters.cooperative),
            "label_options": label_options(facets, filters.label),
            "women_count": _flag_count(facets, "women_only"),
            "in_stock_count": _flag_count(facets, "in_stock"),
            "sort_options": [
                ("relevance", gettext("Best match")),
                ("newest", gettext("Newest first")),
                ("price_asc", gettext("Price: low to high")),
                ("price_desc", gettext("Price: high to low")),
            ],
            "filters_active": _narrowing(filters)
            or bool(filters.category)
            or filters.sort != "relevance",
            "noindex": _narrowing(filters),
            "canonical": canonical,
        },
    )


@dataclass(frozen=True)
class VariantRow:
    variant: Variant
    unit_price: Decimal | None
    unit_label: str
    state: str  # "in_stock", "low" or "sold_out"


def _variant_row(variant: Variant) -> VariantRow:
    unit_price = variant.unit_price
    if variant.stock <= 0:
        state = "sold_out"
    elif variant.is_low:
        state = "low"
    else:
        state = "in_stock"
    return VariantRow(
        variant=variant,
        unit_price=unit_price[0] if unit_price else None,
        unit_label=_unit_label(unit_price[1]) if unit_price else "",
        state=state,
    )


def json_ld(data: dict[str, Any]) -> SafeString:
    """JSON for a <script type="application/ld+json">: `<`, `>` and `&` escaped so no text can
    close the script element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def product_structured_data(
    *, product: Product, variants: list[Variant], url: str, images: list[str], description: str
) -> dict[str, Any]:
    """schema.org Product with one Offer per size (prices as strings with two decimals)."""
    cooperative_name = product.cooperative.name
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.name,
        "description": description,
        "url": url,
        "category": product.category.name,
        "brand": {"@type": "Brand", "name": cooperative_name},
    }
    if images:
        data["image"] = images
    if variants:
        data["sku"] = variants[0].sku
        data["offers"] = [
            {
                "@type": "Offer",
                "name": variant.label,
                "sku": variant.sku,
                "price": f"{variant.price:.2f}",
                "priceCurrency": settings.CURRENCY,
                "availability": SCHEMA_IN_STOCK if variant.stock > 0 else SCHEMA_OUT_OF_STOCK,
                "url": url,
                "seller": {"@type": "Organization", "name": cooperative_name},
            }
            for variant in variants
        ]
    return data


def _description(product: Product) -> str:
    text = " ".join((product.description or "").split())
    if text:
        return Truncator(text).chars(OG_DESCRIPTION_LENGTH)
    return gettext("%(name)s by %(cooperative)s, a verified Moroccan cooperative, on CoopLab.") % {
        "name": product.name,
        "cooperative": product.cooperative.name,
    }


@require_GET
def product_detail(request: HttpRequest, slug: str) -> HttpResponse:
    product = product_public_detail(slug=slug)
    variants: list[Variant] = list(product.variants.all())
    photos = list(product.images.all())
    images = [
        image_sources(photo, width=DETAIL_IMAGE_WIDTH, alt=photo.alt or product.name)
        for photo in photos
    ]
    related = [product_card(item) for item in with_card_variants(related_products(product=product))]
    url = request.build_absolute_uri(product.get_absolute_url())
    image_urls = [request.build_absolute_uri(photo.image.url) for photo in photos]
    description = _description(product)
    rows = [_variant_row(variant) for variant in variants]
    share_text = f"{product.name} {url}"
    selected = next((row.variant for row in rows if row.state != "sold_out"), None)
    shown = selected or (rows[0].variant if rows else None)
    cooperative_share = (
        cooperative_share_of(product=product, price=shown.price)
        if settings.SHOW_COOPERATIVE_SHARE and shown is not None
        else None
    )
    return render(
        request,
        "catalog/public/product_detail.html",
        {
            "product": product,
            "cooperative": product.cooperative,
            "images": images,
            "image_sizes": DETAIL_IMAGE_SIZES,
            "card_image_sizes": CARD_IMAGE_SIZES,
            "variants": rows,
            "selected_variant": selected.pk if selected else None,
            "cooperative_share": cooperative_share,
            "related": related,
            "whatsapp_share_url": f"https://wa.me/?text={quote(share_text, safe='')}",
            "structured_data": json_ld(
                product_structured_data(
                    product=product,
                    variants=variants,
                    url=url,
                    images=image_urls,
                    description=description,
                )
            ),
            "og": {
                "title": product.name,
                "description": description,
                "url": url,
                "image": image_urls[0] if image_urls else None,
                "locale": OG_LOCALES.get(_language(), OG_LOCALES["fr"]),
                "price": f"{product.price_from:.2f}" if product.price_from is not None else None,
                "currency": settings.CURRENCY,
            },
        },
    )
