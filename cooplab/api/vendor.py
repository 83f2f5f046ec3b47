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
from django.utils.translation import get_language
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
from cooplab.orders.models import CooperativeOrder
from cooplab.orders.selectors import (
    cooperative_order_detail,
    cooperative_orders,
    is_flagged,
    refusal_count,
    refusal_counts,
)
from cooplab.orders.services import part_transition
from cooplab.orders.states import Actor, InvalidTransition, allowed_actions

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


# ---- orders (fulfilment) --------------------------------------------------------------------
# The cooperative's incoming orders. Same access as the back office: members read, managers
# act; an order of another cooperative is a 404. Changes go through `part_transition` with
# the cooperative as actor; a refused change answers 400 (bad input) or 409 (not possible in
# the order's current status), with a translated message, and changes nothing.

ORDER_PAGE_MAX = 100
ORDER_ACTION_STATUS_HINT = (
    "Allowed actions for the current status are listed in the order's `actions`."
)


class OrderLineOut(Schema):
    name: str = Field(description="The product's name in the request's language.")
    variant_label: str
    sku: str
    unit_price: str
    quantity: int
    line_total: str


class OrderEventOut(Schema):
    kind: str
    from_status: str
    to_status: str
    actor_role: str
    note: str
    created_at: dt.datetime


class OrderAddressOut(Schema):
    recipient_name: str
    recipient_phone: str
    street: str
    landmark: str
    postal_code: str
    city: str
    region: str


class OrderSummaryOut(Schema):
    number: str
    status: str
    status_label: str
    created_at: dt.datetime
    customer_name: str
    phone: str = Field(description="E.164, e.g. +212661234567.")
    city: str
    delivery_method: str
    payment_method: str
    total: str
    refused_parcels: int = Field(description="Parcels to this phone refused at the door.")
    flagged: bool = Field(description="True when refused_parcels reaches the warning threshold.")


class OrderOut(OrderSummaryOut):
    delivery_zone: str
    subtotal: str
    tax_total: str
    delivery_cost: str
    carrier: str
    tracking_number: str
    tracking_url: str
    cancel_reason: str
    refund_amount: str
    address: OrderAddressOut
    lines: list[OrderLineOut]
    events: list[OrderEventOut]
    actions: list[str] = Field(description="Actions the cooperative may perform now.")


class OrderPageOut(Schema):
    count: int
    limit: int
    offset: int
    items: list[OrderSummaryOut]


class OrderActionIn(InputSchema):
    action: Line = Field(
        max_length=30,
        description="confirm, prepare, ship, deliver, refuse, receive_return, cancel, "
        "receive_withdrawal or refund. " + ORDER_ACTION_STATUS_HINT,
        examples=["ship"],
    )
    reason: Text = Field("", max_length=1000, description="Required to cancel.")
    carrier: Line = Field(
        "", max_length=60, description="Required to ship home deliveries.", examples=["Amana"]
    )
    tracking_number: Line = Field("", max_length=60, examples=["RR123456789MA"])
    tracking_url: Line = Field("", max_length=200, examples=["https://www.poste.ma/suivi"])


ORDER_ERRORS: dict[int, Any] = {
    400: ValidationErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ValidationErrorOut,
}


def _order_errors(view: Callable[P, R]) -> Callable[P, R | Status[dict[str, Any]]]:
    """Refusals as JSON: 403 (cooperative), 404 (order not in it), 409 (illegal transition),
    400 (the service refused the input)."""

    @functools.wraps(view)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | Status[dict[str, Any]]:
        try:
            return view(*args, **kwargs)
        except PermissionDenied:
            return Status(403, {"detail": _("You may not do this for this cooperative.")})
        except Http404:
            return Status(404, {"detail": _("This order does not exist.")})
        except InvalidTransition:
            return Status(409, {"detail": _("This action is no longer possible for this order.")})
        except ValidationError as exc:
            return Status(400, {"detail": _error_details(exc)})

    return wrapper


def _summary(part: CooperativeOrder, refusals: dict[str, int]) -> dict[str, Any]:
    order = part.order
    count = refusals.get(order.phone, 0)
    return {
        "number": part.number,
        "status": part.status,
        "status_label": str(part.get_status_display()),
        "created_at": part.created_at,
        "customer_name": order.customer_name,
        "phone": order.phone,
        "city": order.city,
        "delivery_method": part.delivery_method,
        "payment_method": order.payment_method,
        "total": money_text(part.total),
        "refused_parcels": count,
        "flagged": is_flagged(count),
    }


