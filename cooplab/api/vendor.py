"""The vendor API: a cooperative's own catalogue, for its tools (stock sheets, shop software).

Every endpoint resolves the cooperative with `cooperative_for_member` (members read, managers
write, as in the back office), then the product with `cooperative_product`, and changes data
only through the catalogue services. Answers: 401 without valid credentials, 403 for a
cooperative the caller may not act for, 404 for a product of another cooperative, 422 with
translated messages when the input or the service refuses. Money is in MAD, as strings.
"""

# No `from __future__ import annotations` here: django-ninja builds its models from these
# annotations at runtime.
import datetime as dt
import functools
import unicodedata
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal, ParamSpec, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from pydantic import AfterValidator, ConfigDict, StrictBool, StrictInt

from cooplab.api.auth import VENDOR_AUTH, request_user
from cooplab.api.common import money_text, translations
from cooplab.catalog import services
from cooplab.catalog.models import Category, Product, ProductStatus, Unit, Variant
from cooplab.catalog.selectors import cooperative_product, products_of_cooperative
from cooplab.cooperatives.models import Cooperative
from cooplab.cooperatives.selectors import cooperative_for_member
from cooplab.core.regions import region_code_choices

router = Router(tags=["vendor"], auth=VENDOR_AUTH)

CONTENT_LANGUAGES = ("ar", "fr", "en", "zgh")
MAX_VARIANTS = 20
MAX_ID = 2**63 - 1
P = ParamSpec("P")
R = TypeVar("R")


# ---- input checks the services leave to the interface: types, lengths, characters ----------


def _single_line(value: str) -> str:
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value):
        raise ValueError("control characters are not allowed")
    return value


def _multi_line(value: str) -> str:
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\r\t" for ch in value):
        raise ValueError("control characters are not allowed")
    return value


def _region_code(value: str) -> str:
    if value and value not in {code for code, _name in region_code_choices()}:
        raise ValueError("unknown region code")
    return value


Line = Annotated[str, AfterValidator(_single_line)]
Text = Annotated[str, AfterValidator(_multi_line)]
RegionCode = Annotated[str, AfterValidator(_region_code)]
ManualStockReason = Literal["received", "correction", "damaged", "sold_elsewhere"]


class InputSchema(Schema):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class VariantIn(InputSchema):
    label: Line = Field(min_length=1, max_length=60, examples=["250 g"])
    price: Decimal = Field(description="In MAD, above zero.", examples=["120.00"])
    compare_at_price: Decimal | None = Field(None, description="Price before a discount.")
    stock: StrictInt = Field(0, ge=0, le=1_000_000, description="Units in stock at creation.")
    sku: Line = Field("", max_length=60, description="Made from the product and size if empty.")
    quantity: Decimal | None = Field(None, gt=0, max_digits=10, decimal_places=3)
    unit: Unit = Unit.PIECE


class ProductFields(InputSchema):
    """Fields shared by creation and change; in a change, only the fields sent are written."""

    name_fr: Line = Field("", max_length=200)
    name_ar: Line = Field("", max_length=200)
    name_en: Line = Field("", max_length=200)
    name_zgh: Line = Field("", max_length=200)
    description_fr: Text = Field("", max_length=10_000)
    description_ar: Text = Field("", max_length=10_000)
    description_en: Text = Field("", max_length=10_000)
    description_zgh: Text = Field("", max_length=10_000)
    origin_region: RegionCode = Field("", examples=["MA-09"])
    perishable: StrictBool = Field(
        True, description="Perishable food or personalised goods: no 7-day withdrawal right."
    )
    onssa_number: Line = Field("", max_length=40, description="Required to publish food.")


class ProductIn(ProductFields):
    category: Line = Field(max_length=80, description="Category slug.", examples=["miel"])
    variants: list[VariantIn] = Field(default_factory=list, max_length=MAX_VARIANTS)


class ProductPatch(ProductFields):
    category: Line = Field("", max_length=80, description="Category slug.")


