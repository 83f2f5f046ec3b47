from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ar-MA,ar;q=0.9,fr;q=0.8", "/ar/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_by_accept_language_with_french_fallback(accept: str, expected: str):
    response = Client().get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_html_carries_language_and_direction(language: str, direction: str):
    response = Client().get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in response.content.decode()


@pytest.mark.parametrize("browser_language", ["", "en-US,en;q=0.9", "ar"])
def test_language_switch_keeps_the_current_page(browser_language: str):
    client = Client(HTTP_ACCEPT_LANGUAGE=browser_language)
    response = client.post(
        "/i18n/setlang/", {"language": "ar", "next": "/fr/accounts/login/?next=/fr/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/login/?next=/fr/"
    assert client.cookies["cooplab_language"].value == "ar"


def test_pages_offer_alternates_in_every_language():
    html = Client().get("/fr/accounts/login/").content.decode()
    for language in ("ar", "fr", "en"):
        assert f'hreflang="{language}" href="/{language}/accounts/login/"' in html


def test_arabic_page_is_translated():
    html = Client().get("/ar/").content.decode()
    assert "تعاونيات" in html or "التعاونيات" in html
    assert not re.search(r">\s*Marketplace\s*<", html)


def test_tamazight_is_a_content_language(settings):
    from django.utils.translation import get_language_info

    assert "zgh" in settings.MODELTRANSLATION_LANGUAGES
    assert "zgh" not in dict(settings.LANGUAGES)  # no interface catalogue for it
    assert get_language_info("zgh")["name_local"] == "ⵜⴰⵎⴰⵣⵉⵖⵜ"


def test_layout_is_accessible_basics():
    html = Client().get("/fr/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert "https://" not in re.sub(r'<link rel="alternate"[^>]*>', "", html)  # no CDN assets
