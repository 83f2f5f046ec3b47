"""Product search through the public selector. The same tests run on SQLite (FTS5) and on
PostgreSQL (full text + trigrams), whichever database the suite uses; typo tolerance is
PostgreSQL's only."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from cooplab.catalog import services
from cooplab.catalog.models import Category, Product
from cooplab.catalog.search.backends import search_filter
from cooplab.catalog.selectors import ProductFilters, product_search, public_products
from cooplab.cooperatives.models import Cooperative, CooperativeStatus
from cooplab.cooperatives.tests.factories import (
    CertificationFactory,
    CooperativeFactory,
    manager_of,
)

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="typo tolerance needs PostgreSQL trigrams"
)


@pytest.fixture(autouse=True)
def _no_moderation(settings: Any) -> None:
    settings.CATALOG_MODERATION = False


@pytest.fixture
def coop() -> Cooperative:
    return CooperativeFactory.create()


def make_product(
    cooperative: Cooperative,
    *,
    name_fr: str = "",
    name_ar: str = "",
    description_fr: str = "",
    category: str = "miel",
    region: str = "",
    stock: int = 3,
    publish: bool = True,
) -> Product:
    data: dict[str, Any] = {"category": Category.objects.get(slug=category)}
    if name_fr:
        data["name_fr"] = name_fr
    if name_ar:
        data["name_ar"] = name_ar
    if description_fr:
        data["description_fr"] = description_fr
    if region:
        data["origin_region"] = region
    if data["category"].is_food:
        data["onssa_number"] = "ONSSA-2024-0001"
    actor = manager_of(cooperative)
    product = services.product_create(
        cooperative=cooperative,
        actor=actor,
        data=data,
        variants=[{"label": "250 ml", "price": "120.00", "stock": stock}],
    )
    if publish:
        product = services.product_publish(product=product, actor=actor)
    return product


def found(query: str, **filters: Any) -> list[Product]:
    return list(product_search(filters=ProductFilters(query=query, **filters)).products)


def found_ids(query: str, **filters: Any) -> set[int]:
    return {product.pk for product in found(query, **filters)}


# --- Arabic and French normalisation, end to end ----------------------------------------------


def test_arabic_query_finds_diacritics_gaf_and_bare_alef(coop: Cooperative) -> None:
    # A neutral category, so that only the names can match.
    vocalised = make_product(coop, name_ar="زَيْتُ أرگان", category="poterie")
    bare = make_product(coop, name_ar="زيت اركان", category="poterie")
    honey = make_product(coop, name_ar="عسل الزعتر", category="poterie")

    result = found_ids("زيت الأركان")

    assert {vocalised.pk, bare.pk} <= result
    assert honey.pk not in result


@pytest.mark.parametrize("query", ["huile d'argan", "HUILE ARGAN", "argane", "Huiles d’Argan"])
def test_french_query_variants_find_argan_oil(coop: Cooperative, query: str) -> None:
    oil = make_product(coop, name_fr="Huile d'argan", category="poterie")
    pot = make_product(coop, name_fr="Tajine en terre cuite", category="poterie")

    result = found_ids(query)

    assert oil.pk in result
    assert pot.pk not in result


def test_prefix_finds_whole_word(coop: Cooperative) -> None:
    saffron = make_product(coop, name_fr="Safran de Taliouine", category="safran-epices")
    honey = make_product(coop, name_fr="Miel de thym", category="miel")

    assert found_ids("safr") == {saffron.pk}
    assert found_ids("Taliou") == {saffron.pk}
    assert found_ids("mie") == {honey.pk}


def test_tea_is_not_a_stop_word(coop: Cooperative) -> None:
    tea = make_product(coop, name_fr="Thé vert à la menthe", category="poterie")
    make_product(coop, name_fr="Tajine", category="poterie")

    assert found_ids("thé") == {tea.pk}


def test_arabic_indic_digits_match_latin_digits(coop: Cooperative) -> None:
    product = make_product(coop, name_fr="Amlou, lot 7391", category="poterie")
    make_product(coop, name_fr="Amlou, lot 5280", category="poterie")

    assert found_ids("٧٣٩١") == {product.pk}


# --- Ranking -----------------------------------------------------------------------------------


def test_match_in_name_ranks_above_match_in_description(coop: Cooperative) -> None:
    in_description = make_product(
        coop,
        name_fr="Tisane des montagnes",
        description_fr="Un mélange de verveine, de lavande et de sauge.",
        category="herbes-thes",
    )
    in_name = make_product(
        coop,
        name_fr="Lavande séchée",
        description_fr="Cueillie à la main dans le Haut Atlas.",
        category="herbes-thes",
    )

    result = found("lavande")

    assert [p.pk for p in result] == [in_name.pk, in_description.pk]
    assert result[0].search_rank > result[1].search_rank


def test_partly_matching_query_falls_back_to_any_word(coop: Cooperative) -> None:
    honey = make_product(coop, name_fr="Miel d'euphorbe", category="miel")
    oil = make_product(coop, name_fr="Huile d'olive", category="huiles")
    pot = make_product(coop, name_fr="Tajine en terre cuite", category="poterie")
    both = make_product(coop, name_fr="Amlou au miel", category="poterie")

    # "amlou miel": one product has both words, so only it is found.
    assert found_ids("amlou miel") == {both.pk}
    # No product has "miel" and "olive": products with either are found, none with neither.
    result = found("miel olive")
    assert {p.pk for p in result} == {honey.pk, oil.pk, both.pk}
    assert pot.pk not in {p.pk for p in result}


@pytest.mark.parametrize("query", ["de la", "  ?!  ", "les et des", "'", "-"])
def test_query_without_searchable_words_does_not_filter(coop: Cooperative, query: str) -> None:
    make_product(coop, name_fr="Miel de thym", category="miel")
    make_product(coop, name_fr="Huile d'olive", category="huiles")

    products = product_search(filters=ProductFilters(query=query)).products

    assert [p.pk for p in products] == [p.pk for p in found("")]
    assert all(p.search_rank == 0.0 for p in products)


@pytest.mark.parametrize(
    "query",
    [
        '"huile',
        "huile AND OR NOT",
        "NEAR(huile argan)",
        "argan*",
        "huile:* & !argan",
        "argan' OR 1=1 --",
        "col:argan",
        "^argan",
        "(argan",
        "a_r_g_a_n",
        "%_%",
        "\\",
    ],
)
def test_query_syntax_is_never_interpreted(coop: Cooperative, query: str) -> None:
    make_product(coop, name_fr="Huile d'argan", category="poterie")

    found(query)  # no database error, whatever the query


def test_rank_without_facets_and_with_other_filters(coop: Cooperative) -> None:
    honey = make_product(coop, name_fr="Miel de thym", category="miel", region="MA-09")
    make_product(coop, name_fr="Miel de jujubier", category="miel", region="MA-08")

    result = product_search(
        filters=ProductFilters(query="miel", region="MA-09"), with_facets=False
    ).products

    assert [p.pk for p in result] == [honey.pk]


# --- What is found -------------------------------------------------------------------------------


def test_drafts_archived_and_unverified_cooperatives_are_never_found() -> None:
    verified = CooperativeFactory()
    suspended = CooperativeFactory()
    visible = make_product(verified, name_fr="Miel de thym")
    draft = make_product(verified, name_fr="Miel de lavande", publish=False)
    archived = make_product(verified, name_fr="Miel de caroube")
    services.product_archive(product=archived, actor=manager_of(verified))
    hidden = make_product(suspended, name_fr="Miel d'euphorbe")
    Cooperative.objects.filter(pk=suspended.pk).update(status=CooperativeStatus.SUSPENDED)

    for query in ("miel", "miel lavande", "caroube", "euphorbe"):
        result = found_ids(query)
        assert draft.pk not in result
        assert archived.pk not in result
        assert hidden.pk not in result
    assert found_ids("miel") == {visible.pk}
    # The OR fallback looks within visible products only.
    assert found_ids("caroube lavande") == set()


def test_updated_name_is_searched_at_once(coop: Cooperative) -> None:
    product = make_product(coop, name_fr="Miel de thym", category="miel")
    assert found_ids("thym") == {product.pk}

    services.product_update(
        product=product, actor=manager_of(coop), data={"name_fr": "Miel de caroube"}
    )

    assert found_ids("thym") == set()
    assert found_ids("caroube") == {product.pk}


def test_republished_product_is_found_again(coop: Cooperative) -> None:
    product = make_product(coop, name_fr="Miel de thym")
    actor = manager_of(coop)
    services.product_archive(product=product, actor=actor)
    assert found_ids("thym") == set()

    services.product_publish(product=product, actor=actor)

    assert found_ids("thym") == {product.pk}


def test_search_filter_composes_with_other_querysets(coop: Cooperative) -> None:
    thyme = make_product(coop, name_fr="Miel de thym", category="miel")
    make_product(coop, name_fr="Miel de caroube", category="miel")

    queryset = search_filter(public_products(), "miel").filter(pk=thyme.pk)

    assert list(queryset.values_list("pk", flat=True)) == [thyme.pk]
    assert queryset.count() == 1
    assert Product.objects.filter(pk__in=queryset.values("pk")).count() == 1
    assert queryset.distinct().order_by("-search_rank").first() == thyme


# --- Facets --------------------------------------------------------------------------------------


FACET_FILTERS = {
    "category": "category",
    "region": "region",
    "cooperative": "cooperative",
    "label": "label",
    "women_only": "women_only",
    "in_stock": "in_stock",
}


def assert_facet_counts_match(query: str) -> int:
    result = product_search(filters=ProductFilters(query=query))
    checked = 0
    for facet, values in result.facets.items():
        for entry in values:
            filtered = found(query, **{FACET_FILTERS[facet]: entry["value"]})
            assert len(filtered) == entry["count"], (facet, entry)
            checked += 1
    return checked


def test_facet_counts_match_filtered_results() -> None:
    women = CooperativeFactory(women_only=True)
    mixed = CooperativeFactory(women_only=False, region="MA-08")
    CertificationFactory(cooperative=women)
    make_product(women, name_fr="Huile d'argan", category="huile-argan-alimentaire", region="MA-09")
    labelled = make_product(
        women, name_fr="Huile d'argan grillée", category="huile-argan-alimentaire", region="MA-09"
    )
    services.product_set_labels(
        product=labelled,
        actor=manager_of(women),
        certification_ids=list(women.certifications.values_list("pk", flat=True)),
    )
    make_product(women, name_fr="Huile d'argan cosmétique", category="huile-argan-cosmetique")
    make_product(mixed, name_fr="Huile d'olive", category="huiles", region="MA-08", stock=0)
    make_product(mixed, name_fr="Huile de figue de barbarie", category="savons-soins")
    make_product(mixed, name_fr="Miel de thym", category="miel", region="MA-08")

    result = product_search(filters=ProductFilters(query="huile"))
    assert len(result.products) == 5
    categories = {entry["value"]: entry["count"] for entry in result.facets["category"]}
    assert categories["huile-argan-alimentaire"] == 2
    assert "miel" not in categories

    assert assert_facet_counts_match("huile") >= 10
    assert assert_facet_counts_match("argan") >= 5
    # The any-word fallback keeps facets consistent too.
    assert assert_facet_counts_match("olive figue") >= 3
    assert assert_facet_counts_match("زيت") >= 0


def test_parent_category_facet_counts_sub_categories(coop: Cooperative) -> None:
    make_product(coop, name_fr="Huile d'argan", category="argan-cosmetiques")
    make_product(coop, name_fr="Huile d'argan grillée", category="huile-argan-alimentaire")

    assert_facet_counts_match("argan")


# --- Typos (PostgreSQL) --------------------------------------------------------------------------


@postgres_only
@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("safarn", "Safran de Taliouine"),
        ("huile d'argn", "Huile d'argan"),
        ("lavnde", "Lavande séchée"),
        ("زيت اركن", "زيت أركان"),
    ],
)
def test_misspelling_finds_product(coop: Cooperative, query: str, name: str) -> None:
    field = "name_ar" if name[0] == "ز" else "name_fr"
    wanted = make_product(coop, category="poterie", **{field: name})
    make_product(coop, name_fr="Tajine en terre cuite", category="poterie")

    result = found(query)

    assert [p.pk for p in result] == [wanted.pk]


@postgres_only
def test_exact_match_ranks_above_misspelt_match(coop: Cooperative) -> None:
    exact = make_product(coop, name_fr="Lavande", category="poterie")
    close = make_product(coop, name_fr="Lavende", category="poterie")

    result = found("lavande")

    assert [p.pk for p in result] == [exact.pk, close.pk]


@postgres_only
def test_short_words_are_not_matched_by_similarity(coop: Cooperative) -> None:
    make_product(coop, name_fr="Mixte de fleurs", category="poterie")
    honey = make_product(coop, name_fr="Miel", category="poterie")

    assert found_ids("miel") == {honey.pk}
