"""CSV import and export of products: the whole file is checked first, and imported completely
or not at all."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from cooplab.catalog import importer, services
from cooplab.catalog.models import Category, Product, StockMovement, StockReason, Variant
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of

pytestmark = pytest.mark.django_db

HEADER = (
    "sku,name_fr,name_ar,name_en,description_fr,description_ar,category,origin_region,"
    "perishable,onssa_number,variant_label,price,compare_at_price,quantity,unit,stock"
)
VALID = (
    HEADER
    + "\n"
    + "\n".join(
        [
            "MT-250,Miel de thym,عسل الزعتر,Thyme honey,Miel de montagne,,miel,MA-09,yes,ONSSA-1,"
            "250 g,90.00,,250,g,12",
            "MT-500,Miel de thym,,,,,miel,,,,500 g,160,180,500,g,4",
            "ARG-1,Huile d'argan,زيت الأركان,,,,huile-argan-alimentaire,MA-09,oui,ONSSA-2,"
            "1 l,350.00,,1,l,0",
            ",Tapis Boucherouite,,,,,tapis,MA-07,non,,150 x 90 cm,1200,,,piece,1",
        ]
    )
    + "\n"
)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def cooperative():
    return CooperativeFactory(slug="tifawin")


@pytest.fixture
def manager(cooperative):
    return manager_of(cooperative)


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def import_url(cooperative) -> str:
    return reverse("catalog:bo_product_import", kwargs={"cooperative_id": cooperative.public_id})


def upload(text: str | bytes, name: str = "products.csv") -> SimpleUploadedFile:
    content = text.encode() if isinstance(text, str) else text
    return SimpleUploadedFile(name, content, content_type="text/csv")


def variants_of(cooperative) -> list[tuple[Any, ...]]:
    return [
        (
            v.product.name_fr,
            v.product.category.slug,
            v.sku,
            v.label,
            v.price,
            v.compare_at_price,
            v.quantity,
            v.unit,
            v.stock,
        )
        for v in Variant.objects.filter(product__cooperative=cooperative)
        .select_related("product__category")
        .order_by("product_id", "position")
    ]


def test_a_valid_file_imports_its_products_and_sizes(cooperative, manager):
    plan = importer.plan_import(content=VALID.encode(), cooperative=cooperative)
    assert plan.errors == []
    assert (len(plan.products), plan.variant_count) == (3, 4)

    importer.import_plan(plan=plan, cooperative=cooperative, actor=manager, source="p.csv")

    assert variants_of(cooperative) == [
        (
            "Miel de thym",
            "miel",
            "MT-250",
            "250 g",
            Decimal("90.00"),
            None,
            Decimal("250"),
            "g",
            12,
        ),
        (
            "Miel de thym",
            "miel",
            "MT-500",
            "500 g",
            Decimal("160.00"),
            Decimal("180.00"),
            Decimal("500"),
            "g",
            4,
        ),
        (
            "Huile d'argan",
            "huile-argan-alimentaire",
            "ARG-1",
            "1 l",
            Decimal("350.00"),
            None,
            Decimal("1"),
            "l",
            0,
        ),
        (
            "Tapis Boucherouite",
            "tapis",
            "tapis-boucherouite-150-x-90-cm",
            "150 x 90 cm",
            Decimal("1200.00"),
            None,
            None,
            "piece",
            1,
        ),
    ]
    honey = Product.objects.get(name_fr="Miel de thym")
    assert (honey.name_ar, honey.name_en, honey.origin_region, honey.perishable) == (
        "عسل الزعتر",
        "Thyme honey",
        "MA-09",
        True,
    )
    assert (honey.price_from, honey.in_stock, honey.status) == (Decimal("90.00"), True, "draft")
    assert Product.objects.get(name_fr="Tapis Boucherouite").perishable is False
    assert sorted(StockMovement.objects.values_list("delta", "reason", "note")) == [
        (1, StockReason.IMPORT, "p.csv"),
        (4, StockReason.IMPORT, "p.csv"),
        (12, StockReason.IMPORT, "p.csv"),
    ]


def test_the_web_import_previews_then_imports_on_confirmation(cooperative, manager):
    client = client_for(manager)

    preview = client.post(import_url(cooperative), {"file": upload(VALID)})

    html = preview.content.decode()
    assert preview.status_code == 200
    assert 'data-testid="import-preview"' in html
    assert "Ready to import 3 products with 4 sizes." in html
    assert "Confirm import" in html
    assert not Product.objects.exists()

    token = preview.context["token"]
    confirmed = client.post(import_url(cooperative), {"confirm": "1", "token": token})

    assert confirmed.status_code == 302
    assert Product.objects.filter(cooperative=cooperative).count() == 3
    # The same confirmation sent twice imports nothing more.
    again = client.post(import_url(cooperative), {"confirm": "1", "token": token}, follow=True)
    assert "Nothing to import: send the file again." in again.content.decode()
    assert Product.objects.count() == 3


def test_a_file_with_errors_imports_nothing_and_lists_the_rows(cooperative, manager):
    text = (
        HEADER
        + "\n"
        + "\n".join(
            [
                "A1,Miel de thym,,,,,miel,,yes,,250 g,90,,,g,3",
                "A2,Miel de jujubier,,,,,miel,,yes,,250 g,douze,,,g,3",
                "A3,Savon,,,,,savon-inconnu,,,,1 piece,20,,,piece,3",
                "A4,Amlou,,,,,amlou-pates,MA-99,peut-être,,250 g,60,,,sac,-2",
                "A1,Dattes,,,,,dattes-fruits-secs,,,,1 kg,70,65,,kg,",
                ",,,,,,miel,,,,,,,,,",
            ]
        )
        + "\n"
    )

    plan = importer.plan_import(content=text.encode(), cooperative=cooperative)
    response = client_for(manager).post(import_url(cooperative), {"file": upload(text)})

    assert plan.errors == [
        "Row 3: price must be a number, for example 120.50.",
        "Row 4: the category “savon-inconnu” does not exist. Use the address name of a "
        "category, for example “miel”.",
        "Row 5: the unit “sac” is not known. Use one of: g, kg, ml, l, piece.",
        "Row 5: stock must be a whole number, 0 or more, for example 12.",
        "Row 5: the region “MA-99” is not known. Use a region code from MA-01 to MA-12.",
        "Row 5: perishable must be yes or no (oui or non).",
        "Row 6: compare_at_price must be above the price.",
        "Row 6: the reference “A1” is already used on row 2.",
        "Row 7: name_fr is empty; it is required.",
        "Row 7: variant_label is empty; it is required.",
        "Row 7: price is empty; it is required.",
    ]
    assert plan.products == []
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-testid="import-errors"' in html
    assert "Row 3: price must be a number, for example 120.50." in html
    assert "Confirm import" not in html
    assert not Product.objects.exists()
    assert not StockMovement.objects.exists()


def test_the_access_matrix_file_gets_a_list_of_errors(cooperative, manager):
    response = client_for(manager).post(
        import_url(cooperative), {"file": upload("name_fr\nX\n", "p.csv")}
    )

    assert response.status_code == 200
    assert "Missing columns: category, variant_label, price." in response.content.decode()
    assert not Product.objects.exists()


def test_a_semicolon_file_with_bom_and_decimal_commas_is_read(cooperative, manager):
    text = (
        "\ufeffname_fr;name_ar;category;variant_label;price;compare_at_price;quantity;unit;stock\r\n"
        "Huile d'olive;زيت الزيتون;huiles;75 cl;85,50;99,90;0,75;l;6\r\n"
    )

    plan = importer.plan_import(content=text.encode("utf-8"), cooperative=cooperative)
    assert plan.errors == []
    importer.import_plan(plan=plan, cooperative=cooperative, actor=manager)

    product = Product.objects.get()
    variant = product.variants.get()
    assert (product.name_fr, product.name_ar) == ("Huile d'olive", "زيت الزيتون")
    assert (variant.price, variant.compare_at_price, variant.quantity, variant.stock) == (
        Decimal("85.50"),
        Decimal("99.90"),
        Decimal("0.750"),
        6,
    )


def test_conflicting_product_values_and_repeated_sizes_are_errors(cooperative):
    text = (
        "name_fr,name_ar,category,variant_label,price\n"
        "Miel,عسل,miel,250 g,90\n"
        "Miel,,miel,500 g,160\n"
        "Miel,عسل آخر,miel,1 kg,300\n"
        "Miel,,miel,250 G,95\n"
        'Miel,,miel,"1,5 kg",400\n'
        "Miel,,miel,1.5 kg,400\n"
    )

    plan = importer.plan_import(content=text.encode(), cooperative=cooperative)

    assert plan.errors == [
        "Row 4: name_ar differs from row 2, where the same product starts. Leave it empty or "
        "write the same value.",
        "Row 5: the size “250 G” is already on row 2 for the same product.",
        "Row 7: the size “1.5 kg” is too close to the one on row 6: give one of them a "
        "reference (sku).",
    ]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "The file is empty."),
        ("name_fr,category\n".encode("cp1252") + "Miel é".encode("cp1252"), "not in UTF-8"),
        (b"x" * (2 * 1024 * 1024 + 1), "The file is larger than 2 MB."),
        (b"name_fr,category,variant_label,price,prix\n", "Unknown columns: prix."),
        (b"name_fr,category,variant_label,price\n", "The file has no product rows"),
        (b"name_fr,category,variant_label,price\nMiel,miel,1 kg,120,50\n", "Row 2 has more cells"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(cooperative, content, error):
    plan = importer.plan_import(content=content, cooperative=cooperative)

    assert not plan.ok
    assert len(plan.errors) == 1
    assert error in plan.errors[0]


def test_a_file_of_2001_rows_is_refused_and_2000_accepted(cooperative, manager):
    def rows(count: int) -> bytes:
        lines = ["name_fr,category,variant_label,price,stock"]
        lines += [f"Miel {n},miel,250 g,90,1" for n in range(count)]
        return ("\n".join(lines) + "\n").encode()

    refused = importer.plan_import(content=rows(2001), cooperative=cooperative)
    accepted = importer.plan_import(content=rows(2000), cooperative=cooperative)
    response = client_for(manager).post(
        import_url(cooperative), {"file": upload(rows(2001), "big.csv")}
    )

    assert refused.errors == [
        "The file has more than 2,000 rows. Split it into several files of at most 2,000 rows."
    ]
    assert refused.products == []
    assert (accepted.errors, len(accepted.products)) == ([], 2000)
    assert "The file has more than 2,000 rows." in response.content.decode()
    assert not Product.objects.exists()


def test_export_then_import_gives_the_same_catalogue(cooperative, manager):
    honey = Category.objects.get(slug="miel")
    services.product_create(
        cooperative=cooperative,
        actor=manager,
        data={
            "name_fr": '=Miel, "pur"',
            "name_ar": "عسل حر",
            "name_en": "Pure honey",
            "description_fr": "Récolté à la main;\nen montagne.",
            "description_ar": "عسل جبلي",
            "category": honey,
            "origin_region": "MA-08",
            "perishable": True,
            "onssa_number": "ONSSA-77",
        },
        variants=[
            {"label": "250 g", "price": "90", "quantity": "250", "unit": "g", "stock": 3},
            {
                "label": "1 kg",
                "price": "300",
                "compare_at_price": "340",
                "unit": "kg",
                "quantity": "1",
                "sku": "MH-1KG",
                "stock": 0,
            },
        ],
    )
    services.product_create(
        cooperative=cooperative,
        actor=manager,
        data={"name_fr": "Plat en terre", "category": Category.objects.get(slug="poterie")},
        variants=[{"label": "30 cm", "price": "150", "stock": 2}],
    )

    response = client_for(manager).get(
        reverse("catalog:bo_product_export", kwargs={"cooperative_id": cooperative.public_id})
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="cooplab-products-tifawin-' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert tuple(rows[0]) == importer.COLUMNS
    assert rows[1][1] == '\'=Miel, "pur"'  # no formula in a spreadsheet

    other = CooperativeFactory()
    plan = importer.plan_import(content=response.content, cooperative=other)
    assert plan.errors == []
    importer.import_plan(plan=plan, cooperative=other, actor=manager_of(other))

    def products(cooperative) -> list[tuple[Any, ...]]:
        # An empty text and no text are the same to the catalogue.
        return [
            (
                *[
                    getattr(p, field) or ""
                    for field in ("name_fr", "name_ar", "name_en", "description_fr")
                ],
                p.description_ar or "",
                p.category.slug,
                p.origin_region,
                p.perishable,
                p.onssa_number,
            )
            for p in Product.objects.filter(cooperative=cooperative).order_by("id")
        ]

    assert products(other) == products(cooperative)
    assert variants_of(other) == variants_of(cooperative)


def test_the_command_checks_with_dry_run_and_then_imports(cooperative, tmp_path):
    path = tmp_path / "products.csv"
    path.write_text(VALID, encoding="utf-8")
    out = io.StringIO()

    call_command("import_products", "tifawin", str(path), "--dry-run", stdout=out)

    assert "Dry run: 3 product(s) with 4 size(s) would be imported." in out.getvalue()
    assert not Product.objects.exists()

    call_command("import_products", "tifawin", str(path), stdout=out)

    assert "Imported 3 product(s) with 4 size(s) as drafts." in out.getvalue()
    assert Product.objects.filter(cooperative=cooperative).count() == 3


def test_the_command_refuses_a_file_with_errors(cooperative, tmp_path):
    path = tmp_path / "products.csv"
    path.write_text("name_fr,category,variant_label,price\nMiel,miel,1 kg,-4\n", encoding="utf-8")
    err = io.StringIO()

    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import_products", "tifawin", str(path), stderr=err)

    assert "Row 2: price must be a number, for example 120.50." in err.getvalue()
    assert not Product.objects.exists()
