"""Forms of the catalogue back office and staff moderation. They only parse what people type
(amounts with a comma, Arabic-Indic digits…); the rules live in services.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from cooplab.core.money import MoneyError, parse_money_input
from cooplab.core.regions import region_choices

from .models import Category, Product, StockReason, Unit, Variant

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹−", "01234567890123456789-")
# Reasons a manager may give by hand: orders, returns and imports record their own movements.
MANUAL_STOCK_REASONS = [
    (value, label)
    for value, label in StockReason.choices
    if value not in (StockReason.ORDER, StockReason.RETURN, StockReason.IMPORT)
]
MONEY_HELP = _("In dirhams, for example 120.50.")


def normalize_number(text: str) -> str:
    """Western digits and a plain minus sign, whatever the phone's keyboard sent."""
    return text.translate(DIGITS).strip()


class MoneyField(forms.DecimalField):
    """An amount in dirhams as people type it: "120,50", "1 234.50", "١٢٠"."""

    default_error_messages = {
        "invalid": _("Enter an amount in dirhams, for example 120.50."),
        "min_value": _("Enter an amount above zero."),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 10)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("min_value", Decimal("0.01"))
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "decimal", "dir": "ltr", "size": 8})
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return parse_money_input(str(value))
        except MoneyError as exc:
            raise forms.ValidationError(str(exc.message), code=exc.code) from exc


class QuantityField(forms.DecimalField):
    """A net quantity (250 g, 0,75 l): a comma works as the decimal separator."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_digits", 10)
        kwargs.setdefault("decimal_places", 3)
        kwargs.setdefault("min_value", Decimal("0.001"))
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "decimal", "dir": "ltr", "size": 6})
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        if isinstance(value, str):
            value = normalize_number(value).replace(",", ".")
        return super().to_python(value)


class WholeNumberField(forms.IntegerField):
    """An integer typed on any keyboard ("+5", "-3", "٥", "−2")."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "size": 6})
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> int | None:
        if isinstance(value, str):
            value = normalize_number(value).lstrip("+")
        return super().to_python(value)


def category_choices() -> list[tuple[Any, Any]]:
    """Top categories as options, or as groups of their sub-categories (a <select> with
    optgroups); a parent with sub-categories stays selectable as "other"."""
    choices: list[tuple[Any, Any]] = [("", "—")]
    for parent in (
        Category.objects.filter(parent__isnull=True)
        .prefetch_related("children")
        .order_by("position", "slug")
    ):
        children = sorted(parent.children.all(), key=lambda c: (c.position, c.slug))
        if not children:
            choices.append((str(parent.pk), parent.name))
            continue
        options = [(str(child.pk), child.name) for child in children]
        options.append((str(parent.pk), _("%(category)s: other") % {"category": parent.name}))
        choices.append((parent.name, options))
    return choices


