"""Public directory and storefronts: verified cooperatives only, light pages that need no
JavaScript. Views parse the query string, call the selectors and render."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import phonenumbers
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET

from cooplab.core.phone import MOBILE_TYPES
from cooplab.core.regions import REGION_CODES, region_choices

from ..models import Cooperative, LabelKind, Sector
from ..selectors import (
    cooperative_place_names,
    cooperative_public_detail,
    cooperative_public_list,
)

PAGE_SIZE = 24
MAX_QUERY_LENGTH = 100
OG_DESCRIPTION_LENGTH = 200
OG_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_US"}
TRUE_VALUES = frozenset({"1", "true", "on", "yes"})


@dataclass(frozen=True)
class DirectoryFilters:
    region: str = ""
    sector: str = ""
    women_only: bool = False
    label: str = ""
    query: str = ""

    @property
    def active(self) -> bool:
        return bool(self.region or self.sector or self.women_only or self.label or self.query)


@dataclass(frozen=True)
class CooperativeCard:
    cooperative: Cooperative
    region_name: str
    city_name: str


def directory_filters(params: QueryDict) -> DirectoryFilters:
    """The directory's filters from a query string. Unknown values are dropped, never an error:
    links get shared, cut and edited by hand."""
    region = params.get("region", "")
    sector = params.get("sector", "")
    label = params.get("label", "")
    # Printable characters only (no NUL, which PostgreSQL refuses), whitespace collapsed.
    raw_query = "".join(ch for ch in params.get("q", "") if ch.isprintable())
    return DirectoryFilters(
        region=region if region in REGION_CODES else "",
        sector=sector if sector in Sector.values else "",
        women_only=params.get("women", "").strip().lower() in TRUE_VALUES,
        label=label if label in LabelKind.values else "",
        query=" ".join(raw_query.split())[:MAX_QUERY_LENGTH],
    )


def _card(cooperative: Cooperative) -> CooperativeCard:
    region_name, city_name = cooperative_place_names(cooperative=cooperative)
    return CooperativeCard(cooperative=cooperative, region_name=region_name, city_name=city_name)


@require_GET
def directory(request: HttpRequest) -> HttpResponse:
    filters = directory_filters(request.GET)
    cooperatives = cooperative_public_list(
        region=filters.region,
        sector=filters.sector,
        women_only=filters.women_only,
        label=filters.label,
        query=filters.query,
    )
    # get_page() turns a missing or malformed number into page 1 and one past the end into
    # the last page.
    page = Paginator(cooperatives, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "cooperatives/public/directory.html",
        {
            "filters": filters,
            "page_obj": page,
            "cards": [_card(cooperative) for cooperative in page.object_list],
            "region_options": region_choices(),
            "sector_options": Sector.choices,
            "label_options": LabelKind.choices,
        },
    )


def whatsapp_url(cooperative: Cooperative) -> str | None:
    """A click-to-chat link with a greeting in the current language; None unless the
    cooperative's number is a mobile (WhatsApp refuses landlines)."""
    try:
        number = phonenumbers.parse(cooperative.phone, None)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.number_type(number) not in MOBILE_TYPES:
        return None
    digits = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164).lstrip("+")
    greeting = gettext(
        "Hello %(name)s, I found your cooperative on CoopLab and I would like to know more "
        "about your products."
    ) % {"name": cooperative.name}
    return f"https://wa.me/{digits}?text={quote(greeting, safe='')}"


def _og_description(cooperative: Cooperative, city_name: str) -> str:
    story = " ".join((cooperative.story or "").split())
    if story:
        return Truncator(story).chars(OG_DESCRIPTION_LENGTH)
    return gettext("%(name)s, a verified cooperative in %(city)s, on CoopLab.") % {
        "name": cooperative.name,
        "city": city_name,
    }


@require_GET
def storefront(request: HttpRequest, slug: str) -> HttpResponse:
    cooperative = cooperative_public_detail(slug=slug)
    region_name, city_name = cooperative_place_names(cooperative=cooperative)
    photos = list(cooperative.photos.all())
    if cooperative.logo:
        og_image: str | None = request.build_absolute_uri(cooperative.logo.url)
    elif photos:
        og_image = request.build_absolute_uri(photos[0].image.url)
    else:
        og_image = None
    language = (get_language() or "fr").split("-")[0]
    return render(
        request,
        "cooperatives/public/storefront.html",
        {
            "cooperative": cooperative,
            "region_name": region_name,
            "city_name": city_name,
            "photos": photos,
            "whatsapp_url": whatsapp_url(cooperative),
            "og": {
                "title": cooperative.name,
                "description": _og_description(cooperative, city_name),
                "url": request.build_absolute_uri(cooperative.get_absolute_url()),
                "image": og_image,
                "locale": OG_LOCALES.get(language, OG_LOCALES["fr"]),
            },
        },
    )
