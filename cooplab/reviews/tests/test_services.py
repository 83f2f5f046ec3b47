"""Who may review, what a review may contain, moderation, and the average shown."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cooplab.accounts.models import User
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.core.models import AuditLog
from cooplab.orders.services import part_transition
from cooplab.orders.states import Actor

from .. import services
from ..models import Review, ReviewStatus
from ..selectors import (
    average_rating,
    product_review_summary,
    review_eligible,
    reviewer_state,
)
from ..states import InvalidTransition
from .factories import DELIVERED, buyer_of, moderator, order_of, review, reviewable_product


@pytest.fixture(autouse=True)
def _english_messages():
    """Service errors are compared in English, the source language, whatever language an
    earlier test left active."""
    from django.utils import translation

    with translation.override("en"):
        yield


pytestmark = pytest.mark.django_db


def _submit(user: User, product, **overrides):
    fields = {"rating": 5, "title": "Excellent", "body": "Très parfumé.", "language": "fr"}
    fields.update(overrides)
    return services.review_submit(user=user, product=product, **fields)


def _review_audit_count() -> int:
    return AuditLog.objects.filter(action__startswith="review.").count()


# Who may review ---------------------------------------------------------------------------------


def test_a_customer_who_never_bought_the_product_is_refused():
    product = reviewable_product()
    stranger = UserFactory()

    with pytest.raises(ValidationError) as error:
        _submit(stranger, product)

    assert error.value.messages == ["Only customers who received this product can review it."]
    assert Review.objects.count() == 0
    assert _review_audit_count() == 0


@pytest.mark.parametrize(
    "actions", [(), ("confirm",), ("confirm", "prepare"), ("confirm", "ship")], ids=str
)
def test_a_buyer_whose_order_is_not_delivered_yet_is_refused(actions):
    product = reviewable_product()
    user = UserFactory()
    order_of(product, user, *actions)

    assert review_eligible(user=user, product=product) is False
    with pytest.raises(ValidationError):
        _submit(user, product)
    assert Review.objects.count() == 0


def test_a_buyer_whose_order_was_cancelled_is_refused():
    product = reviewable_product()
    user = UserFactory()
    order = order_of(product, user)
    part_transition(
        part=order.parts.get(), action="cancel", actor=Actor.CUSTOMER, user=user, reason="x"
    )

    with pytest.raises(ValidationError):
        _submit(user, product)
    assert Review.objects.count() == 0


def test_a_buyer_of_another_product_of_the_same_cooperative_is_refused():
    product = reviewable_product()
    other = reviewable_product(cooperative=product.cooperative)
    user = buyer_of(other)

    with pytest.raises(ValidationError):
        _submit(user, product)
    assert Review.objects.count() == 0


def test_a_buyer_after_delivery_may_review_and_the_review_waits_for_moderation():
    product = reviewable_product()
    user = buyer_of(product)

    created = _submit(user, product, rating=4, title="Bon", body="Bien reçu.")

    assert (created.author, created.product, created.rating) == (user, product, 4)
    assert (created.title, created.body, created.language) == ("Bon", "Bien reçu.", "fr")
    assert created.status == ReviewStatus.PENDING
    audit = AuditLog.objects.get(action="review.submitted")
    assert audit.actor == user
    assert audit.target_id == str(created.pk)
    assert audit.data == {"product": str(product.public_id), "rating": 4}


def test_the_orders_guest_checkout_cannot_review_because_reviews_need_an_account():
    product = reviewable_product()
    order_of(product, None, *DELIVERED)  # a guest order, delivered

    assert Review.objects.count() == 0
    assert reviewer_state(user=None, product=product).eligible is False


def test_completed_orders_and_returns_in_progress_still_count_but_refunded_ones_do_not():
    product = reviewable_product(perishable=False)
    completed_buyer, returning_buyer = UserFactory(), UserFactory()
    completed = order_of(product, completed_buyer, *DELIVERED).parts.get()
    part_transition(part=completed, action="complete", actor=Actor.SYSTEM, user=None)
    returned = order_of(product, returning_buyer, *DELIVERED).parts.get()
    part_transition(
        part=returned, action="request_withdrawal", actor=Actor.CUSTOMER, user=returning_buyer
    )
    assert review_eligible(user=completed_buyer, product=product) is True
    assert review_eligible(user=returning_buyer, product=product) is True

    part_transition(part=returned, action="receive_withdrawal", actor=Actor.COOPERATIVE, user=None)
    part_transition(part=returned, action="refund", actor=Actor.COOPERATIVE, user=None)

    assert review_eligible(user=returning_buyer, product=product) is False
    with pytest.raises(ValidationError):
        _submit(returning_buyer, product)


def test_a_deactivated_account_cannot_review():
    product = reviewable_product()
    user = buyer_of(product)
    user.is_active = False
    user.save()

    with pytest.raises(ValidationError):
        _submit(user, product)
    assert Review.objects.count() == 0


# One review per author and product ------------------------------------------------------------


def test_a_second_submission_changes_the_review_and_sends_it_back_to_moderation():
    product = reviewable_product()
    user = buyer_of(product)
    first = review(product, user=user, rating=2, approve=True)
    assert first.status == ReviewStatus.APPROVED

    second = _submit(user, product, rating=5, title="Finalement très bon", body="")

    assert second.pk == first.pk
    assert Review.objects.count() == 1
    first.refresh_from_db()
    assert (first.rating, first.title, first.body) == (5, "Finalement très bon", "")
    assert first.status == ReviewStatus.PENDING
    assert first.moderated_at is None and first.moderated_by is None
    audit = AuditLog.objects.get(action="review.changed")
    assert audit.data["previous"] == {"rating": 2, "status": "approved"}


def test_submitting_the_same_review_again_changes_nothing():
    product = reviewable_product()
    user = buyer_of(product)
    approved = review(product, user=user, rating=4, approve=True)
    audits = _review_audit_count()

    again = _submit(
        user, product, rating=4, title=approved.title, body=approved.body, language="fr"
    )

    assert again.status == ReviewStatus.APPROVED
    assert _review_audit_count() == audits


def test_two_deliveries_of_the_same_product_still_give_one_review():
    product = reviewable_product()
    user = buyer_of(product)
    buyer_of(product, user=user)

    _submit(user, product, rating=3)
    _submit(user, product, rating=4)

    assert list(Review.objects.values_list("rating", flat=True)) == [4]


# What a review may contain --------------------------------------------------------------------

BAD_RATINGS = st.one_of(
    st.sampled_from([0, 6, -1, 10, "0", "6", "4.5", "abc", "", " ", "4,5", "٤.٥", "1e1"]),
    st.sampled_from([4.5, 4.0, True, False, None, Decimal("4"), [4], {"r": 4}]),
    st.integers().filter(lambda n: not 1 <= n <= 5),
    st.floats(allow_nan=True),
    st.text(max_size=6).filter(lambda s: s.strip() not in {"1", "2", "3", "4", "5"}),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rating=BAD_RATINGS)
def test_a_rating_that_is_not_a_whole_number_from_1_to_5_is_refused_and_nothing_changes(rating):
    # The clean-up of the rating runs before any database access: no fixture per example.
    with pytest.raises(ValidationError) as error:
        services.clean_rating(rating)
    assert error.value.message_dict == {
        "rating": ["Choose a rating: a whole number of stars from 1 to 5."]
    }


@pytest.mark.parametrize("rating", [0, 6, "4.5", "abc", 4.5, True, None])
def test_a_bad_rating_from_a_buyer_writes_nothing(rating):
    product = reviewable_product()
    user = buyer_of(product)
    existing = review(product, user=user, rating=3, approve=True)
    audits = _review_audit_count()

    with pytest.raises(ValidationError) as error:
        _submit(user, product, rating=rating, title="Autre titre")

    assert "rating" in error.value.message_dict
    existing.refresh_from_db()
    assert (existing.rating, existing.title, existing.status) == (3, "Très bon miel", "approved")
    assert _review_audit_count() == audits


@pytest.mark.parametrize(("given_rating", "stored"), [(1, 1), (5, 5), ("3", 3), (" 2 ", 2)])
def test_whole_ratings_are_accepted_as_numbers_or_digits(given_rating, stored):
    product = reviewable_product()
    assert _submit(buyer_of(product), product, rating=given_rating).rating == stored


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "x" * 121, "Keep it to 120 characters (it has 121)."),
        ("body", "x" * 2001, "Keep it to 2000 characters (it has 2001)."),
        ("body", "ok\x00", "Remove the invisible control characters."),
        ("title", "a\nb", "Remove the invisible control characters."),
        ("language", "de", "Choose the language of your review."),
    ],
)
def test_texts_beyond_their_limits_are_refused(field, value, message):
    product = reviewable_product()
    user = buyer_of(product)

    with pytest.raises(ValidationError) as error:
        _submit(user, product, **{field: value})

    assert error.value.message_dict == {field: [message]}
    assert Review.objects.count() == 0


def test_texts_are_trimmed_and_kept_as_plain_text():
    product = reviewable_product()
    user = buyer_of(product)

    created = _submit(
        user,
        product,
        title="  <b>Super</b> ",
        body=" Ligne 1\r\nLigne 2 <script>alert(1)</script> " + "é" * 10,
        language="ar",
    )

    assert created.title == "<b>Super</b>"
    assert created.body == "Ligne 1\nLigne 2 <script>alert(1)</script> " + "é" * 10
    assert created.language == "ar"


# Moderation -----------------------------------------------------------------------------------


def test_staff_approve_a_pending_review_and_it_is_audited():
    product = reviewable_product()
    pending = review(product)
    staff = moderator()

    approved = services.review_moderate(review=pending, actor=staff, decision="approve")

    assert approved.status == ReviewStatus.APPROVED
    assert approved.moderated_by == staff
    assert approved.moderated_at is not None
    audit = AuditLog.objects.get(action="review.approved")
    assert audit.data == {"from": "pending", "to": "approved", "reason": ""}


def test_a_rejection_needs_a_reason_which_the_author_can_read():
    product = reviewable_product()
    pending = review(product)
    staff = moderator()

    with pytest.raises(ValidationError) as error:
        services.review_moderate(review=pending, actor=staff, decision="reject", reason="  ")
    assert error.value.message_dict == {"reason": ["Say why the review is rejected."]}
    pending.refresh_from_db()
    assert pending.status == ReviewStatus.PENDING

    rejected = services.review_moderate(
        review=pending, actor=staff, decision="reject", reason="Parle du livreur, pas du miel."
    )
    assert rejected.status == ReviewStatus.REJECTED
    assert rejected.moderation_reason == "Parle du livreur, pas du miel."


def test_a_published_review_can_be_taken_down_and_a_decision_is_not_taken_twice():
    product = reviewable_product()
    approved = review(product, approve=True)
    staff = moderator()

    with pytest.raises(InvalidTransition):
        services.review_moderate(review=approved, actor=staff, decision="approve")
    services.review_moderate(review=approved, actor=staff, decision="reject", reason="Insultes.")

    assert Review.objects.get().status == ReviewStatus.REJECTED


@pytest.mark.parametrize("who", ["customer", "author", "staff_without_permission"])
def test_only_moderators_moderate(who):
    product = reviewable_product()
    pending = review(product)
    actor = {
        "customer": lambda: UserFactory(),
        "author": lambda: pending.author,
        "staff_without_permission": lambda: StaffFactory(),
    }[who]()
    audits = _review_audit_count()

    with pytest.raises(ValidationError):
        services.review_moderate(review=pending, actor=actor, decision="approve")

    pending.refresh_from_db()
    assert pending.status == ReviewStatus.PENDING
    assert _review_audit_count() == audits


def test_without_premoderation_reviews_go_online_at_once_but_a_rejected_one_goes_back_to_staff(
    settings,
):
    settings.REVIEWS_PREMODERATION = False
    product = reviewable_product()
    user = buyer_of(product)

    created = _submit(user, product, rating=1)
    assert created.status == ReviewStatus.APPROVED
    services.review_moderate(
        review=created, actor=moderator(), decision="reject", reason="Hors sujet"
    )

    changed = _submit(user, product, rating=2)
    assert changed.status == ReviewStatus.PENDING


# The average ----------------------------------------------------------------------------------


def _half_up_one_decimal(ratings: list[int]) -> Decimal:
    exact = Fraction(sum(ratings), len(ratings))
    tenths = exact * 10
    whole = int(tenths)
    if tenths - whole >= Fraction(1, 2):
        whole += 1
    return Decimal(whole) / 10


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=5000))
def test_the_average_is_the_mean_rounded_half_up_to_one_decimal(ratings):
    average = average_rating(sum(ratings), len(ratings))

    assert average == _half_up_one_decimal(ratings)
    assert average is not None and average.as_tuple().exponent == -1
    assert Decimal("1.0") <= average <= Decimal("5.0")


def test_no_rating_gives_no_average():
    assert average_rating(0, 0) is None


@pytest.fixture
def rated_product(db):
    product = reviewable_product()
    authors = User.objects.bulk_create(
        [User(email=f"rater{n}@example.org", first_name="R") for n in range(40)]
    )
    return product, authors


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    approved=st.lists(st.integers(min_value=1, max_value=5), max_size=25),
    others=st.lists(
        st.tuples(st.integers(1, 5), st.sampled_from(["pending", "rejected"])), max_size=10
    ),
)
def test_the_summary_counts_and_averages_approved_reviews_only(rated_product, approved, others):
    from django.core.cache import cache

    product, authors = rated_product
    Review.objects.all().delete()
    cache.clear()
    rows = [(rating, "approved") for rating in approved] + others
    Review.objects.bulk_create(
        [
            Review(product=product, author=author, rating=rating, status=status)
            for author, (rating, status) in zip(authors, rows, strict=False)
        ]
    )

    summary = product_review_summary(product_id=product.pk)

    assert summary.count == len(approved)
    expected = (
        (Decimal(sum(approved)) / len(approved)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if approved
        else None
    )
    assert summary.average == expected
    assert len(summary.latest) == min(len(approved), 10)
    assert all(item.rating in approved for item in summary.latest)


def test_the_summary_is_cached_and_forgotten_after_each_review_change(
    django_capture_on_commit_callbacks,
):
    product = reviewable_product()
    user = buyer_of(product)
    with django_capture_on_commit_callbacks(execute=True):
        first = review(product, user=user, rating=2, approve=True)
    assert product_review_summary(product_id=product.pk).average == Decimal("2.0")

    with django_capture_on_commit_callbacks(execute=True):
        _submit(user, product, rating=5)
    assert product_review_summary(product_id=product.pk).count == 0  # pending again

    with django_capture_on_commit_callbacks(execute=True):
        services.review_moderate(review=first, actor=moderator(), decision="approve")
    summary = product_review_summary(product_id=product.pk)
    assert (summary.average, summary.count) == (Decimal("5.0"), 1)