def _date_widget() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProductForm(forms.Form):
    name_fr = forms.CharField(label=_("Name in French"), max_length=200, required=False)
    name_ar = forms.CharField(
        label=_("Name in Arabic"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"dir": "rtl"}),
    )
    name_en = forms.CharField(label=_("Name in English (optional)"), max_length=200, required=False)
    name_zgh = forms.CharField(
        label=_("Name in Tamazight (optional, Tifinagh)"), max_length=200, required=False
    )
    description_fr = forms.CharField(
        label=_("Description in French"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    description_ar = forms.CharField(
        label=_("Description in Arabic"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4, "dir": "rtl"}),
    )
    description_en = forms.CharField(
        label=_("Description in English (optional)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    description_zgh = forms.CharField(
        label=_("Description in Tamazight (optional)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    category = forms.ChoiceField(label=_("Category"))
    origin_region = forms.ChoiceField(label=_("Region of origin (optional)"), required=False)
    perishable = forms.BooleanField(
        label=_("Perishable or personalised: no 7-day right of withdrawal"),
        required=False,
        help_text=_("Tick it for food and for goods made to order (law 31-08)."),
    )
    onssa_number = forms.CharField(
        label=_("ONSSA authorisation number"),
        max_length=40,
        required=False,
        help_text=_("Needed to publish a food product."),
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )
    harvest_date = forms.DateField(
        label=_("Harvest or production date (optional)"), required=False, widget=_date_widget()
    )
    best_before = forms.DateField(
        label=_("Best before (optional)"), required=False, widget=_date_widget()
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        category_field = self.fields["category"]
        region_field = self.fields["origin_region"]
        assert isinstance(category_field, forms.ChoiceField)  # noqa: S101 - typing only
        assert isinstance(region_field, forms.ChoiceField)  # noqa: S101
        category_field.choices = category_choices()
        region_field.choices = [("", "—"), *region_choices()]

    def clean_category(self) -> Category:
        category = Category.objects.filter(pk=self.cleaned_data["category"]).first()
        if category is None:
            raise forms.ValidationError(_("Choose a category."))
        return category

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        names = [(cleaned.get(name) or "").strip() for name in ("name_fr", "name_ar")]
        if not any(names):
            self.add_error("name_fr", _("Give the product a name in French or in Arabic."))
        harvest, best_before = cleaned.get("harvest_date"), cleaned.get("best_before")
        if isinstance(harvest, dt.date) and isinstance(best_before, dt.date):
            if best_before < harvest:
                self.add_error(
                    "best_before", _("The best-before date cannot be before the harvest date.")
                )
        return cleaned

    def product_data(self) -> dict[str, Any]:
        """What services.product_create/product_update take (all product fields)."""
        return {name: self.cleaned_data[name] for name in PRODUCT_FORM_FIELDS}


PRODUCT_FORM_FIELDS = tuple(ProductForm.base_fields)


def product_initial(product: Product) -> dict[str, Any]:
    initial: dict[str, Any] = {}
    for name in PRODUCT_FORM_FIELDS:
        value = getattr(product, name)
        if name == "category":
            value = str(product.category_id)
        initial[name] = "" if value is None else value
    return initial


def merge_posted(
    posted: Any, initial: dict[str, Any], *, checkboxes: tuple[str, ...] = ()
) -> tuple[dict[str, Any], set[str]]:
    """Form data where the fields absent from the POST keep their current value, and the names
    of the fields that were posted. A checkbox counts as posted when the page says it showed it
    (hidden `<name>_shown`), since an unticked box sends nothing."""
    data: dict[str, Any] = {}
    sent: set[str] = set()
    for name, value in initial.items():
        if name in checkboxes:
            if f"{name}_shown" in posted or name in posted:
                data[name] = "on" if posted.get(name) else ""
                sent.add(name)
            else:
                data[name] = "on" if value else ""
        elif name in posted:
            data[name] = posted.get(name)
            sent.add(name)
        else:
            data[name] = "" if value is None else value
    return data, sent


class ProductCreateForm(ProductForm):
    """The product and its first size, on one page."""

    variant_label = forms.CharField(
        label=_("Size"), max_length=60, help_text=_("For example: 250 ml, 1 kg.")
    )
    variant_price = MoneyField(label=_("Price (DH)"), help_text=MONEY_HELP)
    variant_stock = WholeNumberField(
        label=_("Units in stock"), min_value=0, max_value=1_000_000, initial=0
    )
    variant_quantity = QuantityField(
        label=_("Net quantity (optional)"),
        required=False,
        help_text=_("With the unit, it shows the price per kg or per litre."),
    )
    variant_unit = forms.ChoiceField(label=_("Unit"), choices=Unit.choices, initial=Unit.PIECE)
    variant_compare_at_price = MoneyField(
        label=_("Price before discount (optional)"), required=False
    )
    variant_sku = forms.CharField(
        label=_("Reference (SKU, optional)"),
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        price, before = cleaned.get("variant_price"), cleaned.get("variant_compare_at_price")
        if price is not None and before is not None and before <= price:
            self.add_error(
                "variant_compare_at_price",
                _("The price before discount must be above the price."),
            )
        return cleaned

    def variant_data(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "label": data["variant_label"].strip(),
            "price": data["variant_price"],
            "stock": data["variant_stock"] or 0,
            "quantity": data.get("variant_quantity"),
            "unit": data.get("variant_unit") or Unit.PIECE,
            "compare_at_price": data.get("variant_compare_at_price"),
            "sku": (data.get("variant_sku") or "").strip(),
        }


class VariantForm(forms.Form):
    """One size of a product; without variant_id it adds a new size."""

    variant_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    label = forms.CharField(label=_("Size"), max_length=60)
    price = MoneyField(label=_("Price (DH)"))
    compare_at_price = MoneyField(label=_("Price before discount (optional)"), required=False)
    quantity = QuantityField(label=_("Net quantity (optional)"), required=False)
    unit = forms.ChoiceField(label=_("Unit"), choices=Unit.choices, initial=Unit.PIECE)
    sku = forms.CharField(
        label=_("Reference (SKU, optional)"),
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off", "size": 12}),
    )
    low_stock_threshold = WholeNumberField(
        label=_("Low stock alert below"), min_value=0, max_value=100000, initial=3
    )
    is_active = forms.BooleanField(label=_("On sale"), required=False, initial=True)
    stock = WholeNumberField(
        label=_("Units in stock"), min_value=0, max_value=1_000_000, required=False, initial=0
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        price, before = cleaned.get("price"), cleaned.get("compare_at_price")
        if price is not None and before is not None and before <= price:
            self.add_error(
                "compare_at_price", _("The price before discount must be above the price.")
            )
        return cleaned


VARIANT_EDIT_FIELDS = (
    "label",
    "price",
    "compare_at_price",
    "quantity",
    "unit",
    "sku",
    "low_stock_threshold",
    "is_active",
)


def variant_initial(variant: Variant | None) -> dict[str, Any]:
    if variant is None:
        return {
            "variant_id": "",
            "label": "",
            "price": "",
            "compare_at_price": "",
            "quantity": "",
            "unit": Unit.PIECE,
            "sku": "",
            "low_stock_threshold": 3,
            "is_active": True,
            "stock": 0,
        }
    initial: dict[str, Any] = {name: getattr(variant, name) for name in VARIANT_EDIT_FIELDS}
    initial["variant_id"] = variant.pk
    return {key: "" if value is None else value for key, value in initial.items()}


class StockAdjustForm(forms.Form):
    variant_id = forms.IntegerField(widget=forms.HiddenInput)
    delta = WholeNumberField(
        label=_("Units to add (or remove, with a minus sign)"),
        min_value=-1_000_000,
        max_value=1_000_000,
        help_text=_("For example 12 to add twelve, -2 to remove two."),
    )
    reason = forms.ChoiceField(label=_("Why"), choices=MANUAL_STOCK_REASONS)
    note = forms.CharField(label=_("Note (optional)"), max_length=200, required=False)

    def clean_delta(self) -> int:
        delta: int = self.cleaned_data["delta"]
        if delta == 0:
            raise forms.ValidationError(_("Enter a whole number of units, other than zero."))
        return delta


class IdListField(forms.Field):
    """Several whole numbers (ticked checkboxes of the same name)."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {"invalid": _("Choose labels of your own cooperative.")}

    def to_python(self, value: Any) -> list[int]:
        if not value:
            return []
        try:
            return sorted({int(item) for item in value})
        except (TypeError, ValueError) as exc:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from exc


class LabelsForm(forms.Form):
    """Ids of certifications; the service checks they are current ones of the cooperative."""

    labels = IdListField(required=False)


class ProductImageForm(forms.Form):
    image = forms.FileField(
        label=_("Photo"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/*", "capture": "environment"}),
    )
    alt = forms.CharField(
        label=_("What the photo shows (optional)"),
        max_length=200,
        required=False,
        help_text=_("Read aloud to blind visitors, for example: two bottles of argan oil."),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Saved from a spreadsheet as “CSV UTF-8”, at most 2 MB and 2,000 rows."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )


class ModerationForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for refusing, shown to the cooperative"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )
