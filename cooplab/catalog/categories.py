"""The category tree of the field, in Arabic, French and English. `categories_sync` creates or
refreshes it (idempotent); a data migration and seed_demo call it."""

from __future__ import annotations

from typing import Any

# (slug, fr, ar, en, is_food, children)
CATEGORY_TREE: list[tuple[str, str, str, str, bool, list[Any]]] = [
    (
        "argan-cosmetiques",
        "Argan et cosmétiques",
        "الأركان ومستحضرات التجميل",
        "Argan and cosmetics",
        True,
        [
            (
                "huile-argan-alimentaire",
                "Huile d'argan alimentaire",
                "زيت الأركان الغذائي",
                "Culinary argan oil",
                True,
                [],
            ),
            (
                "huile-argan-cosmetique",
                "Huile d'argan cosmétique",
                "زيت الأركان التجميلي",
                "Cosmetic argan oil",
                False,
                [],
            ),
            (
                "savons-soins",
                "Savons et soins",
                "الصابون ومواد العناية",
                "Soaps and care",
                False,
                [],
            ),
        ],
    ),
    (
        "huiles",
        "Huile d'olive et autres huiles",
        "زيت الزيتون وزيوت أخرى",
        "Olive and other oils",
        True,
        [],
    ),
    ("miel", "Miel", "العسل", "Honey", True, []),
    ("safran-epices", "Safran et épices", "الزعفران والتوابل", "Saffron and spices", True, []),
    (
        "dattes-fruits-secs",
        "Dattes et fruits secs",
        "التمور والفواكه الجافة",
        "Dates and dried fruit",
        True,
        [],
    ),
    (
        "couscous-cereales",
        "Couscous et céréales",
        "الكسكس والحبوب",
        "Couscous and cereals",
        True,
        [],
    ),
    ("herbes-thes", "Herbes et thés", "الأعشاب والشاي", "Herbs and teas", True, []),
    ("amlou-pates", "Amlou et pâtes à tartiner", "أملو والمعاجين", "Amlou and spreads", True, []),
    (
        "artisanat-textile",
        "Artisanat et textile",
        "الصناعة التقليدية والنسيج",
        "Crafts and textiles",
        False,
        [
            ("tapis", "Tapis", "الزرابي", "Carpets", False, []),
            ("vannerie", "Vannerie", "السلالة", "Basketry", False, []),
        ],
    ),
    ("poterie", "Poterie", "الفخار", "Pottery", False, []),
    (
        "fromages-laitiers",
        "Fromages et produits laitiers",
        "الأجبان ومشتقات الحليب",
        "Cheese and dairy",
        True,
        [],
    ),
]


def categories_sync(category_model: Any) -> int:
    """Create or refresh the tree with `category_model` (the real or a migration's model)."""
    count = 0

    def walk(nodes: list[Any], parent: Any) -> None:
        nonlocal count
        for position, (slug, fr, ar, en, is_food, children) in enumerate(nodes):
            category, _created = category_model.objects.update_or_create(
                slug=slug,
                defaults={
                    "name": fr,
                    "name_fr": fr,
                    "name_ar": ar,
                    "name_en": en,
                    "is_food": is_food,
                    "parent": parent,
                    "position": position,
                },
            )
            count += 1
            walk(children, category)

    walk(CATEGORY_TREE, None)
    return count
