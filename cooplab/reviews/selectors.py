"""Reads of reviews: who may review, the product page's summary (cached), the staff queue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, QuerySet, Subquery, Sum, Window
from django.http import Http404

from cooplab.accounts.models import User
from cooplab.catalog.models import Product
from cooplab.orders.models import CooperativeOrderStatus as S
from cooplab.orders.models import OrderLine

from .models import Review, ReviewStatus, public_name

#: A part in one of these statuses was delivered to the customer and not refunded: its
#: buyer may review its products.
REVIEWABLE_STATUSES = frozenset(
    {S.DELIVERED, S.COMPLETED, S.WITHDRAWAL_REQUESTED, S.WITHDRAWAL_RECEIVED}
)
#: Approved reviews shown on the product page (the API pages through all of them).
LATEST_COUNT = 10
SUMMARY_TIMEOUT = 6 * 3600  # author names may change; the services delete the key anyway
ONE_DECIMAL = Decimal("0.1")


def _bought_and_received(*, user_id: Any, product_id: Any) -> QuerySet[OrderLine]:
    return OrderLine.objects.filter(
        product_id=product_id,
        cooperative_order__order__customer_id=user_id,
        cooperative_order__status__in=REVIEWABLE_STATUSES,
    )


def review_eligible(*, user: object, product: Product) -> bool:
    """Whether `user` received `product` in an order not refunded (one query)."""
    if not isinstance(user, User) or not user.is_active:
        return False
    return _bought_and_received(user_id=user.pk, product_id=product.pk).exists()


def review_of(*, user: User, product: Product) -> Review | None:
    return Review.objects.filter(author=user, product=product).first()


@dataclass(frozen=True)
class ReviewerState:
    """What the product page needs to know about the visitor: may they write a review, and
    what became of the one they wrote."""

    eligible: bool
    status: str | None  # of their review, None if they have none


def reviewer_state(*, user: object, product: Product) -> ReviewerState:
    """One query for a signed-in visitor, none for a guest."""
    if not isinstance(user, User) or not user.is_active:
        return ReviewerState(eligible=False, status=None)
    row = (
        Product.objects.filter(pk=product.pk)
        .annotate(
            eligible=Exists(_bought_and_received(user_id=user.pk, product_id=OuterRef("pk"))),
            review_status=Subquery(
                Review.objects.filter(author_id=user.pk, product_id=OuterRef("pk")).values(
                    "status"
                )[:1]
            ),
        )
        .values("eligible", "review_status")
        .first()
    )
    if row is None:
        return ReviewerState(eligible=False, status=None)
    return ReviewerState(eligible=bool(row["eligible"]), status=row["review_status"])


# The product page's summary ------------------------------------------------------------------


@dataclass(frozen=True)
class PublicReview:
    """An approved review as the public sees it (plain data: it is cached)."""

    public_id: str
    author: str
    rating: int
    title: str
    body: str
    language: str
    created_at: dt.datetime

    @property
    def stars_class(self) -> str:
        return f"stars-{self.rating * 10}"


@dataclass(frozen=True)
class ReviewSummary:
    average: Decimal | None  # one decimal, half up; None without approved reviews
    count: int
    latest: list[PublicReview]

    @property
    def stars_class(self) -> str:
        """The nearest half star, for the CSS ("stars-45" for 4.4 to 4.7…)."""
        if self.average is None:
            return "stars-0"
        halves = (self.average * 2).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        return f"stars-{int(halves) * 5}"


def average_rating(total: int, count: int) -> Decimal | None:
    """The mean of `count` ratings adding up to `total`, to one decimal, half up."""
    if count <= 0:
        return None
    return (Decimal(total) / Decimal(count)).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def _summary_key(product_id: Any) -> str:
    return f"reviews:summary:{product_id}"


def _public(review: Review) -> PublicReview:
    return PublicReview(
        public_id=str(review.public_id),
        author=public_name(review.author),
        rating=review.rating,
        title=review.title,
        body=review.body,
        language=review.language,
        created_at=review.created_at,
    )


def approved_reviews(*, product_id: Any) -> QuerySet[Review]:
    return (
        Review.objects.filter(product_id=product_id, status=ReviewStatus.APPROVED)
        .select_related("author")
        .order_by("-created_at", "-id")
    )


def product_review_summary(*, product_id: Any) -> ReviewSummary:
    """Average, count and the latest approved reviews of a product: one query when not in
    the cache (window functions count and add up every approved rating while only the latest
    rows are fetched). The review services delete the key after each change."""
    key = _summary_key(product_id)
    cached = cache.get(key)
    if isinstance(cached, ReviewSummary):
        return cached
    rows = list(
        approved_reviews(product_id=product_id).annotate(
            rating_total=Window(Sum("rating")), rating_count=Window(Count("id"))
        )[:LATEST_COUNT]
    )
    total = int(rows[0].rating_total) if rows else 0
    count = int(rows[0].rating_count) if rows else 0
    summary = ReviewSummary(
        average=average_rating(total, count),
        count=count,
        latest=[_public(review) for review in rows],
    )
    cache.set(key, summary, SUMMARY_TIMEOUT)
    return summary


def product_reviews_changed(*, product_id: Any) -> None:
    """Forget the cached summary once the current transaction commits."""
    transaction.on_commit(lambda: cache.delete(_summary_key(product_id)))


# Staff ----------------------------------------------------------------------------------------


def moderation_queue(*, status: str = ReviewStatus.PENDING) -> QuerySet[Review]:
    """Reviews in `status`, oldest first (pending ones wait the longest)."""
    if status not in ReviewStatus.values:
        status = ReviewStatus.PENDING
    ordering = ("created_at", "id") if status == ReviewStatus.PENDING else ("-updated_at", "-id")
    return (
        Review.objects.filter(status=status)
        .select_related("author", "product", "product__cooperative")
        .order_by(*ordering)
    )


def review_for_staff(*, public_id: Any) -> Review:
    review = (
        Review.objects.filter(public_id=public_id)
        .select_related("author", "product", "product__cooperative", "moderated_by")
        .first()
    )
    if review is None:
        raise Http404
    return review


MODERATE_PERMISSION = "reviews.moderate_review"


def is_review_moderator(user: object) -> bool:
    return (
        isinstance(user, User)
        and user.is_active
        and user.is_staff
        and user.has_perm(MODERATE_PERMISSION)
    )


def require_review_moderator(user: object) -> User:
    """The signed-in staff member allowed to moderate reviews, else 403."""
    if not isinstance(user, User) or not is_review_moderator(user):
        raise PermissionDenied
    return user
