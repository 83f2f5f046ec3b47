"""The read-only cooperatives API: verified cooperatives only, public fields only."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cooplab.cooperatives.models import CooperativeStatus, LabelKind, Sector

from .factories import CertificationFactory, CooperativeFactory, manager_of

pytestmark = pytest.mark.django_db

LIST = "/api/v1/cooperatives"

PRIVATE_KEYS = {
    "ice",
    "tax_id",
    "register_number",
    "email",
    "status",
    "status_reason",
    "created_by",
    "documents",
    "memberships",
    "consent_at",
    "id",
    "pk",
}


def _list(**params: str | int) -> dict:
    response = Client().get(LIST, params)
    assert response.status_code == 200, response.content
    return response.json()


def _slugs(payload: dict) -> list[str]:
    return [item["slug"] for item in payload["items"]]


def _all_keys(value: object) -> set[str]:
    """Every key at any depth of a JSON value."""
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in _all_keys(item)}
    if isinstance(value, list):
        return {key for item in value for key in _all_keys(item)}
    return set()


def test_list_returns_verified_cooperatives_with_their_public_profile():
    # given a verified cooperative with a current and an expired label, and unverified ones
    cooperative = CooperativeFactory(
        slug="tifawin",
        name_fr="Coopérative Tifawin",
        name_ar="تعاونية تيفاوين",
        name_en="Tifawin Cooperative",
        story_en="",
        founded_year=2008,
        women_only=False,
        members_count=40,
        women_count=30,
    )
    CertificationFactory(
        cooperative=cooperative,
        kind=LabelKind.IGP,
        name="Argane IGP",
        certifier="Normacert",
        expires_on=dt.date(2099, 12, 31),
    )
    CertificationFactory(
        cooperative=cooperative,
        kind=LabelKind.ORGANIC,
        expires_on=timezone.localdate() - dt.timedelta(days=1),
    )
    for status in (CooperativeStatus.APPLIED, CooperativeStatus.SUSPENDED):
        CooperativeFactory(status=status)

    # when
    payload = _list()

    # then
    assert payload["count"] == 1
    assert payload["items"] == [
        {
            "slug": "tifawin",
            "names": {
                "ar": "تعاونية تيفاوين",
                "fr": "Coopérative Tifawin",
                "en": "Tifawin Cooperative",
                "zgh": None,
            },
            "story": {
                "ar": "نعصر زيت الأركان يدويا منذ أجيال.",
                "fr": "Nous pressons l'huile d'argan à la main depuis des générations.",
                "en": None,
                "zgh": None,
            },
            "region": {"code": "MA-09", "name": "Souss-Massa"},
            "city": {"slug": "taroudant", "name": "Taroudant"},
            "sector": "argan",
            "founded_year": 2008,
            "members_count": 40,
            "women_count": 30,
            "women_only": False,
            "women_share": 75,
            "labels": [
                {
                    "kind": "igp",
                    "name": "Argane IGP",
                    "certifier": "Normacert",
                    "expires_on": "2099-12-31",
                }
            ],
            "contact_phone": "+212612345678",
            "logo_url": None,
            "url": "/fr/cooperatives/tifawin/",
        }
    ]


def test_region_and_city_names_follow_the_accept_language():
    CooperativeFactory()

    response = Client().get(LIST, HTTP_ACCEPT_LANGUAGE="ar")

    item = response.json()["items"][0]
    assert item["region"] == {"code": "MA-09", "name": "سوس ماسة"}
    assert item["city"] == {"slug": "taroudant", "name": "تارودانت"}
    assert item["url"] == f"/fr/cooperatives/{item['slug']}/"


def test_api_never_exposes_private_fields():
    # given a cooperative with identifiers, a manager and a private reason
    cooperative = CooperativeFactory(
        email="contact@tifawin.example.org",
        register_number="RC-TRD-424242",
        tax_id="48151623",
        status_reason="Documents checked by staff.",
    )
    manager = manager_of(cooperative)

    # when
    list_response = Client().get(LIST)
    detail_response = Client().get(f"{LIST}/{cooperative.slug}")

    # then: no private key at any depth, and no private value anywhere
    for response in (list_response, detail_response):
        assert response.status_code == 200
        keys = _all_keys(response.json())
        assert "ice" not in keys
        assert "tax_id" not in keys
        assert "register_number" not in keys
        assert keys.isdisjoint(PRIVATE_KEYS)
        text = response.content.decode()
        for secret in (
            cooperative.ice,
            "RC-TRD-424242",
            "48151623",
            "contact@tifawin.example.org",
            "Documents checked by staff.",
            str(manager.email),
            str(cooperative.public_id),
        ):
            assert secret not in text


def test_detail_returns_one_verified_cooperative_with_absolute_logo_url():
    cooperative = CooperativeFactory(women_only=False, members_count=0, women_count=0)
    cooperative.logo.save("logo.webp", ContentFile(b"fake-webp"), save=True)

    response = Client().get(f"{LIST}/{cooperative.slug}")

    assert response.status_code == 200
    body = response.json()
    assert body["slug"] == cooperative.slug
    assert body["logo_url"] == f"http://testserver{cooperative.logo.url}"
    assert body["women_share"] is None  # no members recorded
    assert body["labels"] == []


@pytest.mark.parametrize(
    "status",
    [
        CooperativeStatus.DRAFT,
        CooperativeStatus.APPLIED,
        CooperativeStatus.UNDER_REVIEW,
        CooperativeStatus.CHANGES_REQUESTED,
        CooperativeStatus.REJECTED,
        CooperativeStatus.SUSPENDED,
    ],
)
def test_detail_is_404_json_for_an_unverified_cooperative(status):
    cooperative = CooperativeFactory(status=status)

    response = Client().get(f"{LIST}/{cooperative.slug}")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert json.loads(response.content) == {"detail": "Not Found"}


def test_detail_is_404_json_for_an_unknown_slug():
    response = Client().get(f"{LIST}/no-such-cooperative")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_list_filters_by_region_sector_women_label_and_text():
    # given
    CooperativeFactory(slug="argan-souss", name_fr="Argan Souss")
    CooperativeFactory(
        slug="rose-dades",
        name_fr="Rose du Dadès",
        region="MA-08",
        city="kelaat-mgouna",
        sector=Sector.ROSE_COSMETICS,
    )
    saffron = CooperativeFactory(
        slug="safran-mixte",
        name_fr="Safran Mixte",
        city="taliouine",
        sector=Sector.SAFFRON,
        women_only=False,
        members_count=30,
        women_count=12,
    )
    CertificationFactory(cooperative=saffron, kind=LabelKind.AOP)
    lapsed = CooperativeFactory(slug="safran-ancien", name_fr="Safran Ancien")
    CertificationFactory(
        cooperative=lapsed,
        kind=LabelKind.AOP,
        expires_on=timezone.localdate() - dt.timedelta(days=1),
    )

    # then
    assert _slugs(_list(region="MA-08")) == ["rose-dades"]
    assert _slugs(_list(sector="saffron")) == ["safran-mixte"]
    assert _slugs(_list(women="true")) == ["argan-souss", "rose-dades", "safran-ancien"]
    assert _slugs(_list(label="aop")) == ["safran-mixte"]
    assert _slugs(_list(q="dadès")) == ["rose-dades"]
    assert _slugs(_list(region="MA-09", sector="saffron", label="aop")) == ["safran-mixte"]
    assert _list(region="MA-12") == {"items": [], "count": 0}


@pytest.mark.parametrize(
    "params",
    [
        {"region": "MA-99"},
        {"sector": "caviar"},
        {"label": "michelin"},
        {"women": "perhaps"},
        {"q": "x" * 101},
        {"limit": "0"},
        {"offset": "-1"},
        {"limit": "many"},
    ],
)
def test_list_rejects_invalid_parameters_with_422(params):
    CooperativeFactory()

    response = Client().get(LIST, params)

    assert response.status_code == 422
    assert "detail" in response.json()


def test_list_limit_is_capped_at_100_and_offset_pages():
    # given 101 verified cooperatives
    CooperativeFactory.create_batch(101)

    # when
    capped = _list(limit=500)
    last = _list(limit=100, offset=100)

    # then
    assert capped["count"] == 101
    assert len(capped["items"]) == 100
    assert len(last["items"]) == 1
    assert last["items"][0]["slug"] not in _slugs(capped)


def test_list_runs_the_same_number_of_queries_for_1_and_24_cooperatives():
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = Client().get(LIST, {"limit": 50})
        assert response.status_code == 200
        return len(captured.captured_queries)

    CertificationFactory()
    one = queries()
    for _ in range(23):
        CertificationFactory()
    twenty_four = queries()

    assert one == twenty_four == 3  # count, page, labels


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", LIST),
        ("put", f"{LIST}/tifawin"),
        ("patch", f"{LIST}/tifawin"),
        ("delete", f"{LIST}/tifawin"),
        ("post", f"{LIST}/tifawin"),
    ],
)
def test_api_is_read_only(method, path):
    CooperativeFactory(slug="tifawin")

    response = getattr(Client(), method)(path, data={}, content_type="application/json")

    assert response.status_code == 405


def test_post_to_the_list_returns_405_and_creates_nothing():
    from cooplab.cooperatives.models import Cooperative

    response = Client().post(
        LIST, data={"slug": "new", "name": "New"}, content_type="application/json"
    )

    assert response.status_code == 405
    assert not Cooperative.objects.exists()


def test_openapi_documents_the_cooperative_routes():
    schema = Client().get("/api/v1/openapi.json").json()

    assert set(schema["paths"]["/api/v1/cooperatives"]) == {"get"}
    assert set(schema["paths"]["/api/v1/cooperatives/{slug}"]) == {"get"}
    properties = schema["components"]["schemas"]["CooperativeOut"]["properties"]
    assert "ice" not in properties and "tax_id" not in properties
