"""Morocco's 12 regions (ISO 3166-2 MA-01 to MA-12, 2015 division) and their main cities.

Names are given in Arabic, French and English. Other languages, including Tamazight ("zgh"),
fall back to French. Region names never carry the "(EH)" suffix that some libraries add to
MA-10, MA-11 and MA-12; Arabic region names use the short form without "جهة".

Model fields store the region code ("MA-09") and the city slug ("taliouine"); use
``region_code_choices()`` for model ``choices`` (stable French labels, no translation at import
time) and ``region_choices()`` / ``city_choices()`` / ``all_city_choices()`` in forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from django.utils.translation import get_language

LANGUAGES = ("ar", "fr", "en")
FALLBACK_LANGUAGE = "fr"


def _language_key(language: str | None) -> str:
    code = (language or get_language() or FALLBACK_LANGUAGE).replace("_", "-").lower()
    primary = code.split("-")[0]
    return primary if primary in LANGUAGES else FALLBACK_LANGUAGE


def _names(ar: str, fr: str, en: str) -> Mapping[str, str]:
    return MappingProxyType({"ar": ar, "fr": fr, "en": en})


@dataclass(frozen=True)
class City:
    slug: str
    names: Mapping[str, str] = field(hash=False)

    def name(self, language: str | None = None) -> str:
        """The city's name in ``language`` (default: the current language; else French)."""
        return self.names[_language_key(language)]


@dataclass(frozen=True)
class Region:
    code: str
    names: Mapping[str, str] = field(hash=False)
    cities: tuple[City, ...] = ()

    def name(self, language: str | None = None) -> str:
        """The region's name in ``language`` (default: the current language; else French)."""
        return self.names[_language_key(language)]


def _city(slug: str, ar: str, fr: str, en: str) -> City:
    return City(slug=slug, names=_names(ar, fr, en))


REGIONS: tuple[Region, ...] = (
    Region(
        code="MA-01",
        names=_names(
            "طنجة تطوان الحسيمة", "Tanger-Tétouan-Al Hoceïma", "Tangier-Tetouan-Al Hoceima"
        ),
        cities=(
            _city("tanger", "طنجة", "Tanger", "Tangier"),
            _city("tetouan", "تطوان", "Tétouan", "Tetouan"),
            _city("al-hoceima", "الحسيمة", "Al Hoceïma", "Al Hoceima"),
            _city("chefchaouen", "شفشاون", "Chefchaouen", "Chefchaouen"),
            _city("larache", "العرائش", "Larache", "Larache"),
        ),
    ),
    Region(
        code="MA-02",
        names=_names("الشرق", "L'Oriental", "Oriental"),
        cities=(
            _city("oujda", "وجدة", "Oujda", "Oujda"),
            _city("nador", "الناظور", "Nador", "Nador"),
            _city("berkane", "بركان", "Berkane", "Berkane"),
            _city("figuig", "فجيج", "Figuig", "Figuig"),
        ),
    ),
    Region(
        code="MA-03",
        names=_names("فاس مكناس", "Fès-Meknès", "Fez-Meknes"),
        cities=(
            _city("fes", "فاس", "Fès", "Fez"),
            _city("meknes", "مكناس", "Meknès", "Meknes"),
            _city("ifrane", "إفران", "Ifrane", "Ifrane"),
            _city("taza", "تازة", "Taza", "Taza"),
            _city("sefrou", "صفرو", "Sefrou", "Sefrou"),
        ),
    ),
    Region(
        code="MA-04",
        names=_names("الرباط سلا القنيطرة", "Rabat-Salé-Kénitra", "Rabat-Sale-Kenitra"),
        cities=(
            _city("rabat", "الرباط", "Rabat", "Rabat"),
            _city("sale", "سلا", "Salé", "Sale"),
            _city("kenitra", "القنيطرة", "Kénitra", "Kenitra"),
            _city("khemisset", "الخميسات", "Khémisset", "Khemisset"),
        ),
    ),
    Region(
        code="MA-05",
        names=_names("بني ملال خنيفرة", "Béni Mellal-Khénifra", "Beni Mellal-Khenifra"),
        cities=(
            _city("beni-mellal", "بني ملال", "Béni Mellal", "Beni Mellal"),
            _city("khenifra", "خنيفرة", "Khénifra", "Khenifra"),
            _city("azilal", "أزيلال", "Azilal", "Azilal"),
            _city("khouribga", "خريبكة", "Khouribga", "Khouribga"),
        ),
    ),
    Region(
        code="MA-06",
        names=_names("الدار البيضاء سطات", "Casablanca-Settat", "Casablanca-Settat"),
        cities=(
            _city("casablanca", "الدار البيضاء", "Casablanca", "Casablanca"),
            _city("settat", "سطات", "Settat", "Settat"),
            _city("el-jadida", "الجديدة", "El Jadida", "El Jadida"),
            _city("mohammedia", "المحمدية", "Mohammédia", "Mohammedia"),
        ),
    ),
    Region(
        code="MA-07",
        names=_names("مراكش آسفي", "Marrakech-Safi", "Marrakesh-Safi"),
        cities=(
            _city("marrakech", "مراكش", "Marrakech", "Marrakesh"),
            _city("safi", "آسفي", "Safi", "Safi"),
            _city("essaouira", "الصويرة", "Essaouira", "Essaouira"),
            _city(
                "el-kelaa-des-sraghna",
                "قلعة السراغنة",
                "El Kelâa des Sraghna",
                "El Kelaa des Sraghna",
            ),
            _city("chichaoua", "شيشاوة", "Chichaoua", "Chichaoua"),
        ),
    ),
    Region(
        code="MA-08",
        names=_names("درعة تافيلالت", "Drâa-Tafilalet", "Draa-Tafilalet"),
        cities=(
            _city("errachidia", "الرشيدية", "Errachidia", "Errachidia"),
            _city("ouarzazate", "ورزازات", "Ouarzazate", "Ouarzazate"),
            _city("zagora", "زاكورة", "Zagora", "Zagora"),
            _city("tinghir", "تنغير", "Tinghir", "Tinghir"),
            _city("kelaat-mgouna", "قلعة مكونة", "Kelâat M'Gouna", "Kelaat M'Gouna"),
            _city("erfoud", "أرفود", "Erfoud", "Erfoud"),
        ),
    ),
    Region(
        code="MA-09",
        names=_names("سوس ماسة", "Souss-Massa", "Souss-Massa"),
        cities=(
            _city("agadir", "أكادير", "Agadir", "Agadir"),
            _city("taroudant", "تارودانت", "Taroudant", "Taroudant"),
            _city("tiznit", "تيزنيت", "Tiznit", "Tiznit"),
            _city("taliouine", "تالوين", "Taliouine", "Taliouine"),
            _city("tafraout", "تافراوت", "Tafraout", "Tafraout"),
            _city("inezgane", "إنزكان", "Inezgane", "Inezgane"),
        ),
    ),
    Region(
        code="MA-10",
        names=_names("كلميم واد نون", "Guelmim-Oued Noun", "Guelmim-Oued Noun"),
        cities=(
            _city("guelmim", "كلميم", "Guelmim", "Guelmim"),
            _city("tan-tan", "طانطان", "Tan-Tan", "Tan-Tan"),
            _city("sidi-ifni", "سيدي إفني", "Sidi Ifni", "Sidi Ifni"),
            _city("assa", "آسا", "Assa", "Assa"),
        ),
    ),
    Region(
        code="MA-11",
        names=_names(
            "العيون الساقية الحمراء", "Laâyoune-Sakia El Hamra", "Laayoune-Sakia El Hamra"
        ),
        cities=(
            _city("laayoune", "العيون", "Laâyoune", "Laayoune"),
            _city("boujdour", "بوجدور", "Boujdour", "Boujdour"),
            _city("tarfaya", "طرفاية", "Tarfaya", "Tarfaya"),
            _city("es-semara", "السمارة", "Es-Semara", "Smara"),
        ),
    ),
    Region(
        code="MA-12",
        names=_names("الداخلة وادي الذهب", "Dakhla-Oued Ed-Dahab", "Dakhla-Oued Ed-Dahab"),
        cities=(
            _city("dakhla", "الداخلة", "Dakhla", "Dakhla"),
            _city("aousserd", "أوسرد", "Aousserd", "Aousserd"),
        ),
    ),
)

