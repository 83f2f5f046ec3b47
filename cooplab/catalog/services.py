"""Writes for the catalogue. Pages, API, admin and the CSV import call these functions; access
(which cooperative may touch which product) is checked before, with cooperative_for_member."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.notifications import notify_managers
from cooplab.core.audit import audit_log
from cooplab.core.uploads import image_clean, image_renditions

from .models import (
    Category,
    Product,
    ProductImage,
    ProductStatus,
    StockMovement,
    StockReason,
    Unit,
    Variant,
)
from .search.index import product_reindex
from .versioning import catalogue_changed

LANGUAGES = ("ar", "fr", "en", "zgh")
PRODUCT_FIELDS = frozenset(
    {f"name_{lang}" for lang in LANGUAGES}
    | {f"description_{lang}" for lang in LANGUAGES}
    | {"category", "origin_region", "perishable", "onssa_number", "harvest_date", "best_before"}
)
VARIANT_FIELDS = frozenset(
    {
        "label",
        "sku",
        "quantity",
        "unit",
        "price",
        "compare_at_price",
        "low_stock_threshold",
        "position",
        "is_active",
    }
)
MAX_IMAGES = 8
RENDITION_WIDTHS = (320, 640, 1024)


def _unique_slug(text: str) -> str:
    base = slugify(text)[:100] or "produit"
    slug, n = base, 1
    while Product.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _money(value: Any, field: str) -> Decimal:
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(
            {field: [_("Enter an amount in dirhams, for example 120.50.")]}
        ) from exc
    if not amount.is_finite() or amount <= 0 or amount >= Decimal("100000000"):
        raise ValidationError({field: [_("Enter an amount in dirhams, for example 120.50.")]})
    return amount


def _check_product_data(data: dict[str, Any]) -> dict[str, Any]:
    unknown = set(data) - PRODUCT_FIELDS
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(fields)s.") % {"fields": ", ".join(sorted(unknown))}
        )
    cleaned = dict(data)
    category = cleaned.get("category")
    if category is not None and not isinstance(category, Category):
        raise ValidationError({"category": [_("Choose a category.")]})
    return cleaned


def _refresh_derived(product: Product) -> None:
    """Recompute what the catalogue sorts and filters on (price from, in stock)."""
    active = product.variants.filter(is_active=True)
    product.price_from = active.aggregate(low=Min("price"))["low"]
    product.in_stock = active.filter(stock__gt=0).exists()
    product.save(update_fields=["price_from", "in_stock", "updated_at"])
    catalogue_changed()


def product_refresh_availability(product_ids: Iterable[int]) -> None:
    """After stock changed outside this module (orders): refresh price-from and in-stock."""
    for product in Product.objects.filter(pk__in=sorted(set(product_ids))):
        active = product.variants.filter(is_active=True)
        in_stock = active.filter(stock__gt=0).exists()
        if in_stock != product.in_stock:
            product.in_stock = in_stock
            product.save(update_fields=["in_stock", "updated_at"])
            catalogue_changed()


def _lock_product(product: Product) -> Product:
    return (
        Product.objects.select_for_update()
        .select_related("cooperative", "category")
        .get(pk=product.pk)
    )


@transaction.atomic
def product_create(
    *,
    cooperative: Cooperative,
    actor: User | None,
    data: dict[str, Any],
    variants: list[dict[str, Any]] | None = None,
) -> Product:
    """A draft product of `cooperative`, with its first variants."""
    cleaned = _check_product_data(data)
    name = cleaned.get("name_fr") or cleaned.get("name_ar") or cleaned.get("name_en") or ""
    if not name:
        raise ValidationError({"name_fr": [_("Give the product a name.")]})
    if cleaned.get("category") is None:
        raise ValidationError({"category": [_("Choose a category.")]})
    product = Product(cooperative=cooperative, slug=_unique_slug(name), status=ProductStatus.DRAFT)
    for key, value in cleaned.items():
        setattr(product, key, value)
    product.save()
    for position, variant in enumerate(variants or []):
        variant_save(
            product=product,
            actor=actor,
            data={"position": position, **variant},
            refresh=False,  # once for all sizes, below
        )
    _refresh_derived(product)
    product_reindex(product)
    audit_log(action="product.created", actor=actor, target=product)
    return product


@transaction.atomic
def product_update(*, product: Product, actor: User | None, data: dict[str, Any]) -> Product:
    cleaned = _check_product_data(data)
    product = _lock_product(product)
    if product.status == ProductStatus.ARCHIVED:
        raise ValidationError(_("An archived product cannot be changed. Restore it first."))
    changed = [key for key, value in cleaned.items() if getattr(product, key) != value]
    for key in changed:
        setattr(product, key, cleaned[key])
    if changed and product.status in (ProductStatus.PUBLISHED, ProductStatus.PENDING_REVIEW):
        errors = _publish_errors(product)  # a visible product must stay publishable
        if errors:
            raise ValidationError(errors)
    if changed:
        product.save(update_fields=[*changed, "updated_at"])
        product_reindex(product)
        audit_log(action="product.updated", actor=actor, target=product, data={"fields": changed})
    return product


@transaction.atomic
def variant_save(
    *,
    product: Product,
    actor: User | None,
    data: dict[str, Any],
    variant_id: int | None = None,
    refresh: bool = True,
) -> Variant:
    """Create or change a variant. Stock is not set here: see stock_adjust."""
    unknown = set(data) - VARIANT_FIELDS - {"stock"}
    if unknown:
        raise ValidationError(
            _("Unknown fields: %(fields)s.") % {"fields": ", ".join(sorted(unknown))}
        )
    initial_stock = data.get("stock", 0) if variant_id is None else None
    if product.status == ProductStatus.ARCHIVED:
        raise ValidationError(_("An archived product cannot be changed. Restore it first."))
    if initial_stock is not None:
        try:
            initial_stock = int(initial_stock)
        except (TypeError, ValueError) as exc:
            raise ValidationError({"stock": [_("Enter a whole number of units.")]}) from exc
        if initial_stock < 0:
            raise ValidationError({"stock": [_("Enter a whole number of units.")]})
    variant = (
        Variant(product=product)
        if variant_id is None
        else Variant.objects.select_for_update().filter(product=product, pk=variant_id).first()
    )
    if variant is None:
        raise ValidationError(_("This size no longer exists."))
    for key in VARIANT_FIELDS & set(data):
        setattr(variant, key, data[key])
    variant.price = _money(variant.price, "price")
    if variant.compare_at_price is not None:
        variant.compare_at_price = _money(variant.compare_at_price, "compare_at_price")
        if variant.compare_at_price <= variant.price:
            raise ValidationError(
                {"compare_at_price": [_("The price before discount must be above the price.")]}
            )
    if not (variant.label or "").strip():
        raise ValidationError({"label": [_("Give the size, for example 250 ml.")]})
    if variant.unit not in Unit.values:
        raise ValidationError({"unit": [_("Choose a unit.")]})
    if variant.quantity is not None:
        try:
            variant.quantity = Decimal(str(variant.quantity))
        except (InvalidOperation, ValueError) as exc:
            raise ValidationError({"quantity": [_("Enter a quantity above zero.")]}) from exc
        if not variant.quantity.is_finite() or variant.quantity <= 0:
            raise ValidationError({"quantity": [_("Enter a quantity above zero.")]})
    if not (variant.sku or "").strip():
        variant.sku = f"{slugify(product.slug)[:40]}-{slugify(variant.label)[:15]}"
    try:
        with transaction.atomic():
            variant.save()
    except IntegrityError as exc:
        raise ValidationError(
            {"sku": [_("This reference is already used by another size.")]}
        ) from exc
    audit_log(
        action="product.variant_saved",
        actor=actor,
        target=product,
        data={"variant": variant.pk, "price": str(variant.price), "created": variant_id is None},
    )
    if initial_stock:
        stock_adjust(
            variant=variant,
            actor=actor,
            delta=int(initial_stock),
            reason=StockReason.RECEIVED,
            note="",
            refresh=False,
        )
    if refresh:
        _refresh_derived(product)
    return variant


@transaction.atomic
def stock_adjust(
    *,
    variant: Variant,
    actor: User | None,
    delta: int,
    reason: str,
    note: str = "",
    refresh: bool = True,
) -> Variant:
    """Change a variant's stock by `delta` (never below zero), with a movement row and audit."""
    if reason not in StockReason.values:
        raise ValidationError({"reason": [_("Choose why the stock changes.")]})
    if (
        isinstance(delta, bool)
        or not isinstance(delta, int)
        or delta == 0
        or abs(delta) > 1_000_000
    ):
        raise ValidationError({"delta": [_("Enter a whole number of units, other than zero.")]})
    locked = Variant.objects.select_for_update().select_related("product").get(pk=variant.pk)
    was_low = locked.is_low
    new_stock = locked.stock + delta
    if new_stock < 0:
        raise ValidationError(
            {
                "delta": [
                    _("Only %(stock)s in stock: you cannot remove more.") % {"stock": locked.stock}
                ]
            }
        )
    locked.stock = new_stock
    locked.save(update_fields=["stock"])
    StockMovement.objects.create(
        variant=locked,
        delta=delta,
        stock_after=new_stock,
        reason=reason,
        note=note[:200],
        actor=actor,
    )
    audit_log(
        action="stock.adjusted",
        actor=actor,
        target=locked.product,
        data={"variant": locked.pk, "delta": delta, "reason": reason, "stock_after": new_stock},
    )
    if refresh:
        _refresh_derived(locked.product)
    if locked.is_low and not was_low and reason != StockReason.IMPORT:
        notify_managers(
            cooperative=locked.product.cooperative,
            template="low_stock",
            context={"variant": locked, "product": locked.product},
        )
    return locked


