"""The reviews on the product page, the write/edit form and the staff moderation pages."""

from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.core.models import AuditLog

from .. import services
from ..models import Review, ReviewStatus
from .factories import buyer_of, moderator, order_of, review, reviewable_product

pytestmark = pytest.mark.django_db


def _page(product, language: str = "en") -> str:
    return f"/{language}/products/{product.slug}/"


def _write(product, language: str = "en") -> str:
    return f"/{language}/products/{product.slug}/review/"


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _section(html: str) -> str:
    match = re.search(r'<section[^>]*data-testid="reviews".*?</section>', html, re.S)
    assert match, "no reviews section"
    return match.group(0)


# Product page ---------------------------------------------------------------------------------


def test_the_product_page_shows_the_average_the_count_and_approved_reviews_only():
    product = reviewable_product()
    review(product, rating=5, approve=True, title="Parfait")
    review(product, rating=4, approve=True, title="Bon")
    review(product, rating=4, approve=True, title="Correct")
    review(product, rating=1, title="En attente")  # pending: not shown, not counted
    cache.clear()

    section = _section(_client().get(_page(product)).content.decode())

    assert 'class="stars stars-45"' in section  # 4.3 → four and a half stars drawn
    assert "4.3 out of 5" in section
    assert "(3 reviews)" in section
    assert re.findall(r'<h3 class="review-title">([^<]+)</h3>', section) == [
        "Correct",
        "Bon",
        "Parfait",
    ]
    assert "En attente" not in section
    assert "Amina T." in section  # first name and initial only
    assert "@example.org" not in section


def test_the_average_is_written_the_french_and_arabic_way():
    product = reviewable_product()
    review(product, rating=5, approve=True)
    review(product, rating=4, approve=True)

    french = _section(_client().get(_page(product, "fr")).content.decode())
    arabic = _section(_client().get(_page(product, "ar")).content.decode())

    assert "4,5 sur 5" in french
    assert "4,5 من 5" in arabic


def test_review_texts_are_escaped_and_carry_their_language():
    product = reviewable_product()
    review(product, approve=True, body="<script>alert(1)</script>\nLigne 2", language="ar")

    section = _section(_client().get(_page(product)).content.decode())

    assert "<script>alert(1)</script>" not in section
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br>Ligne 2" in section
    assert '<div lang="ar" dir="auto">' in section


def test_a_product_without_reviews_says_so():
    product = reviewable_product()
    section = _section(_client().get(_page(product)).content.decode())
    assert 'data-testid="reviews-none"' in section
    assert "out of 5" not in section


def test_guests_are_told_to_log_in_or_sign_up_to_review():
    product = reviewable_product()

    section = _section(_client().get(_page(product)).content.decode())

    assert 'data-testid="reviews-guest"' in section
    assert f'href="/en/accounts/login/?next=/en/products/{product.slug}/"' in section
    assert 'href="/en/accounts/signup/"' in section
    assert 'data-testid="review-write"' not in section


def test_only_a_customer_who_received_the_product_sees_write_a_review():
    product = reviewable_product()
    buyer = buyer_of(product)
    waiting = UserFactory()
    order_of(product, waiting, "confirm", "ship")

    for user, expected in ((buyer, True), (waiting, False), (UserFactory(), False)):
        section = _section(_client(user).get(_page(product)).content.decode())
        assert ('data-testid="review-write"' in section) is expected
        assert 'data-testid="reviews-guest"' not in section


def test_the_author_sees_edit_your_review_and_that_it_is_pending():
    product = reviewable_product()
    mine = review(product)

    section = _section(_client(mine.author).get(_page(product)).content.decode())

    assert "Edit your review" in section
    assert "Your review is waiting for moderation." in section


# Query counts ---------------------------------------------------------------------------------