class StockIn(InputSchema):
    variant_id: StrictInt = Field(ge=1, le=MAX_ID)
    delta: StrictInt = Field(description="Units added (positive) or removed (negative).")
    reason: ManualStockReason
    note: Line = Field("", max_length=200)


# ---- output ---------------------------------------------------------------------------------


class TranslatedText(Schema):
    ar: str | None
    fr: str | None
    en: str | None
    zgh: str | None


class VariantOut(Schema):
    id: int
    label: str
    sku: str
    price: str = Field(examples=["120.00"])
    compare_at_price: str | None
    stock: int
    quantity: str | None
    unit: str
    low_stock_threshold: int
    is_active: bool

    @staticmethod
    def resolve_price(obj: Variant) -> str:
        return money_text(obj.price)

    @staticmethod
    def resolve_compare_at_price(obj: Variant) -> str | None:
        return money_text(obj.compare_at_price)

    @staticmethod
    def resolve_quantity(obj: Variant) -> str | None:
        return None if obj.quantity is None else f"{obj.quantity.normalize():f}"


class ProductOut(Schema):
    id: uuid.UUID = Field(description="The product's public id, used in the URLs.")
    slug: str
    status: ProductStatus
    names: TranslatedText
    descriptions: TranslatedText
    category: str
    origin_region: str
    perishable: bool
    onssa_number: str
    price_from: str | None
    in_stock: bool
    published_at: dt.datetime | None
    updated_at: dt.datetime
    variants: list[VariantOut]

    @staticmethod
    def resolve_id(obj: Product) -> uuid.UUID:
        return obj.public_id

    @staticmethod
    def resolve_names(obj: Product) -> dict[str, str | None]:
        return translations(obj, "name", CONTENT_LANGUAGES)

    @staticmethod
    def resolve_descriptions(obj: Product) -> dict[str, str | None]:
        return translations(obj, "description", CONTENT_LANGUAGES)

    @staticmethod
    def resolve_category(obj: Product) -> str:
        return obj.category.slug

    @staticmethod
    def resolve_price_from(obj: Product) -> str | None:
        return money_text(obj.price_from)

    @staticmethod
    def resolve_variants(obj: Product) -> list[Variant]:
        return list(obj.variants.all())


class ErrorOut(Schema):
    detail: str


class ValidationErrorOut(Schema):
    detail: list[dict[str, Any]] = Field(
        description='As for malformed input: [{"type", "loc", "msg"}], messages translated.'
    )


ERRORS: dict[int, Any] = {
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    422: ValidationErrorOut,
}


def _error_details(exc: ValidationError) -> list[dict[str, Any]]:
    if hasattr(exc, "error_dict"):
        return [
            {
                "type": "invalid",
                "loc": ["body", "payload"] if field == "__all__" else ["body", "payload", field],
                "msg": message,
            }
            for field, messages in exc.message_dict.items()
            for message in messages
        ]
    return [{"type": "invalid", "loc": ["body", "payload"], "msg": m} for m in exc.messages]


def _invalid(field: str, message: str) -> ValidationError:
    return ValidationError({field: [message]})


def _vendor_errors(view: Callable[P, R]) -> Callable[P, R | Status[dict[str, Any]]]:
    """Refusals of the access functions and services as JSON, never a page or a 500."""

    @functools.wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | Status[dict[str, Any]]:
        try:
            return view(*args, **kwargs)
        except PermissionDenied:
            return Status(403, {"detail": _("You may not do this for this cooperative.")})
        except Http404:
            return Status(404, {"detail": _("This cooperative or product does not exist.")})
        except ValidationError as exc:
            return Status(422, {"detail": _error_details(exc)})

    return wrapper


def _cooperative(request: HttpRequest, cooperative_id: uuid.UUID, *, write: bool) -> Cooperative:
    return cooperative_for_member(
        user=request_user(request), cooperative_id=cooperative_id, manager_only=write
    )


