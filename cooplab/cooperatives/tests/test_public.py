"""Public directory and storefronts: verified cooperatives only, filters, storefront contents,
Open Graph, Arabic, and constant query counts."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cooplab.cooperatives.models import (
    CooperativePhoto,
    CooperativeStatus,
    LabelKind,
    Sector,
)

from .factories import CertificationFactory, CooperativeFactory

pytestmark = pytest.mark.django_db

DIRECTORY = "/fr/cooperatives/"


def _storefront(slug: str, language: str = "fr") -> str:
    return f"/{language}/cooperatives/{slug}/"


def _get(path: str, **params: str) -> str:
    response = Client().get(path, params)
    assert response.status_code == 200
    return response.content.decode()


def _card_names(html: str) -> list[str]:
    """The cooperative names shown as card headings, in page order."""
    return [unescape(name) for name in re.findall(r"<h2><a href=\"[^\"]+\">([^<]+)</a></h2>", html)]


def _meta(html: str, prop: str) -> str | None:
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)">', html)
    return unescape(match.group(1)) if match else None


# Directory ---------------------------------------------------------------------------------


def test_directory_lists_only_verified_cooperatives():
    # given one cooperative in each status
    for status in CooperativeStatus.values:
        CooperativeFactory(name_fr=f"Coop {status}", status=status)

    # when
    html = _get(DIRECTORY)

    # then
    assert _card_names(html) == ["Coop verified"]


def test_directory_filters_by_region():
    CooperativeFactory(name_fr="Argan Souss", region="MA-09", city="taroudant")
    CooperativeFactory(name_fr="Rose Dades", region="MA-08", city="kelaat-mgouna")

    assert _card_names(_get(DIRECTORY, region="MA-08")) == ["Rose Dades"]


def test_directory_filters_by_sector():
    CooperativeFactory(name_fr="Argan Souss", sector=Sector.ARGAN)
    CooperativeFactory(name_fr="Safran Taliouine", sector=Sector.SAFFRON, city="taliouine")

    assert _card_names(_get(DIRECTORY, sector="saffron")) == ["Safran Taliouine"]


def test_directory_filters_womens_cooperatives():
    CooperativeFactory(name_fr="Femmes Argan", women_only=True, members_count=12, women_count=12)
    CooperativeFactory(name_fr="Mixte Miel", women_only=False, members_count=30, women_count=9)

    assert _card_names(_get(DIRECTORY, women="1")) == ["Femmes Argan"]
    assert _card_names(_get(DIRECTORY)) == ["Femmes Argan", "Mixte Miel"]


def test_directory_label_filter_matches_current_labels_only_and_hides_expired_ones():
    # given one cooperative with a current AOP and one whose AOP expired yesterday
    today = timezone.localdate()
    current = CooperativeFactory(name_fr="Safran Actuel", sector=Sector.SAFFRON)
    CertificationFactory(cooperative=current, kind=LabelKind.AOP, name="Safran de Taliouine AOP")
    lapsed = CooperativeFactory(name_fr="Safran Ancien", sector=Sector.SAFFRON)
    CertificationFactory(
        cooperative=lapsed,
        kind=LabelKind.AOP,
        name="Ancien label AOP",
        expires_on=today - dt.timedelta(days=1),
    )

    # when / then: only the current label matches
    assert _card_names(_get(DIRECTORY, label="aop")) == ["Safran Actuel"]
    # and the expired label is not shown on the unfiltered list
    html = _get(DIRECTORY)
    assert "Safran de Taliouine AOP" in html
    assert "Ancien label AOP" not in html


def test_directory_label_that_expires_today_still_counts():
    cooperative = CooperativeFactory(name_fr="Dattes Erfoud")
    CertificationFactory(
        cooperative=cooperative, kind=LabelKind.IGP, expires_on=timezone.localdate()
    )

    assert _card_names(_get(DIRECTORY, label="igp")) == ["Dattes Erfoud"]


def test_directory_search_matches_a_name_in_any_language():
    CooperativeFactory(name_fr="Coopérative Amal", name_ar="تعاونية أمل", name_en="Amal Co-op")
    CooperativeFactory(name_fr="Coopérative Nour", name_ar="تعاونية نور", name_en="Nour Co-op")

    assert _card_names(_get(DIRECTORY, q="amal")) == ["Coopérative Amal"]
    assert _card_names(_get(DIRECTORY, q="نور")) == ["Coopérative Nour"]


def test_directory_card_shows_place_sector_badges_and_figures():
    # given a mixed honey cooperative with a label
    cooperative = CooperativeFactory(
        name_fr="Miel Ifrane",
        region="MA-03",
        city="ifrane",
        sector=Sector.HONEY,
        women_only=False,
        members_count=40,
        women_count=10,
    )
    CertificationFactory(cooperative=cooperative, kind=LabelKind.ORGANIC, name="Bio Ecocert")
    women = CooperativeFactory(name_fr="Femmes Argan")

    # when
    html = _get(DIRECTORY)

    # then: region and city names come from the regions module, in French
    assert "Ifrane, Fès-Meknès" in html
    assert "Taroudant, Souss-Massa" in html
    assert '<p class="coop-sector">Miel</p>' in html
    assert '<p class="coop-sector">Argan</p>' in html
    assert '<li class="coop-badge coop-badge-label" title="Biologique">Bio Ecocert</li>' in html
    assert re.search(r'data-testid="card-members">40 [^<]+</span>', html)
    # 10 of 40 members are women; the all-women cooperative shows 100 %
    assert re.findall(r'data-testid="card-women-share">(\d+)[^<]*%', html) == ["100", "25"]
    assert html.count("coop-badge-women") == 1
    assert f'href="/fr/cooperatives/{women.slug}/"' in html


def test_directory_logo_is_lazy_and_sized():
    cooperative = CooperativeFactory()
    cooperative.logo.save("logo.webp", ContentFile(b"fake-webp"), save=True)

    html = _get(DIRECTORY)

    img = re.search(r'<img class="coop-logo"[^>]*>', html)
    assert img is not None
    assert 'loading="lazy"' in img.group(0)
    assert 'width="72" height="72"' in img.group(0)


def test_directory_renders_filter_form_with_translated_options():
    html = _get("/ar/cooperatives/", region="MA-09")

    assert '<form method="get" action="/ar/cooperatives/"' in html
    assert '<option value="MA-09" selected>سوس ماسة</option>' in html
    assert '<option value="MA-12">الداخلة وادي الذهب</option>' in html
    for value in Sector.values + LabelKind.values:
        assert f'<option value="{value}"' in html


@pytest.mark.parametrize(
    "params",
    [
        {"region": "MA-99"},
        {"region": "'; DROP TABLE x; --"},
        {"sector": "caviar"},
        {"label": "michelin"},
        {"women": "perhaps"},
        {"q": "a\x00b"},
        {"q": "x" * 5000},
        {"page": "abc"},
        {"page": "-3"},
        {"page": "0"},
        {"page": "99999999999999999999999"},
    ],
)
def test_directory_bad_parameters_never_fail(params):
    CooperativeFactory(name_fr="Argan Souss")

    response = Client().get(DIRECTORY, params)

    assert response.status_code == 200


def test_directory_invalid_filter_values_are_ignored():
    CooperativeFactory(name_fr="Argan Souss")
    CooperativeFactory(name_fr="Rose Dades", region="MA-08", city="kelaat-mgouna")

    html = _get(DIRECTORY, region="MA-99", sector="caviar", label="michelin")

    assert _card_names(html) == ["Argan Souss", "Rose Dades"]


def test_directory_paginates_24_per_page_and_bad_pages_fall_back():
    # given 25 cooperatives: 24 on page 1, 1 on page 2
    for number in range(25):
        CooperativeFactory(name_fr=f"Coop {number:02d}")

    first = _card_names(_get(DIRECTORY))
    second = _card_names(_get(DIRECTORY, page="2"))

    assert len(first) == 24
    assert second == ["Coop 24"]
    # a page that is not a number gives the first page, one past the end the last page
    assert _card_names(_get(DIRECTORY, page="abc")) == first
    assert _card_names(_get(DIRECTORY, page="999")) == second


def test_directory_page_links_keep_the_filters():
    for number in range(25):
        CooperativeFactory(name_fr=f"Coop {number:02d}")

    html = _get(DIRECTORY, sector="argan", women="1")

    match = re.search(r'<a rel="next" href="([^"]+)"', html)
    assert match is not None
    query = parse_qs(urlsplit(unescape(match.group(1))).query)
    assert query == {"sector": ["argan"], "women": ["1"], "page": ["2"]}


def _directory_queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(DIRECTORY)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_directory_runs_the_same_number_of_queries_for_1_and_24_cooperatives():
    # given one labelled cooperative
    first = CooperativeFactory()
    CertificationFactory(cooperative=first)
    one = _directory_queries(Client())

    # when 23 more, each with two labels, are added
    for _ in range(23):
        cooperative = CooperativeFactory()
        CertificationFactory(cooperative=cooperative)
        CertificationFactory(cooperative=cooperative, kind=LabelKind.ORGANIC, name="Bio")
    twenty_four = _directory_queries(Client())

    # then: count, page, labels
    assert one == twenty_four == 3


# Storefront --------------------------------------------------------------------------------


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
def test_storefront_is_not_found_unless_verified(status):
    cooperative = CooperativeFactory.create(status=status)

    response = Client().get(_storefront(cooperative.slug))

    assert response.status_code == 404
    assert cooperative.name_fr not in response.content.decode()


def test_storefront_of_unknown_slug_is_not_found():
    assert Client().get(_storefront("no-such-cooperative")).status_code == 404


def test_storefront_shows_facts_womens_share_and_current_labels_only():
    # given a mixed cooperative, 30 women out of 40 members, one current and one expired label
    cooperative = CooperativeFactory(
        name_fr="Safran Taliouine",
        city="taliouine",
        sector=Sector.SAFFRON,
        founded_year=1998,
        women_only=False,
        members_count=40,
        women_count=30,
    )
    CertificationFactory(
        cooperative=cooperative,
        kind=LabelKind.AOP,
        name="Safran de Taliouine AOP",
        certifier="Normacert",
        expires_on=dt.date(2099, 3, 31),
    )
    CertificationFactory(
        cooperative=cooperative,
        kind=LabelKind.ORGANIC,
        name="Bio périmé",
        expires_on=timezone.localdate() - dt.timedelta(days=1),
    )

    # when
    html = _get(_storefront(cooperative.slug))

    # then
    assert "<h1>Safran Taliouine</h1>" in html
    assert "Taliouine, Souss-Massa" in html
    assert "1998" in html
    assert re.search(r'data-testid="members">40 [^<]+</dd>', html)
    assert re.search(r'data-testid="women">30 [^<]+</dd>', html)
    assert re.search(r'data-testid="women-share">75[^<]*%[^<]*</dd>', html)
    assert "Safran de Taliouine AOP" in html
    assert "Normacert" in html
    assert "2099" in html
    assert "Bio périmé" not in html
    assert html.count('data-testid="label"') == 1
    assert "coop-badge-women" not in html


def test_storefront_whatsapp_link_uses_the_digits_and_a_greeting_naming_the_cooperative():
    cooperative = CooperativeFactory(name_fr="Tifawin", phone="+212612345678")

    html = _get(_storefront(cooperative.slug))

    match = re.search(r'href="(https://wa\.me/[^"]+)"', html)
    assert match is not None
    url = urlsplit(unescape(match.group(1)))
    assert url.path == "/212612345678"
    (text,) = parse_qs(url.query)["text"]
    assert "Tifawin" in text
    assert 'href="tel:+212612345678"' in html


def test_storefront_landline_gets_a_call_link_but_no_whatsapp_link():
    cooperative = CooperativeFactory(phone="+212528212345")

    html = _get(_storefront(cooperative.slug))

    assert "wa.me" not in html
    assert 'href="tel:+212528212345"' in html


def test_storefront_open_graph_tags():
    # given a story longer than 200 characters and a logo
    story = "L'huile d'argan de nos mères. " * 20
    cooperative = CooperativeFactory(name_fr="Tifawin", story_fr=story, story=story)
    cooperative.logo.save("logo.webp", ContentFile(b"fake-webp"), save=True)

    # when
    html = _get(_storefront(cooperative.slug))

    # then
    assert "<title>Tifawin · CoopLab</title>" in html
    assert _meta(html, "og:title") == "Tifawin"
    assert _meta(html, "og:type") == "website"
    assert _meta(html, "og:locale") == "fr_MA"
    assert _meta(html, "og:url") == f"http://testserver/fr/cooperatives/{cooperative.slug}/"
    description = _meta(html, "og:description")
    assert description is not None
    assert len(description) == 200
    assert description.startswith("L'huile d'argan de nos mères. L'huile")
    assert _meta(html, "og:image") == f"http://testserver{cooperative.logo.url}"


def test_storefront_og_image_falls_back_to_first_photo_and_photos_are_lazy_and_sized():
    cooperative = CooperativeFactory.create()
    second = CooperativePhoto(cooperative=cooperative, width=1200, height=800, position=2)
    second.image.save("b.webp", ContentFile(b"b"), save=True)
    first = CooperativePhoto(
        cooperative=cooperative, width=800, height=1200, position=1, caption="Le pressage"
    )
    first.image.save("a.webp", ContentFile(b"a"), save=True)

    html = _get(_storefront(cooperative.slug))

    assert _meta(html, "og:image") == f"http://testserver{first.image.url}"
    assert (
        f'<img src="{first.image.url}" alt="Le pressage" width="800" height="1200" '
        'loading="lazy" decoding="async">'
    ) in html
    assert 'width="1200" height="800" loading="lazy"' in html


def test_storefront_without_logo_or_photo_has_no_og_image():
    cooperative = CooperativeFactory()

    html = _get(_storefront(cooperative.slug))

    assert _meta(html, "og:image") is None
    assert _meta(html, "og:title") == cooperative.name_fr


def test_arabic_storefront_shows_the_arabic_name_in_a_right_to_left_page():
    cooperative = CooperativeFactory(name_fr="Coopérative Tifawin", name_ar="تعاونية تيفاوين")

    html = _get(_storefront(cooperative.slug, "ar"))

    assert '<html lang="ar" dir="rtl">' in html
    assert "<h1>تعاونية تيفاوين</h1>" in html
    assert "<title>تعاونية تيفاوين · CoopLab</title>" in html
    assert _meta(html, "og:locale") == "ar_MA"
    assert "تارودانت، سوس ماسة" in html or "تارودانت, سوس ماسة" in html


def test_storefront_falls_back_to_french_when_the_english_name_is_missing():
    cooperative = CooperativeFactory(name_fr="Coopérative Tifawin", name_en="")

    html = _get(_storefront(cooperative.slug, "en"))

    assert "<h1>Coopérative Tifawin</h1>" in html
    assert _meta(html, "og:locale") == "en_US"
