"""The catalogue: categories, products of cooperatives, their variants, images and stock."""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cooplab.cooperatives.models import Certification, Cooperative
from cooplab.core.regions import region_code_choices


class Category(models.Model):
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    # Translated columns name_ar, name_fr, name_en, name_zgh come from modeltranslation.
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    position = models.PositiveSmallIntegerField(default=0)
    is_food = models.BooleanField(
        _("food category"),
        default=True,
        help_text=_("Food products need the cooperative's ONSSA authorisation number."),
    )

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["position", "slug"]

    def __str__(self) -> str:
        return self.name


#: Moroccan VAT rates; 0 for exempt cooperatives and products.
VAT_RATES = [
    (Decimal("0.00"), "0 %"),
    (Decimal("7.00"), "7 %"),
    (Decimal("10.00"), "10 %"),
    (Decimal("14.00"), "14 %"),
    (Decimal("20.00"), "20 %"),
]


class ProductStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING_REVIEW = "pending_review", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Product(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    cooperative = models.ForeignKey(
        Cooperative,
        on_delete=models.PROTECT,
        related_name="products",
        verbose_name=_("cooperative"),
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="products", verbose_name=_("category")
    )
    # Translated columns (name_ar, name_fr, …; description_ar, …) come from modeltranslation.
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    origin_region = models.CharField(
        _("region of origin"), max_length=5, choices=region_code_choices(), blank=True
    )
    perishable = models.BooleanField(
        _("perishable or personalised (no right of withdrawal)"),
        default=True,
        help_text=_(
            "Law 31-08: perishable food and personalised goods have no 7-day right of withdrawal."
        ),
    )
    onssa_number = models.CharField(_("ONSSA authorisation number"), max_length=40, blank=True)
    # Prices include tax; most cooperatives and many products are VAT-exempt (DOMAIN.md).
    vat_rate = models.DecimalField(
        _("VAT rate (%)"),
        max_digits=4,
        decimal_places=2,
        choices=VAT_RATES,
        default=Decimal("0.00"),
        help_text=_("Prices include VAT. Exempt cooperatives and products: 0%."),
    )
    harvest_date = models.DateField(_("harvest or production date"), null=True, blank=True)
    best_before = models.DateField(_("best before"), null=True, blank=True)
    labels = models.ManyToManyField(
        Certification, blank=True, related_name="products", verbose_name=_("labels")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProductStatus.choices, default=ProductStatus.DRAFT
    )
    # Kept in step by the services from the active variants: sorting and price facets.
    price_from = models.DecimalField(
        _("price from"), max_digits=10, decimal_places=2, null=True, blank=True, editable=False
    )
    in_stock = models.BooleanField(_("in stock"), default=False, editable=False)
    moderation_note = models.TextField(
        _("reason given by moderation"),
        blank=True,
        editable=False,
        help_text=_("Shown to the cooperative when the CoopLab team sends the product back."),
    )
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["-published_at", "-id"]
        indexes = [
            # Newest first within the public catalogue, a category or a cooperative.
            models.Index(fields=["status", "-published_at"], name="product_status_newest"),
            models.Index(
                fields=["category", "status", "-published_at"], name="product_category_newest"
            ),
            models.Index(
                fields=["cooperative", "status", "-published_at"], name="product_coop_newest"
            ),
            models.Index(fields=["status", "price_from"], name="product_status_price"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("catalog:product_detail", kwargs={"slug": self.slug})

    @property
    def withdrawal_allowed(self) -> bool:
        return not self.perishable


class Unit(models.TextChoices):
    GRAM = "g", _("g")
    KILOGRAM = "kg", _("kg")
    MILLILITRE = "ml", _("ml")
    LITRE = "l", _("l")
    PIECE = "piece", _("piece")


# Unit price shown per kilogram or per litre.
UNIT_PRICE_BASE = {
    Unit.GRAM: (Decimal("1000"), Unit.KILOGRAM),
    Unit.KILOGRAM: (Decimal("1"), Unit.KILOGRAM),
    Unit.MILLILITRE: (Decimal("1000"), Unit.LITRE),
    Unit.LITRE: (Decimal("1"), Unit.LITRE),
}


class Variant(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="variants")
    label = models.CharField(_("size"), max_length=60, help_text=_("For example: 250 ml, 1 kg."))
    sku = models.CharField(_("reference (SKU)"), max_length=60)
    quantity = models.DecimalField(
        _("quantity"),
        max_digits=10,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.001"))],
    )
    unit = models.CharField(_("unit"), max_length=10, choices=Unit.choices, default=Unit.PIECE)
    price = models.DecimalField(_("price (DH)"), max_digits=10, decimal_places=2)
    compare_at_price = models.DecimalField(
        _("price before discount (DH)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    stock = models.IntegerField(_("stock"), default=0)
    low_stock_threshold = models.PositiveIntegerField(_("low stock alert below"), default=3)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        verbose_name = _("variant")
        verbose_name_plural = _("variants")
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(stock__gte=0), name="variant_stock_not_negative"),
            models.CheckConstraint(condition=Q(price__gt=0), name="variant_price_positive"),
            models.CheckConstraint(
                condition=Q(compare_at_price__isnull=True) | Q(compare_at_price__gt=F("price")),
                name="variant_compare_at_above_price",
            ),
            models.UniqueConstraint(fields=["product", "sku"], name="variant_sku_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.product} – {self.label}"

    @property
    def unit_price(self) -> tuple[Decimal, str] | None:
        """Price per kg or per litre, rounded to the centime, with its unit."""
        if self.quantity is None or self.unit not in UNIT_PRICE_BASE:
            return None
        factor, unit = UNIT_PRICE_BASE[Unit(self.unit)]
        value = (self.price * factor / self.quantity).quantize(Decimal("0.01"))
        return value, str(unit)

    @property
    def is_low(self) -> bool:
        return self.stock <= self.low_stock_threshold


def product_image_upload_to(instance: models.Model, filename: str) -> str:
    return f"products/{uuid.uuid4().hex}.webp"


class ProductImage(models.Model):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(_("photo"), upload_to=product_image_upload_to)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    # {"320": "products/…-320.webp", "640": …}: WebP renditions for srcset.
    renditions = models.JSONField(default=dict, blank=True)
    alt = models.CharField(_("description of the photo"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("product photo")
        verbose_name_plural = _("product photos")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.alt or f"photo {self.pk}"


class StockReason(models.TextChoices):
    RECEIVED = "received", _("New stock")
    CORRECTION = "correction", _("Count correction")
    DAMAGED = "damaged", _("Damaged or lost")
    SOLD_ELSEWHERE = "sold_elsewhere", _("Sold outside CoopLab")
    IMPORT = "import", _("File import")
    ORDER = "order", _("Order")
    RETURN = "return", _("Return")


class StockMovement(models.Model):
    """Append-only history of every stock change, with who and why."""

    variant = models.ForeignKey(Variant, on_delete=models.CASCADE, related_name="movements")
    delta = models.IntegerField()
    stock_after = models.IntegerField()
    reason = models.CharField(max_length=20, choices=StockReason.choices)
    note = models.CharField(max_length=200, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("stock movement")
        verbose_name_plural = _("stock movements")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(stock_after__gte=0), name="movement_stock_after_ok")
        ]

    def __str__(self) -> str:
        return f"{self.variant}: {self.delta:+d}"


class ProductSearchDocument(models.Model):
    """The normalised text of a product for full-text search (one row per product), written by
    the product services. Backends index it: an FTS5 table on SQLite, a GIN full-text and a
    trigram index on PostgreSQL."""

    product = models.OneToOneField(
        Product, on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    document = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")

    def __str__(self) -> str:
        return f"search document of product {self.pk}"