def _publish_errors(product: Product) -> list[str]:
    errors = []
    if not product.cooperative.can_publish_products:
        errors.append(_("Only verified cooperatives can publish products."))
    if not product.variants.filter(is_active=True).exists():
        errors.append(_("Add at least one size with its price."))
    if product.category.is_food and not product.onssa_number:
        errors.append(_("Food products need the ONSSA authorisation number."))
    if not (getattr(product, "name_fr", "") or getattr(product, "name_ar", "")):
        errors.append(_("Give the product a name in French or in Arabic."))
    return errors


@transaction.atomic
def product_publish(*, product: Product, actor: User) -> Product:
    """Publish (or send to moderation when CATALOG_MODERATION is on)."""
    product = _lock_product(product)
    if product.status not in (ProductStatus.DRAFT, ProductStatus.ARCHIVED):
        raise ValidationError(_("This product is already published or waiting for moderation."))
    errors = _publish_errors(product)
    if errors:
        raise ValidationError(errors)
    if settings.CATALOG_MODERATION:
        product.status = ProductStatus.PENDING_REVIEW
    else:
        product.status = ProductStatus.PUBLISHED
        product.published_at = product.published_at or timezone.now()
    product.save(update_fields=["status", "published_at", "updated_at"])
    product_reindex(product)
    audit_log(action=f"product.{product.status}", actor=actor, target=product)
    return product


