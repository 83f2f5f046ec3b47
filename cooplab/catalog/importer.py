"""Products from and to a CSV file (one row = one size of a product).

`plan_import` reads and checks the WHOLE file without writing anything: it answers either a
list of row-by-row errors or the products and sizes to create. `import_plan` then writes them
through services.products_import, in one transaction: a file is imported completely or not at
all. `export_csv` writes the same columns, so an exported file can be imported again.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.text import slugify
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.cooperatives.models import Cooperative
from cooplab.core.money import MoneyError, parse_money_input
from cooplab.core.regions import REGIONS

from . import services
from .forms import normalize_number
from .models import Category, Product, Unit, Variant

COLUMNS = (
    "sku",
    "name_fr",
    "name_ar",
    "name_en",
    "description_fr",
    "description_ar",
    "category",
    "origin_region",
    "perishable",
    "onssa_number",
    "variant_label",
    "price",
    "compare_at_price",
    "quantity",
    "unit",
    "stock",
)
REQUIRED_COLUMNS = ("name_fr", "category", "variant_label", "price")
# Columns describing the product (repeated on each of its rows, or left empty after the first).
PRODUCT_COLUMNS = (
    "name_ar",
    "name_en",
    "description_fr",
    "description_ar",
    "origin_region",
    "perishable",
    "onssa_number",
)
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
MAX_STOCK = 1_000_000
MAX_LENGTHS = {
    "sku": 60,
    "name_fr": 200,
    "name_ar": 200,
    "name_en": 200,
    "description_fr": 5000,
    "description_ar": 5000,
    "onssa_number": 40,
    "variant_label": 60,
}
YES = {"yes", "y", "1", "oui", "o", "true", "vrai", "نعم"}
NO = {"no", "n", "0", "non", "false", "faux", "لا"}
REGION_CODES = {region.code for region in REGIONS}
# Spreadsheets run cells starting with these as formulas: exported text gets a leading quote.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUANTITY = re.compile(r"\d+(\.\d{1,3})?")


@dataclass
class PlannedVariant:
    row: int
    label: str
    price: Decimal
    compare_at_price: Decimal | None
    quantity: Decimal | None
    unit: str
    sku: str
    stock: int

    def service_data(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "price": self.price,
            "compare_at_price": self.compare_at_price,
            "quantity": self.quantity,
            "unit": self.unit,
            "sku": self.sku,
            "stock": self.stock,
        }


@dataclass
class PlannedProduct:
    row: int
    name: str
    category: Category
    data: dict[str, Any]
    variants: list[PlannedVariant] = field(default_factory=list)


@dataclass
class ImportPlan:
    products: list[PlannedProduct] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    text: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.products)

    @property
    def variant_count(self) -> int:
        return sum(len(product.variants) for product in self.products)


def _decode(content: bytes) -> str:
    """UTF-8, with or without the byte order mark spreadsheets add."""
    return content.decode("utf-8-sig")


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {delimiter: header.count(delimiter) for delimiter in ",;\t"}
        return max(counts, key=lambda delimiter: counts[delimiter]) if any(counts.values()) else ","


def _unquote(value: str) -> str:
    """Undo the protection export_csv adds in front of formula-like text."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START:
        return value[1:]
    return value


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) for each line after the header."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    for index, cells in enumerate(reader, start=1):
        yield index, [_unquote(cell.strip()) for cell in cells]


