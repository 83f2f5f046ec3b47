"""Writes of reviews. Every guard lives here, so the pages, the API and scripts behave alike:
only a customer who received the product may review it, ratings are whole stars from 1 to 5,
texts are plain text within their limits, only moderators moderate."""

from __future__ import annotations

import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.catalog.models import Product
from cooplab.core.audit import audit_log

from . import states
from .models import (
    BODY_MAX_LENGTH,
    MAX_RATING,
    MIN_RATING,
    REASON_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    Review,
    ReviewStatus,
)
from .selectors import is_review_moderator, product_reviews_changed, review_eligible

ALLOWED_CONTROLS = "\n\t"


def clean_rating(value: object) -> int:
    """A whole number of stars from 1 to 5, given as an int or as its digits ("4"). Refused:
    booleans, fractions ("4.5", 4.5), words, anything out of range."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) <= 2:
        number = int(value.strip())
    if number is None or not MIN_RATING <= number <= MAX_RATING:
        raise ValidationError(
            {"rating": [_("Choose a rating: a whole number of stars from 1 to 5.")]}
        )
    return number


def _plain_text(value: object, *, field: str, max_length: int, multi_line: bool) -> str:
    """Plain text (never interpreted as HTML: the pages escape it): trimmed, line ends
    normalised, no control characters, within `max_length` characters."""
    if not isinstance(value, str):
        raise ValidationError({field: [_("Enter text.")]})
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    allowed = ALLOWED_CONTROLS if multi_line else ""
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in text):
        raise ValidationError({field: [_("Remove the invisible control characters.")]})
    if len(text) > max_length:
        raise ValidationError(
            {
                field: [
                    _("Keep it to %(limit)d characters (it has %(length)d).")
                    % {"limit": max_length, "length": len(text)}
                ]
            }
        )
    return text


def _clean(
    *, rating: object, title: object, body: object, language: object
) -> tuple[int, str, str, str]:
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, object] = {}
    for name, clean in (
        ("rating", lambda: clean_rating(rating)),
        (
            "title",
            lambda: _plain_text(
                title, field="title", max_length=TITLE_MAX_LENGTH, multi_line=False
            ),
        ),
        (
            "body",
            lambda: _plain_text(body, field="body", max_length=BODY_MAX_LENGTH, multi_line=True),
        ),
    ):
        try:
            cleaned[name] = clean()
        except ValidationError as error:
            errors.update(error.message_dict)
    if language not in settings.CONTENT_LANGUAGES:
        errors["language"] = [_("Choose the language of your review.")]
    if errors:
        raise ValidationError(errors)
    return (
        int(cleaned["rating"]),  # type: ignore[call-overload]
        str(cleaned["title"]),
        str(cleaned["body"]),
        str(language),
    )


def _status_after_edit(review: Review | None) -> str:
    if settings.REVIEWS_PREMODERATION:
        return ReviewStatus.PENDING
    # Without pre-moderation reviews go online at once, except that changing a review staff
    # took down sends it back to them.
    if review is not None and review.status == ReviewStatus.REJECTED:
        return ReviewStatus.PENDING
    return ReviewStatus.APPROVED


def review_submit(
    *, user: User, product: Product, rating: object, title: object, body: object, language: object
) -> Review:
    """Create the author's review of `product`, or change the one they wrote (one per author
    and product). Pending until staff approve it when REVIEWS_PREMODERATION is on."""
    rating_value, title_text, body_text, language_code = _clean(
        rating=rating, title=title, body=body, language=language
    )
    with transaction.atomic():
        if not review_eligible(user=user, product=product):
            raise ValidationError(_("Only customers who received this product can review it."))
        review = Review.objects.select_for_update().filter(author=user, product=product).first()
        if review is None:
            try:
                with transaction.atomic():
                    review = Review.objects.create(
                        product=product,
                        author=user,
                        rating=rating_value,
                        title=title_text,
                        body=body_text,
                        language=language_code,
                        status=_status_after_edit(None),
                    )
            except IntegrityError:
                # The same author submitted twice at once: the other request created it.
                review = Review.objects.select_for_update().get(author=user, product=product)
            else:
                audit_log(
                    action="review.submitted",
                    actor=user,
                    target=review,
                    data={"product": str(product.public_id), "rating": rating_value},
                )
                product_reviews_changed(product_id=product.pk)
                return review
        unchanged = (review.rating, review.title, review.body, review.language) == (
            rating_value,
            title_text,
            body_text,
            language_code,
        )
        if unchanged:
            return review
        previous = {"rating": review.rating, "status": review.status}
        review.rating = rating_value
        review.title = title_text
        review.body = body_text
        review.language = language_code
        review.status = _status_after_edit(review)
        review.moderation_reason = ""
        review.moderated_at = None
        review.moderated_by = None
        review.save(
            update_fields=[
                "rating",
                "title",
                "body",
                "language",
                "status",
                "moderation_reason",
                "moderated_at",
                "moderated_by",
                "updated_at",
            ]
        )
        audit_log(
            action="review.changed",
            actor=user,
            target=review,
            data={
                "product": str(product.public_id),
                "rating": rating_value,
                "previous": previous,
            },
        )
        product_reviews_changed(product_id=product.pk)
    return review


def review_moderate(*, review: Review, actor: User, decision: str, reason: str = "") -> Review:
    """Approve (publish) or reject a review; a rejection needs a reason, shown to its author.
    InvalidTransition when the review was already moderated that way."""
    if not is_review_moderator(actor):
        raise ValidationError(_("Only platform staff may moderate reviews."))
    if decision not in states.DECISIONS:
        raise ValidationError(_("Choose to approve or to reject the review."))
    reason_text = ""
    if decision == "reject":
        reason_text = _plain_text(
            reason, field="reason", max_length=REASON_MAX_LENGTH, multi_line=True
        )
        if not reason_text:
            raise ValidationError({"reason": [_("Say why the review is rejected.")]})
    with transaction.atomic():
        locked = Review.objects.select_for_update().get(pk=review.pk)
        target = states.check(decision, locked.status)
        previous = locked.status
        locked.status = target
        locked.moderation_reason = reason_text
        locked.moderated_at = timezone.now()
        locked.moderated_by = actor
        locked.save(
            update_fields=[
                "status",
                "moderation_reason",
                "moderated_at",
                "moderated_by",
                "updated_at",
            ]
        )
        audit_log(
            action=f"review.{'approved' if decision == 'approve' else 'rejected'}",
            actor=actor,
            target=locked,
            data={"from": previous, "to": target, "reason": reason_text},
        )
        product_reviews_changed(product_id=locked.product_id)
    review.refresh_from_db()
    return review
