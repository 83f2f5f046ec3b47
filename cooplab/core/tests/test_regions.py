import dataclasses
import unicodedata

import pytest
from django.utils import translation

from cooplab.core.regions import (
    REGION_CODES,
    REGIONS,
    City,
    Region,
    all_city_choices,
    city_choices,
    city_region,
    get_city,
    get_region,
    region_choices,
    region_code_choices,
)

FRENCH_REGION_NAMES = {
    "MA-01": "Tanger-Tétouan-Al Hoceïma",
    "MA-02": "L'Oriental",
    "MA-03": "Fès-Meknès",
    "MA-04": "Rabat-Salé-Kénitra",
    "MA-05": "Béni Mellal-Khénifra",
    "MA-06": "Casablanca-Settat",
    "MA-07": "Marrakech-Safi",
    "MA-08": "Drâa-Tafilalet",
    "MA-09": "Souss-Massa",
    "MA-10": "Guelmim-Oued Noun",
    "MA-11": "Laâyoune-Sakia El Hamra",
    "MA-12": "Dakhla-Oued Ed-Dahab",
}

CITY_SLUGS = {
    "MA-01": ["tanger", "tetouan", "al-hoceima", "chefchaouen", "larache"],
    "MA-02": ["oujda", "nador", "berkane", "figuig"],
    "MA-03": ["fes", "meknes", "ifrane", "taza", "sefrou"],
    "MA-04": ["rabat", "sale", "kenitra", "khemisset"],
    "MA-05": ["beni-mellal", "khenifra", "azilal", "khouribga"],
    "MA-06": ["casablanca", "settat", "el-jadida", "mohammedia"],
    "MA-07": ["marrakech", "safi", "essaouira", "el-kelaa-des-sraghna", "chichaoua"],
    "MA-08": ["errachidia", "ouarzazate", "zagora", "tinghir", "kelaat-mgouna", "erfoud"],
    "MA-09": ["agadir", "taroudant", "tiznit", "taliouine", "tafraout", "inezgane"],
    "MA-10": ["guelmim", "tan-tan", "sidi-ifni", "assa"],
    "MA-11": ["laayoune", "boujdour", "tarfaya", "es-semara"],
    "MA-12": ["dakhla", "aousserd"],
}


def all_cities() -> list[City]:
    return [city for region in REGIONS for city in region.cities]


def is_arabic_text(text: str) -> bool:
    return all(char == " " or unicodedata.name(char).startswith("ARABIC LETTER") for char in text)


def test_there_are_twelve_regions_coded_ma_01_to_ma_12_in_order():
    assert REGION_CODES == tuple(f"MA-{n:02d}" for n in range(1, 13))
    assert [region.code for region in REGIONS] == list(REGION_CODES)


def test_french_region_names_are_the_official_ones():
    assert {region.code: region.name("fr") for region in REGIONS} == FRENCH_REGION_NAMES


def test_region_names_never_carry_an_eh_suffix():
    for region in REGIONS:
        for name in region.names.values():
            assert "(EH)" not in name
            assert "EH" not in name.split()


@pytest.mark.parametrize(
    ("code", "arabic", "english"),
    [
        ("MA-01", "طنجة تطوان الحسيمة", "Tangier-Tetouan-Al Hoceima"),
        ("MA-02", "الشرق", "Oriental"),
        ("MA-03", "فاس مكناس", "Fez-Meknes"),
        ("MA-04", "الرباط سلا القنيطرة", "Rabat-Sale-Kenitra"),
        ("MA-05", "بني ملال خنيفرة", "Beni Mellal-Khenifra"),
        ("MA-06", "الدار البيضاء سطات", "Casablanca-Settat"),
        ("MA-07", "مراكش آسفي", "Marrakesh-Safi"),
        ("MA-08", "درعة تافيلالت", "Draa-Tafilalet"),
        ("MA-09", "سوس ماسة", "Souss-Massa"),
        ("MA-10", "كلميم واد نون", "Guelmim-Oued Noun"),
        ("MA-11", "العيون الساقية الحمراء", "Laayoune-Sakia El Hamra"),
        ("MA-12", "الداخلة وادي الذهب", "Dakhla-Oued Ed-Dahab"),
    ],
)
def test_region_names_in_arabic_and_english(code, arabic, english):
    region = get_region(code)
    assert region.name("ar") == arabic
    assert region.name("en") == english


