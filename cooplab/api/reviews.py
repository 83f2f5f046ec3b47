"""Product reviews over the API: the approved reviews of a product (public), and the signed-in
customer's own review (Bearer token or session, as the vendor API).

The same selectors and service as the pages: only a customer who received the product may
review it (403 otherwise), one review per customer and product (a second POST changes it),
pending until staff approve it when pre-moderation is on.
"""

# No `from __future__ import annotations` here: django-ninja builds its models from these
# annotations at runtime.
import datetime as dt
import unicodedata
import uuid
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from pydantic import AfterValidator, ConfigDict, StrictInt

from cooplab.api.auth import VENDOR_AUTH, request_user
from cooplab.catalog.models import Product
from cooplab.catalog.selectors import public_products
from cooplab.reviews import services
from cooplab.reviews.models import (
    BODY_MAX_LENGTH,
    MAX_RATING,
    MIN_RATING,
    TITLE_MAX_LENGTH,
    Review,
    ReviewStatus,
    public_name,
)
from cooplab.reviews.selectors import (
    approved_reviews,
    product_review_summary,
    review_eligible,
)

from .vendor import ERRORS, ErrorOut, _error_details

router = Router(tags=["reviews"])

MAX_LIMIT = 50
DEFAULT_LIMIT = 10
SLUG_PATTERN = r"^[-a-zA-Z0-9_]{1,120}$"


def _text(value: str) -> str:
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\r\t" for ch in value):
        raise ValueError("control characters are not allowed")
    return value


Text = Annotated[str, AfterValidator(_text)]


class ReviewOut(Schema):
    id: uuid.UUID
    author: str = Field(description="First name and initial; never a phone or an email.")
    rating: int = Field(ge=MIN_RATING, le=MAX_RATING)
    title: str
    body: str = Field(description="Plain text: escape it before putting it in HTML.")
    language: str = Field(examples=["fr"])
    created_at: dt.datetime

    @staticmethod
    def resolve_id(obj: Review) -> uuid.UUID:
        return obj.public_id

    @staticmethod
    def resolve_author(obj: Review) -> str:
        return public_name(obj.author)


class ReviewListOut(Schema):
    average: str | None = Field(
        description="Mean of the approved ratings, one decimal (half up); null without any.",
        examples=["4.5"],
    )
    count: int = Field(description="Approved reviews.")
    items: list[ReviewOut] = Field(description="Newest first.")


class ReviewQuery(Schema):
    limit: int = Field(DEFAULT_LIMIT, ge=1, description="At most 50 (larger values are capped).")
    offset: int = Field(0, ge=0)


class ReviewIn(Schema):
    model_config = ConfigDict(extra="forbid")

    rating: StrictInt = Field(ge=MIN_RATING, le=MAX_RATING, description="Whole stars, 1 to 5.")
    title: Text = Field("", max_length=TITLE_MAX_LENGTH)
    body: Text = Field("", max_length=BODY_MAX_LENGTH * 2, description="Plain text, ≤ 2000.")
    language: str = Field(
        "fr", description="Language of the text: ar, fr, en or zgh.", examples=["fr"]
    )


class MyReviewOut(ReviewOut):
    status: ReviewStatus
    moderation_reason: str = Field(description="Why staff rejected it, if they did.")
    updated_at: dt.datetime


def _product(slug: str) -> Product:
    product = public_products().filter(slug=slug).first()
    if product is None:
        raise Http404
    return product


@router.get(
    "/{slug}/reviews",
    response={200: ReviewListOut, 404: ErrorOut},
    summary="Approved reviews of a product",
    url_name="product_reviews",
)
def review_list(
    request: HttpRequest, slug: str, page: Query[ReviewQuery]
) -> dict[str, Any] | Status[dict[str, str]]:
    """The average rating and count of approved reviews, and a page of them, newest first."""
    try:
        product = _product(slug)
    except Http404:
        return Status(404, {"detail": _("This product does not exist.")})
    summary = product_review_summary(product_id=product.pk)
    limit = min(page.limit, MAX_LIMIT)
    items = list(approved_reviews(product_id=product.pk)[page.offset : page.offset + limit])
    return {
        "average": None if summary.average is None else str(summary.average),
        "count": summary.count,
        "items": items,
    }


@router.post(
    "/{slug}/reviews",
    response={200: MyReviewOut, 201: MyReviewOut, **ERRORS},
    summary="Write or change my review of a product",
    auth=VENDOR_AUTH,
    url_name="product_reviews",
)
def review_submit(request: HttpRequest, slug: str, payload: ReviewIn) -> Status[Any]:
    """Creates the caller's review (201) or changes it (200): one per customer and product.
    403 unless the caller received the product in an order that was not refunded."""
    user = request_user(request)
    try:
        product = _product(slug)
    except Http404:
        return Status(404, {"detail": _("This product does not exist.")})
    if not review_eligible(user=user, product=product):
        return Status(403, {"detail": _("Only customers who received this product can review it.")})
    existed = product.reviews.filter(author=user).exists()
    try:
        review = services.review_submit(
            user=user,
            product=product,
            rating=payload.rating,
            title=payload.title,
            body=payload.body,
            language=payload.language,
        )
    except ValidationError as exc:
        return Status(422, {"detail": _error_details(exc)})
    return Status(200 if existed else 201, review)