@transaction.atomic
def product_moderate(
    *, product: Product, actor: User | None, approve: bool, reason: str = ""
) -> Product:
    product = _lock_product(product)
    if product.status != ProductStatus.PENDING_REVIEW:
        raise ValidationError(_("This product is not waiting for moderation."))
    if approve:
        errors = _publish_errors(product)
        if errors:
            raise ValidationError(errors)
        product.status = ProductStatus.PUBLISHED
        product.published_at = product.published_at or timezone.now()
        product.moderation_note = ""
    else:
        if not reason.strip():
            raise ValidationError(
                {"reason": [_("Explain the reason: the cooperative will read it.")]}
            )
        product.status = ProductStatus.DRAFT
        product.moderation_note = reason.strip()
    product.save(update_fields=["status", "published_at", "moderation_note", "updated_at"])
    audit_log(
        action="product.moderated",
        actor=actor,
        target=product,
        data={"approved": approve, "reason": reason},
    )
    return product


@transaction.atomic
def product_archive(*, product: Product, actor: User) -> Product:
    product = _lock_product(product)
    product.status = ProductStatus.ARCHIVED
    product.save(update_fields=["status", "updated_at"])
    product_reindex(product)
    audit_log(action="product.archived", actor=actor, target=product)
    return product


@transaction.atomic
def product_duplicate(*, product: Product, actor: User) -> Product:
    """A draft copy with the same texts, sizes (stock 0) and labels; photos are not copied."""
    source = Product.objects.select_related("cooperative", "category").get(pk=product.pk)
    data = {key: getattr(source, key) for key in PRODUCT_FIELDS}
    for language in LANGUAGES:
        if data.get(f"name_{language}"):
            suffix = _(" (copy)")
            data[f"name_{language}"] = data[f"name_{language}"][: 200 - len(suffix)] + suffix
    copy = product_create(
        cooperative=source.cooperative,
        actor=actor,
        data=data,
        variants=[
            {key: getattr(v, key) for key in VARIANT_FIELDS - {"sku"}}
            for v in source.variants.all()
        ],
    )
    copy.labels.set(source.labels.filter(expires_on__gte=timezone.localdate()))
    return copy