def test_arabic_region_names_use_the_short_form_in_arabic_script():
    for region in REGIONS:
        assert not region.name("ar").startswith("جهة")
        assert is_arabic_text(region.name("ar")), region.code


def test_each_region_has_exactly_the_expected_cities_in_order():
    assert {r.code: [c.slug for c in r.cities] for r in REGIONS} == CITY_SLUGS


def test_city_slugs_are_unique_across_regions():
    slugs = [city.slug for city in all_cities()]
    assert len(slugs) == len(set(slugs)) == 53


def test_every_region_and_city_has_arabic_french_and_english_names():
    items: list[Region | City] = [*REGIONS, *all_cities()]
    for item in items:
        assert set(item.names) == {"ar", "fr", "en"}
        assert all(name.strip() == name and name for name in item.names.values())


def test_arabic_city_names_are_in_arabic_script():
    for city in all_cities():
        assert is_arabic_text(city.name("ar")), city.slug


@pytest.mark.parametrize(
    ("region_code", "slug", "arabic", "french", "english"),
    [
        ("MA-01", "tanger", "طنجة", "Tanger", "Tangier"),
        ("MA-01", "al-hoceima", "الحسيمة", "Al Hoceïma", "Al Hoceima"),
        ("MA-01", "larache", "العرائش", "Larache", "Larache"),
        ("MA-02", "figuig", "فجيج", "Figuig", "Figuig"),
        ("MA-03", "fes", "فاس", "Fès", "Fez"),
        ("MA-04", "sale", "سلا", "Salé", "Sale"),
        ("MA-05", "khouribga", "خريبكة", "Khouribga", "Khouribga"),
        ("MA-06", "casablanca", "الدار البيضاء", "Casablanca", "Casablanca"),
        (
            "MA-07",
            "el-kelaa-des-sraghna",
            "قلعة السراغنة",
            "El Kelâa des Sraghna",
            "El Kelaa des Sraghna",
        ),
        ("MA-07", "safi", "آسفي", "Safi", "Safi"),
        ("MA-08", "kelaat-mgouna", "قلعة مكونة", "Kelâat M'Gouna", "Kelaat M'Gouna"),
        ("MA-08", "ouarzazate", "ورزازات", "Ouarzazate", "Ouarzazate"),
        ("MA-09", "taliouine", "تالوين", "Taliouine", "Taliouine"),
        ("MA-09", "agadir", "أكادير", "Agadir", "Agadir"),
        ("MA-10", "sidi-ifni", "سيدي إفني", "Sidi Ifni", "Sidi Ifni"),
        ("MA-11", "laayoune", "العيون", "Laâyoune", "Laayoune"),
        ("MA-11", "es-semara", "السمارة", "Es-Semara", "Smara"),
        ("MA-12", "dakhla", "الداخلة", "Dakhla", "Dakhla"),
    ],
)
def test_city_names_in_three_languages(region_code, slug, arabic, french, english):
    city = get_city(region_code, slug)
    assert (city.name("ar"), city.name("fr"), city.name("en")) == (arabic, french, english)


@pytest.mark.parametrize("language", ["zgh", "de", "es", "kab"])
def test_unknown_languages_fall_back_to_french(language):
    assert get_region("MA-09").name(language) == "Souss-Massa"
    assert get_region("MA-03").name(language) == "Fès-Meknès"
    assert get_city("MA-03", "fes").name(language) == "Fès"


@pytest.mark.parametrize(
    ("language", "expected"), [("ar-ma", "فاس"), ("fr_MA", "Fès"), ("en-GB", "Fez"), ("AR", "فاس")]
)
def test_language_variants_use_their_base_language(language, expected):
    assert get_city("MA-03", "fes").name(language) == expected