class _Rows:
    """Row checks, collecting every error of the file rather than stopping at the first."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.categories = {category.slug: category for category in Category.objects.all()}
        self.products: dict[tuple[str, str], PlannedProduct] = {}
        self.first_values: dict[tuple[str, str], dict[str, str]] = {}
        self.skus: dict[str, int] = {}
        self.labels: dict[tuple[tuple[str, str], str], int] = {}
        self.auto_skus: dict[tuple[tuple[str, str], str], int] = {}

    def error(self, message: str) -> None:
        self.plan.errors.append(message)

    def money(self, row: int, value: str, column: str) -> Decimal | None:
        try:
            amount = parse_money_input(value)
        except MoneyError:
            amount = None
        if amount is None or amount <= 0 or amount >= Decimal("100000000"):
            self.error(
                _("Row %(row)s: %(column)s must be a number, for example 120.50.")
                % {"row": row, "column": column}
            )
            return None
        return amount

    def add(self, row: int, values: dict[str, str]) -> None:
        errors_before = len(self.plan.errors)
        for column in REQUIRED_COLUMNS:
            if not values.get(column):
                self.error(
                    _("Row %(row)s: %(column)s is empty; it is required.")
                    % {"row": row, "column": column}
                )
        for column, limit in MAX_LENGTHS.items():
            if len(values.get(column, "")) > limit:
                self.error(
                    _("Row %(row)s: %(column)s is too long (at most %(limit)s characters).")
                    % {"row": row, "column": column, "limit": limit}
                )
        category = None
        if values.get("category"):
            category = self.categories.get(values["category"].lower())
            if category is None:
                self.error(
                    _(
                        "Row %(row)s: the category “%(value)s” does not exist. Use the address "
                        "name of a category, for example “miel”."
                    )
                    % {"row": row, "value": values["category"]}
                )
        price = self.money(row, values["price"], "price") if values.get("price") else None
        compare_at = None
        if values.get("compare_at_price"):
            compare_at = self.money(row, values["compare_at_price"], "compare_at_price")
            if compare_at is not None and price is not None and compare_at <= price:
                self.error(
                    _("Row %(row)s: compare_at_price must be above the price.") % {"row": row}
                )
        quantity = None
        if values.get("quantity"):
            text = normalize_number(values["quantity"]).replace(",", ".")
            try:
                quantity = Decimal(text) if QUANTITY.fullmatch(text) else None
            except InvalidOperation:
                quantity = None
            if quantity is None or quantity <= 0 or quantity >= Decimal("10000000"):
                quantity = None
                self.error(
                    _(
                        "Row %(row)s: quantity must be a number above zero with at most three "
                        "decimals, for example 250 or 0.75."
                    )
                    % {"row": row}
                )
        unit = (values.get("unit") or Unit.PIECE).lower()
        if unit not in Unit.values:
            self.error(
                _("Row %(row)s: the unit “%(value)s” is not known. Use one of: %(units)s.")
                % {"row": row, "value": values["unit"], "units": ", ".join(Unit.values)}
            )
        stock = 0
        if values.get("stock"):
            text = normalize_number(values["stock"])
            if text.isdigit() and int(text) <= MAX_STOCK:
                stock = int(text)
            else:
                self.error(
                    _("Row %(row)s: stock must be a whole number, 0 or more, for example 12.")
                    % {"row": row}
                )
        region = values.get("origin_region", "").upper()
        if region and region not in REGION_CODES:
            self.error(
                _(
                    "Row %(row)s: the region “%(value)s” is not known. Use a region code from "
                    "MA-01 to MA-12."
                )
                % {"row": row, "value": values["origin_region"]}
            )
        perishable_text = values.get("perishable", "").lower()
        if perishable_text and perishable_text not in YES | NO:
            self.error(_("Row %(row)s: perishable must be yes or no (oui or non).") % {"row": row})
        sku = values.get("sku", "")
        if sku:
            first = self.skus.setdefault(sku.casefold(), row)
            if first != row:
                self.error(
                    _("Row %(row)s: the reference “%(sku)s” is already used on row %(first)s.")
                    % {"row": row, "sku": sku, "first": first}
                )
        if category is None or len(self.plan.errors) > errors_before:
            return
        assert price is not None  # noqa: S101 - checked above
        key = (values["name_fr"].casefold(), category.slug)
        product = self.products.get(key)
        if product is None:
            perishable = category.is_food if not perishable_text else perishable_text in YES
            data: dict[str, Any] = {
                "name_fr": values["name_fr"],
                "category": category,
                "perishable": perishable,
                "origin_region": region,
            }
            for column in ("name_ar", "name_en", "description_fr", "description_ar"):
                data[column] = values.get(column, "")
            data["onssa_number"] = values.get("onssa_number", "")
            product = PlannedProduct(row=row, name=values["name_fr"], category=category, data=data)
            self.products[key] = product
            self.first_values[key] = {column: values.get(column, "") for column in PRODUCT_COLUMNS}
            self.plan.products.append(product)
        else:
            first_values = self.first_values[key]
            for column in PRODUCT_COLUMNS:
                value = values.get(column, "")
                if value and value != first_values[column]:
                    self.error(
                        _(
                            "Row %(row)s: %(column)s differs from row %(first)s, where the same "
                            "product starts. Leave it empty or write the same value."
                        )
                        % {"row": row, "column": column, "first": product.row}
                    )
                    return
        label = values["variant_label"]
        first_label_row = self.labels.setdefault((key, label.casefold()), row)
        if first_label_row != row:
            self.error(
                _(
                    "Row %(row)s: the size “%(label)s” is already on row %(first)s for the same "
                    "product."
                )
                % {"row": row, "label": label, "first": first_label_row}
            )
            return
        if not sku:
            # services.variant_save names a size without reference after its label.
            auto = slugify(label)[:15]
            first_auto_row = self.auto_skus.setdefault((key, auto), row)
            if first_auto_row != row:
                self.error(
                    _(
                        "Row %(row)s: the size “%(label)s” is too close to the one on row "
                        "%(first)s: give one of them a reference (sku)."
                    )
                    % {"row": row, "label": label, "first": first_auto_row}
                )
                return
        product.variants.append(
            PlannedVariant(
                row=row,
                label=label,
                price=price,
                compare_at_price=compare_at,
                quantity=quantity,
                unit=unit,
                sku=sku,
                stock=stock,
            )
        )


def plan_import(*, content: bytes, cooperative: Cooperative | None = None) -> ImportPlan:
    """Read and check a whole CSV file. Writes nothing."""
    plan = ImportPlan()
    if len(content) > MAX_BYTES:
        plan.errors.append(_("The file is larger than 2 MB. Split it into several files."))
        return plan
    try:
        text = _decode(content)
    except UnicodeDecodeError:
        plan.errors.append(
            _(
                "The file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8” and send "
                "it again."
            )
        )
        return plan
    if not text.strip():
        plan.errors.append(_("The file is empty."))
        return plan
    plan.text = text
    rows = _Rows(plan)
    header: list[str] = []
    count = 0
    try:
        for number, cells in _records(text):
            if number == 1:
                header = [cell.strip().lower() for cell in cells]
                if not _check_header(plan, header):
                    return plan
                continue
            if not any(cells):
                continue
            count += 1
            if count > MAX_ROWS:
                plan.errors.clear()
                plan.products.clear()
                plan.errors.append(
                    _(
                        "The file has more than %(max)s rows. Split it into several files of at "
                        "most %(max)s rows."
                    )
                    % {"max": f"{MAX_ROWS:,}"}
                )
                return plan
            if len(cells) > len(header) and any(cells[len(header) :]):
                plan.errors.append(
                    _(
                        "Row %(row)s has more cells than there are columns. Check the separators: "
                        "a decimal comma needs quotes in a file separated by commas."
                    )
                    % {"row": number}
                )
                continue
            rows.add(number, dict(zip(header, cells, strict=False)))
    except csv.Error as exc:
        plan.errors.append(
            _("The file cannot be read as CSV (%(problem)s).") % {"problem": str(exc)}
        )
        return plan
    if not count and not plan.errors:
        plan.errors.append(_("The file has no product rows under its column names."))
    if plan.errors:
        plan.products.clear()
        return plan
    _add_warnings(plan, cooperative)
    return plan


def _check_header(plan: ImportPlan, header: list[str]) -> bool:
    unknown = [column for column in header if column and column not in COLUMNS]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    repeated = sorted({column for column in header if column and header.count(column) > 1})
    if unknown:
        plan.errors.append(
            _("Unknown columns: %(columns)s. The possible columns are: %(expected)s.")
            % {"columns": ", ".join(unknown), "expected": ", ".join(COLUMNS)}
        )
    if missing:
        plan.errors.append(
            _("Missing columns: %(columns)s. The first row must name the columns.")
            % {"columns": ", ".join(missing)}
        )
    if repeated:
        plan.errors.append(
            _("These columns appear twice: %(columns)s.") % {"columns": ", ".join(repeated)}
        )
    return not plan.errors


def _add_warnings(plan: ImportPlan, cooperative: Cooperative | None) -> None:
    existing: set[str] = set()
    if cooperative is not None:
        existing = {
            (name or "").casefold()
            for name in Product.objects.filter(cooperative=cooperative).values_list(
                "name_fr", flat=True
            )
        }
    for product in plan.products:
        if product.name.casefold() in existing:
            plan.warnings.append(
                _(
                    "Row %(row)s: “%(name)s” is already in your catalogue; the import adds "
                    "another product with this name."
                )
                % {"row": product.row, "name": product.name}
            )
        if product.category.is_food and not product.data["onssa_number"]:
            plan.warnings.append(
                _(
                    "Row %(row)s: “%(name)s” is a food product; add its ONSSA number before "
                    "publishing it."
                )
                % {"row": product.row, "name": product.name}
            )


def import_plan(
    *, plan: ImportPlan, cooperative: Cooperative, actor: User | None, source: str = ""
) -> list[Product]:
    """Create the planned products as drafts, all or nothing (see services.products_import)."""
    if not plan.ok:
        raise ValueError("this plan has errors or nothing to import")
    return services.products_import(
        cooperative=cooperative,
        actor=actor,
        products=[
            {"data": dict(product.data), "variants": [v.service_data() for v in product.variants]}
            for product in plan.products
        ],
        source=source,
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def export_rows(*, cooperative: Cooperative) -> Iterator[list[str]]:
    yield list(COLUMNS)
    products = (
        Product.objects.filter(cooperative=cooperative)
        .select_related("category")
        .prefetch_related("variants")
        .order_by("id")
    )
    for product in products:
        product_cells = {
            "name_fr": product.name_fr or product.name,  # type: ignore[attr-defined]
            "name_ar": product.name_ar,  # type: ignore[attr-defined]
            "name_en": product.name_en,  # type: ignore[attr-defined]
            "description_fr": product.description_fr,  # type: ignore[attr-defined]
            "description_ar": product.description_ar,  # type: ignore[attr-defined]
            "category": product.category.slug,
            "origin_region": product.origin_region,
            "perishable": "yes" if product.perishable else "no",
            "onssa_number": product.onssa_number,
        }
        variants: list[Variant | None] = [*product.variants.all()] or [None]
        for variant in variants:
            cells: dict[str, Any] = dict(product_cells)
            if variant is not None:
                cells.update(
                    {
                        "sku": variant.sku,
                        "variant_label": variant.label,
                        "price": variant.price,
                        "compare_at_price": variant.compare_at_price,
                        "quantity": variant.quantity.normalize()
                        if variant.quantity is not None
                        else None,
                        "unit": variant.unit,
                        "stock": variant.stock,
                    }
                )
            yield [
                _cell(cells.get(column))
                if column not in ("price", "compare_at_price", "quantity", "stock")
                else _number(cells.get(column))
                for column in COLUMNS
            ]


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def export_csv(*, cooperative: Cooperative) -> bytes:
    """All the cooperative's products, UTF-8 with a byte order mark (Excel reads Arabic)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(export_rows(cooperative=cooperative))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