def _order_out(part: CooperativeOrder) -> dict[str, Any]:
    order = part.order
    language = get_language() or "fr"
    return {
        **_summary(part, {order.phone: refusal_count(order.phone)}),
        "delivery_zone": part.delivery_zone,
        "subtotal": money_text(part.subtotal),
        "tax_total": money_text(part.tax_total),
        "delivery_cost": money_text(part.delivery_cost),
        "carrier": part.carrier,
        "tracking_number": part.tracking_number,
        "tracking_url": part.tracking_url,
        "cancel_reason": part.cancel_reason,
        "refund_amount": money_text(part.refund_amount),
        "address": {
            "recipient_name": order.recipient_name,
            "recipient_phone": order.recipient_phone,
            "street": order.street,
            "landmark": order.landmark,
            "postal_code": order.postal_code,
            "city": order.city,
            "region": order.region,
        },
        "lines": [
            {
                "name": line.name_in(language),
                "variant_label": line.variant_label,
                "sku": line.sku,
                "unit_price": money_text(line.unit_price),
                "quantity": line.quantity,
                "line_total": money_text(line.line_total),
            }
            for line in part.lines.all()
        ],
        "events": list(part.events.all()),
        "actions": allowed_actions(part.status, Actor.COOPERATIVE),
    }


@router.get(
    "/cooperatives/{cooperative_id}/orders",
    response={200: OrderPageOut, **ORDER_ERRORS},
    summary="The cooperative's orders",
)
@_order_errors
def vendor_order_list(
    request: HttpRequest,
    cooperative_id: uuid.UUID,
    status: Annotated[str, Field(max_length=30)] = "",
    q: Annotated[str, Field(max_length=60)] = "",
    limit: Annotated[int, Field(ge=1, le=ORDER_PAGE_MAX)] = 30,
    offset: Annotated[int, Field(ge=0, le=MAX_ID)] = 0,
) -> dict[str, Any]:
    """Newest first. `status`: a status, or `action` for the orders waiting for the
    cooperative; `q`: part of an order number or of the customer's name. Members and
    managers of the cooperative."""
    cooperative = _cooperative(request, cooperative_id, write=False)
    parts = cooperative_orders(cooperative_id=cooperative.pk, status=status, query=q.strip())
    count = parts.count()
    rows = list(parts[offset : offset + limit])
    refusals = refusal_counts(sorted({part.order.phone for part in rows}))
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "items": [_summary(part, refusals) for part in rows],
    }


@router.get(
    "/cooperatives/{cooperative_id}/orders/{number}",
    response={200: OrderOut, **ORDER_ERRORS},
    summary="One order of the cooperative",
)
@_order_errors
def vendor_order_detail(
    request: HttpRequest, cooperative_id: uuid.UUID, number: str
) -> dict[str, Any]:
    """Lines, delivery address, history and the actions possible now. Members and managers."""
    cooperative = _cooperative(request, cooperative_id, write=False)
    return _order_out(cooperative_order_detail(cooperative_id=cooperative.pk, number=number))


@router.post(
    "/cooperatives/{cooperative_id}/orders/{number}/actions",
    response={200: OrderOut, **ORDER_ERRORS},
    summary="Move an order on (confirm, ship, cancel…)",
)
@_order_errors
def vendor_order_action(
    request: HttpRequest, cooperative_id: uuid.UUID, number: str, payload: OrderActionIn
) -> dict[str, Any]:
    """Performs `action` as the cooperative. 409 when the action is not possible in the
    order's current status (nothing changes), 400 when the service refuses the input (a
    cancellation without reason, a shipment without carrier). Managers of the cooperative."""
    user = request_user(request)
    cooperative = _cooperative(request, cooperative_id, write=True)
    part = cooperative_order_detail(cooperative_id=cooperative.pk, number=number)
    part_transition(
        part=part,
        action=payload.action,
        actor=Actor.COOPERATIVE,
        user=user,
        reason=payload.reason,
        data={
            "carrier": payload.carrier,
            "tracking_number": payload.tracking_number,
            "tracking_url": payload.tracking_url,
        }
        if payload.action == "ship"
        else None,
    )
    return _order_out(cooperative_order_detail(cooperative_id=cooperative.pk, number=number))