REGION_CODES: tuple[str, ...] = tuple(region.code for region in REGIONS)

_REGIONS_BY_CODE: Mapping[str, Region] = MappingProxyType({r.code: r for r in REGIONS})
_CITIES: Mapping[str, Mapping[str, City]] = MappingProxyType(
    {r.code: MappingProxyType({c.slug: c for c in r.cities}) for r in REGIONS}
)
_REGION_OF_CITY: Mapping[str, str] = MappingProxyType(
    {city.slug: region.code for region in REGIONS for city in region.cities}
)


def get_region(code: str) -> Region:
    """The region with ISO 3166-2 ``code`` ("MA-09"); KeyError if there is none."""
    return _REGIONS_BY_CODE[code]


def get_city(region_code: str, city_slug: str) -> City:
    """The city ``city_slug`` of region ``region_code``; KeyError if it is not in that region."""
    return _CITIES[region_code][city_slug]


def city_region(city_slug: str) -> str:
    """The code of the region a city belongs to; KeyError for an unknown slug."""
    return _REGION_OF_CITY[city_slug]


def region_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) pairs sorted by code, names in ``language`` (default: current language)."""
    return [(region.code, region.name(language)) for region in sorted(REGIONS, key=_code)]


def region_code_choices() -> list[tuple[str, str]]:
    """(code, French name) pairs sorted by code, for model field ``choices``.

    Fixed French labels keep migrations stable; forms show translated names with
    ``region_choices()``.
    """
    return region_choices(FALLBACK_LANGUAGE)


def city_choices(region_code: str, language: str | None = None) -> list[tuple[str, str]]:
    """(slug, name) pairs for the cities of one region, main city first; KeyError if unknown."""
    return [(city.slug, city.name(language)) for city in get_region(region_code).cities]


def all_city_choices(language: str | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """Cities grouped by region for a <select> with optgroups: [(region name, [(slug, name)])]."""
    return [
        (region.name(language), city_choices(region.code, language))
        for region in sorted(REGIONS, key=_code)
    ]


def _code(region: Region) -> str:
    return region.code