@pytest.mark.parametrize(
    ("language", "region_name", "city_name"),
    [
        ("ar", "سوس ماسة", "تالوين"),
        ("fr", "Souss-Massa", "Taliouine"),
        ("en", "Souss-Massa", "Taliouine"),
        ("zgh", "Souss-Massa", "Taliouine"),
    ],
)
def test_names_default_to_the_current_language(language, region_name, city_name):
    with translation.override(language):
        assert get_region("MA-09").name() == region_name
        assert get_city("MA-09", "taliouine").name() == city_name


def test_names_fall_back_to_french_without_an_active_language():
    with translation.override(None):
        assert get_region("MA-02").name() == "L'Oriental"


@pytest.mark.parametrize("code", ["MA-00", "MA-13", "ma-09", "MA-9", "", "EH"])
def test_get_region_raises_key_error_for_unknown_codes(code):
    with pytest.raises(KeyError):
        get_region(code)


@pytest.mark.parametrize(
    ("region_code", "slug"),
    [("MA-09", "casablanca"), ("MA-09", "nowhere"), ("MA-13", "agadir"), ("MA-09", "Agadir")],
)
def test_get_city_raises_key_error_outside_its_region(region_code, slug):
    with pytest.raises(KeyError):
        get_city(region_code, slug)


def test_city_region_finds_the_region_code():
    assert city_region("taliouine") == "MA-09"
    assert city_region("kelaat-mgouna") == "MA-08"
    assert city_region("es-semara") == "MA-11"
    assert city_region("berkane") == "MA-02"
    for region_code, slugs in CITY_SLUGS.items():
        assert {city_region(slug) for slug in slugs} == {region_code}


def test_city_region_raises_key_error_for_unknown_slugs():
    with pytest.raises(KeyError):
        city_region("paris")


def test_region_choices_are_sorted_by_code_in_the_requested_language():
    assert region_choices("fr") == sorted(FRENCH_REGION_NAMES.items())
    arabic = region_choices("ar")
    assert [code for code, _ in arabic] == list(REGION_CODES)
    assert arabic[8] == ("MA-09", "سوس ماسة")


def test_region_choices_default_to_the_current_language():
    with translation.override("en"):
        assert region_choices()[2] == ("MA-03", "Fez-Meknes")


def test_region_code_choices_are_french_whatever_the_language():
    with translation.override("ar"):
        assert region_code_choices() == sorted(FRENCH_REGION_NAMES.items())


def test_city_choices_list_one_region_in_order():
    assert city_choices("MA-09", "fr") == [
        ("agadir", "Agadir"),
        ("taroudant", "Taroudant"),
        ("tiznit", "Tiznit"),
        ("taliouine", "Taliouine"),
        ("tafraout", "Tafraout"),
        ("inezgane", "Inezgane"),
    ]
    assert city_choices("MA-12", "ar") == [("dakhla", "الداخلة"), ("aousserd", "أوسرد")]


def test_city_choices_raise_key_error_for_unknown_regions():
    with pytest.raises(KeyError):
        city_choices("MA-13")


def test_all_city_choices_group_cities_under_region_names():
    groups = all_city_choices("fr")
    assert [name for name, _ in groups] == list(FRENCH_REGION_NAMES.values())
    assert [[slug for slug, _ in cities] for _, cities in groups] == list(CITY_SLUGS.values())
    assert groups[11] == (
        "Dakhla-Oued Ed-Dahab",
        [("dakhla", "Dakhla"), ("aousserd", "Aousserd")],
    )


def test_all_city_choices_default_to_the_current_language():
    with translation.override("ar"):
        groups = all_city_choices()
    assert groups[1][0] == "الشرق"
    assert groups[1][1][0] == ("oujda", "وجدة")


def test_regions_and_cities_are_immutable_and_hashable():
    region = get_region("MA-09")
    with pytest.raises(dataclasses.FrozenInstanceError):
        region.code = "MA-99"
    with pytest.raises(TypeError):
        region.names["fr"] = "Sous"  # type: ignore[index]
    with pytest.raises(TypeError):
        region.cities[0].names["fr"] = "Agadir Ida Outanane"  # type: ignore[index]
    assert isinstance(region, Region)
    assert len({*REGIONS}) == 12
    assert len(set(all_cities())) == 53
    assert get_region("MA-09") == region
