"""Ratings and reviews of products, written by customers who received them.

One review per (author, product), changed in place by its author. Whether a review is shown
is its status: pending (waiting for staff), approved (public) or rejected (with a reason shown
to the author). Written only through `services.review_submit` and `services.review_moderate`.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cooplab.catalog.models import Product

MIN_RATING = 1
MAX_RATING = 5
TITLE_MAX_LENGTH = 120
BODY_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 1000


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    APPROVED = "approved", _("Published")
    REJECTED = "rejected", _("Rejected")


class Review(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("product")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reviews",
        verbose_name=_("author"),
    )
    rating = models.PositiveSmallIntegerField(_("rating"))
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH, blank=True)
    body = models.TextField(_("review"), max_length=BODY_MAX_LENGTH, blank=True)
    # The language the review is written in (lang attribute on the page).
    language = models.CharField(_("language"), max_length=8, default="fr")
    status = models.CharField(
        _("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    moderation_reason = models.TextField(_("reason"), max_length=REASON_MAX_LENGTH, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["-created_at", "-id"]
        permissions = [("moderate_review", "Can moderate product reviews")]
        indexes = [
            models.Index(fields=["product", "status", "-created_at"], name="review_product_public"),
            models.Index(fields=["status", "created_at"], name="review_queue"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["author", "product"], name="review_one_per_author"),
            models.CheckConstraint(
                condition=Q(rating__gte=MIN_RATING) & Q(rating__lte=MAX_RATING),
                name="review_rating_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating}/5 {self.product_id} ({self.status})"

    @property
    def author_display_name(self) -> str:
        return public_name(self.author)


def public_name(user: object) -> str:
    """What the public sees of an author: a first name and an initial, never a phone or an
    email address."""
    first = (getattr(user, "first_name", "") or "").strip()
    last = (getattr(user, "last_name", "") or "").strip()
    if first:
        return f"{first} {last[0]}." if last else first
    return str(_("A CoopLab customer"))