def _review_queries(path: str, client: Client) -> tuple[int, int]:
    """(all queries, queries reading reviews) of one request."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    sqls = [query["sql"] for query in captured.captured_queries]
    return len(sqls), sum('"reviews_review"' in sql for sql in sqls)


def test_the_reviews_section_costs_one_query_cold_and_none_cached_whatever_the_reviews():
    product = reviewable_product()
    cache.clear()
    empty_total, empty_reviews = _review_queries(_page(product), Client())
    for rating in (5, 4, 3, 2, 1) * 6:
        review(product, rating=rating, approve=True)

    cache.clear()
    cold_total, cold_reviews = _review_queries(_page(product), Client())
    warm_total, warm_reviews = _review_queries(_page(product), Client())

    assert (empty_reviews, cold_reviews, warm_reviews) == (1, 1, 0)
    assert cold_total == empty_total
    assert warm_total == cold_total - 1


def test_a_signed_in_visitor_costs_one_more_query_whatever_their_orders():
    product = reviewable_product()
    stranger = UserFactory()
    buyer = buyer_of(product)
    buyer_of(product, user=buyer)
    review(product, user=buyer)
    cache.clear()
    _review_queries(_page(product), _client(stranger))  # warm the summary

    stranger_total, stranger_reviews = _review_queries(_page(product), _client(stranger))
    buyer_total, buyer_reviews = _review_queries(_page(product), _client(buyer))

    assert stranger_total == buyer_total
    assert (stranger_reviews, buyer_reviews) == (1, 1)


# Write / edit ---------------------------------------------------------------------------------


def test_guests_are_sent_to_log_in_before_writing():
    product = reviewable_product()
    response = _client().get(_write(product))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_a_customer_who_did_not_receive_the_product_gets_an_explanation_and_cannot_post():
    product = reviewable_product()
    user = UserFactory()
    order_of(product, user, "confirm")

    page = _client(user).get(_write(product))
    posted = _client(user).post(_write(product), {"rating": "5", "language": "fr"})

    assert page.status_code == 403
    assert "Only customers who received" in page.content.decode()
    assert posted.status_code == 403
    assert Review.objects.count() == 0


def test_a_buyer_writes_a_review_then_edits_the_same_one():
    product = reviewable_product()
    user = buyer_of(product)
    client = _client(user)

    assert client.get(_write(product)).status_code == 200
    created = client.post(
        _write(product),
        {"rating": "4", "title": "Bon miel", "body": "Bien emballé.", "language": "fr"},
        follow=True,
    )
    assert created.redirect_chain[-1][0] == _page(product)
    assert "will be published once our team has read it" in created.content.decode()

    form = client.get(_write(product)).content.decode()
    assert re.search(r'value="4"[^>]*checked', form)
    assert "Bon miel" in form
    client.post(_write(product), {"rating": "2", "title": "", "body": "", "language": "ar"})

    mine = Review.objects.get()
    assert (mine.rating, mine.title, mine.language) == (2, "", "ar")


@pytest.mark.parametrize("rating", ["0", "6", "4.5", "abc", ""])
def test_a_bad_rating_in_the_form_is_shown_and_nothing_is_written(rating):
    product = reviewable_product()
    user = buyer_of(product)

    response = _client(user).post(
        _write(product), {"rating": rating, "title": "T", "body": "B", "language": "fr"}
    )

    assert response.status_code == 400
    assert "a whole number of stars from 1 to 5" in response.content.decode()
    assert Review.objects.count() == 0
    assert not AuditLog.objects.filter(action__startswith="review.").exists()


def test_the_author_reads_why_their_review_was_rejected():
    product = reviewable_product()
    mine = review(product)
    services.review_moderate(
        review=mine, actor=moderator(), decision="reject", reason="Coordonnées personnelles."
    )

    page = _client(mine.author).get(_write(product)).content.decode()

    assert "Your review was not published." in page
    assert "Coordonnées personnelles." in page


# Staff moderation -----------------------------------------------------------------------------


def test_the_queue_is_for_moderators_only():
    product = reviewable_product()
    review(product)
    staff_without_permission = StaffFactory()
    _second_factor(staff_without_permission)

    assert _client().get("/en/staff/reviews/").status_code == 302
    assert _client(UserFactory()).get("/en/staff/reviews/").status_code == 403
    assert _client(staff_without_permission).get("/en/staff/reviews/").status_code == 403


def _second_factor(user) -> None:
    """Staff pages need a second factor set up (StaffSecondFactorMiddleware)."""
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "x"})


def _as_moderator() -> Client:
    staff = moderator()
    _second_factor(staff)
    return _client(staff)


def test_a_moderator_approves_from_the_queue_and_the_review_goes_online():
    product = reviewable_product()
    pending = review(product, title="À valider")
    client = _as_moderator()

    queue = client.get("/en/staff/reviews/")
    assert queue.status_code == 200
    assert len(re.findall('data-testid="queue-row"', queue.content.decode())) == 1
    response = client.post(f"/en/staff/reviews/{pending.public_id}/", {"decision": "approve"})

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == ReviewStatus.APPROVED
    assert "À valider" in _client().get(_page(product)).content.decode()


def test_a_moderator_must_give_a_reason_to_reject():
    product = reviewable_product()
    pending = review(product)
    client = _as_moderator()
    url = f"/en/staff/reviews/{pending.public_id}/"

    refused = client.post(url, {"decision": "reject", "reason": ""})
    assert refused.status_code == 200
    assert "Say why the review is rejected." in refused.content.decode()
    pending.refresh_from_db()
    assert pending.status == ReviewStatus.PENDING

    client.post(url, {"decision": "reject", "reason": "Hors sujet."})
    pending.refresh_from_db()
    assert (pending.status, pending.moderation_reason) == ("rejected", "Hors sujet.")


def test_approving_twice_is_a_message_not_an_error():
    product = reviewable_product()
    approved = review(product, approve=True)
    client = _as_moderator()

    response = client.post(
        f"/en/staff/reviews/{approved.public_id}/", {"decision": "approve"}, follow=True
    )

    assert response.status_code == 200
    assert "already been moderated" in response.content.decode()
