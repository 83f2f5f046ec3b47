"""Read-only API of the public cooperative directory: verified cooperatives only.

The same selectors as the public pages. Only what the storefront shows is exposed: never ICE,
tax id, register number, documents, status reasons, creators or anyone's personal contact.
"""

# No `from __future__ import annotations` here: django-ninja builds its query and response
# models from these annotations at runtime.
import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from ninja import Field, Query, Router, Schema
from ninja.pagination import LimitOffsetPagination, paginate

from cooplab.cooperatives.models import Certification, Cooperative, LabelKind, Sector
from cooplab.cooperatives.selectors import (
    cooperative_place_names,
    cooperative_public_detail,
    cooperative_public_list,
)

MAX_LIMIT = 100
CONTENT_LANGUAGES = ("ar", "fr", "en", "zgh")

router = Router(tags=["cooperatives"])


class TranslatedText(Schema):
    """One text in each content language; null where the cooperative has not written it."""

    ar: str | None
    fr: str | None
    en: str | None
    zgh: str | None


class RegionOut(Schema):
    code: str = Field(examples=["MA-09"])
    name: str


class CityOut(Schema):
    slug: str = Field(examples=["taroudant"])
    name: str


class LabelOut(Schema):
    kind: LabelKind
    name: str = Field(examples=["Argane IGP"])
    certifier: str
    expires_on: dt.date


class CooperativeOut(Schema):
    slug: str
    names: TranslatedText
    story: TranslatedText
    region: RegionOut
    city: CityOut
    sector: Sector
    founded_year: int | None
    members_count: int
    women_count: int
    women_only: bool
    women_share: int | None = Field(description="Women's share of members, in whole percent.")
    labels: list[LabelOut] = Field(description="Current labels only (not expired).")
    contact_phone: str = Field(description="The cooperative's public phone, E.164.")
    logo_url: str | None
    url: str = Field(description="The storefront page, French version.")

    @staticmethod
    def resolve_names(obj: Cooperative) -> dict[str, str | None]:
        return _translations(obj, "name")

    @staticmethod
    def resolve_story(obj: Cooperative) -> dict[str, str | None]:
        return _translations(obj, "story")

    @staticmethod
    def resolve_region(obj: Cooperative) -> dict[str, str]:
        region_name, _city_name = cooperative_place_names(cooperative=obj)
        return {"code": obj.region, "name": region_name}

    @staticmethod
    def resolve_city(obj: Cooperative) -> dict[str, str]:
        _region_name, city_name = cooperative_place_names(cooperative=obj)
        return {"slug": obj.city, "name": city_name}

    @staticmethod
    def resolve_labels(obj: Cooperative) -> list[Certification]:
        # Prefetched by the selectors: current certifications only.
        return list(getattr(obj, "current_certifications", []))

    @staticmethod
    def resolve_contact_phone(obj: Cooperative) -> str:
        return obj.phone

    @staticmethod
    def resolve_logo_url(obj: Cooperative, context: dict[str, Any]) -> str | None:
        if not obj.logo:
            return None
        request: HttpRequest = context["request"]
        return request.build_absolute_uri(obj.logo.url)

    @staticmethod
    def resolve_url(obj: Cooperative) -> str:
        with translation.override("fr"):
            return reverse("cooperatives:storefront", kwargs={"slug": obj.slug})


class CooperativeFilters(Schema):
    region: str | None = Field(None, pattern=r"^MA-(0[1-9]|1[0-2])$", examples=["MA-09"])
    sector: Sector | None = None
    women: bool = Field(False, description="Only women's cooperatives.")
    label: LabelKind | None = Field(None, description="Only cooperatives with this current label.")
    q: str = Field("", max_length=100, description="Part of a name (ar, fr, en) or city.")


def _translations(obj: Cooperative, field: str) -> dict[str, str | None]:
    return {
        language: (getattr(obj, f"{field}_{language}", None) or None)
        for language in CONTENT_LANGUAGES
    }


@router.get("", response=list[CooperativeOut], summary="Verified cooperatives")
@paginate(LimitOffsetPagination, max_limit=MAX_LIMIT)
def cooperative_list(
    request: HttpRequest, filters: Query[CooperativeFilters]
) -> QuerySet[Cooperative]:
    """Verified cooperatives, by name; `limit` is capped at 100."""
    return cooperative_public_list(
        region=filters.region or "",
        sector=filters.sector or "",
        women_only=filters.women,
        label=filters.label or "",
        query=" ".join("".join(ch for ch in filters.q if ch.isprintable()).split()),
    )


@router.get("/{slug}", response=CooperativeOut, summary="One verified cooperative")
def cooperative_detail(request: HttpRequest, slug: str) -> Cooperative:
    """404 for an unknown slug and for a cooperative that is not verified."""
    return cooperative_public_detail(slug=slug)