@transaction.atomic
def product_set_labels(
    *, product: Product, actor: User | None, certification_ids: list[int]
) -> None:
    """Attach labels: only current certifications of the product's own cooperative."""
    allowed = product.cooperative.certifications.filter(
        pk__in=certification_ids, expires_on__gte=timezone.localdate()
    )
    if allowed.count() != len(set(certification_ids)):
        raise ValidationError({"labels": [_("Choose labels of your own cooperative.")]})
    product.labels.set(allowed)
    audit_log(action="product.labels_set", actor=actor, target=product)


@transaction.atomic
def product_image_add(
    *, product: Product, actor: User | None, upload: UploadedFile, alt: str = ""
) -> ProductImage:
    clean = image_clean(upload, max_side=1600)
    product = _lock_product(product)
    count = product.images.count()
    if count >= MAX_IMAGES:
        raise ValidationError(
            _("A product can have at most %(count)s photos. Remove one first.")
            % {"count": MAX_IMAGES}
        )
    image = ProductImage(
        product=product,
        width=clean.width,
        height=clean.height,
        alt=alt.strip()[:200],
        position=count,
    )
    image.image.save("photo.webp", clean.content, save=False)
    storage = image.image.storage
    base = (image.image.name or "").removesuffix(".webp")
    renditions = {}
    for width, content in image_renditions(clean, RENDITION_WIDTHS):
        renditions[str(width)] = storage.save(f"{base}-{width}.webp", ContentFile(content))
    image.renditions = renditions
    image.save()
    audit_log(action="product.image_added", actor=actor, target=product)
    return image


@transaction.atomic
def product_image_delete(*, product: Product, actor: User | None, image_id: int) -> None:
    image = product.images.filter(pk=image_id).first()
    if image is None:
        raise ValidationError(_("This photo no longer exists."))
    storage = image.image.storage
    names = [image.image.name or "", *image.renditions.values()]
    image.delete()

    def delete_files() -> None:
        for name in names:
            if name:
                storage.delete(name)

    transaction.on_commit(delete_files)
    audit_log(action="product.image_deleted", actor=actor, target=product)


@transaction.atomic
def products_import(
    *,
    cooperative: Cooperative,
    actor: User | None,
    products: list[dict[str, Any]],
    source: str = "",
) -> list[Product]:
    """Create draft products from a checked file import, all or nothing.

    Each item is {"data": product fields, "variants": [variant fields + "stock"]}. The stock of
    each size is recorded as a "File import" movement (no low-stock alert for it)."""
    created = []
    variant_count = 0
    for item in products:
        variants = [dict(variant) for variant in item["variants"]]
        stocks = [int(variant.pop("stock", 0) or 0) for variant in variants]
        product = product_create(
            cooperative=cooperative,
            # product_create only passes the actor on to the audit log, where None is "system".
            actor=actor,
            data=item["data"],
            variants=variants,
        )
        saved = list(product.variants.order_by("position", "id"))
        for variant, stock in zip(saved, stocks, strict=True):
            if stock:
                stock_adjust(
                    variant=variant,
                    actor=actor,
                    delta=stock,
                    reason=StockReason.IMPORT,
                    note=source[:200],
                    refresh=False,
                )
        _refresh_derived(product)
        variant_count += len(saved)
        created.append(product)
    audit_log(
        action="product.imported",
        actor=actor,
        target=cooperative,
        data={"products": len(created), "variants": variant_count, "source": source[:200]},
    )
    return created