def _category(slug: str) -> Category:
    category = Category.objects.filter(slug=slug).first() if slug else None
    if category is None:
        raise _invalid("category", _("Choose a category."))
    return category


# ---- endpoints ------------------------------------------------------------------------------


@router.get(
    "/cooperatives/{cooperative_id}/products",
    response={200: list[ProductOut], **ERRORS},
    summary="The cooperative's products",
)
@_vendor_errors
def vendor_product_list(request: HttpRequest, cooperative_id: uuid.UUID) -> list[Product]:
    """All products of the cooperative, drafts and archived ones included, with every size.
    Members and managers of the cooperative."""
    cooperative = _cooperative(request, cooperative_id, write=False)
    return list(products_of_cooperative(cooperative=cooperative))


@router.post(
    "/cooperatives/{cooperative_id}/products",
    response={201: ProductOut, **ERRORS},
    summary="Create a draft product",
)
@_vendor_errors
def vendor_product_create(
    request: HttpRequest, cooperative_id: uuid.UUID, payload: ProductIn
) -> Status[Product]:
    """A draft product with its first sizes. Managers of the cooperative."""
    user = request_user(request)
    cooperative = _cooperative(request, cooperative_id, write=True)
    data: dict[str, Any] = payload.model_dump(exclude={"variants", "category"})
    data["category"] = _category(payload.category)
    product = services.product_create(
        cooperative=cooperative,
        actor=user,
        data=data,
        variants=[variant.model_dump() for variant in payload.variants],
    )
    return Status(201, product)


@router.patch(
    "/cooperatives/{cooperative_id}/products/{product_id}",
    response={200: ProductOut, **ERRORS},
    summary="Change a product",
)
@_vendor_errors
def vendor_product_update(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID, payload: ProductPatch
) -> Product:
    """Writes only the fields sent. Managers of the cooperative."""
    user = request_user(request)
    cooperative = _cooperative(request, cooperative_id, write=True)
    product = cooperative_product(cooperative=cooperative, product_id=product_id)
    data: dict[str, Any] = payload.model_dump(exclude_unset=True)
    if "category" in data:
        data["category"] = _category(payload.category)
    return services.product_update(product=product, actor=user, data=data)


@router.post(
    "/cooperatives/{cooperative_id}/products/{product_id}/publish",
    response={200: ProductOut, **ERRORS},
    summary="Publish a product",
)
@_vendor_errors
def vendor_product_publish(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID
) -> Product:
    """Publishes a draft or archived product (or sends it to moderation when moderation is
    on). Idempotent: a product already published or waiting for moderation is returned as
    is. Managers of the cooperative."""
    user = request_user(request)
    cooperative = _cooperative(request, cooperative_id, write=True)
    product = cooperative_product(cooperative=cooperative, product_id=product_id)
    if product.status in (ProductStatus.PUBLISHED, ProductStatus.PENDING_REVIEW):
        return product
    return services.product_publish(product=product, actor=user)


@router.post(
    "/cooperatives/{cooperative_id}/products/{product_id}/stock",
    response={200: VariantOut, **ERRORS},
    summary="Adjust the stock of a size",
)
@_vendor_errors
def vendor_stock_adjust(
    request: HttpRequest, cooperative_id: uuid.UUID, product_id: uuid.UUID, payload: StockIn
) -> Variant:
    """Adds or removes units (never below zero), recorded with its reason. Managers."""
    user = request_user(request)
    cooperative = _cooperative(request, cooperative_id, write=True)
    product = cooperative_product(cooperative=cooperative, product_id=product_id)
    variant = Variant.objects.filter(product=product, pk=payload.variant_id).first()
    if variant is None:
        raise _invalid("variant_id", _("This size no longer exists."))
    return services.stock_adjust(
        variant=variant,
        actor=user,
        delta=payload.delta,
        reason=payload.reason,
        note=payload.note,
    )
