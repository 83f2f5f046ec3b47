"""Reviews over the JSON API: the public list, and the customer's own review."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from cooplab.accounts.tests.factories import UserFactory
from cooplab.accounts.tokens import api_token_create

from ..models import Review, ReviewStatus
from .factories import buyer_of, order_of, review, reviewable_product

pytestmark = pytest.mark.django_db


def _url(product: Any) -> str:
    return f"/api/v1/products/{product.slug}/reviews"


def _post(product: Any, body: Any, *, user: Any = None, token: bool = False) -> Any:
    client = Client()
    headers = {}
    if user is not None and token:
        _token, secret = api_token_create(user=user, name="tests")
        headers["Authorization"] = f"Bearer {secret}"
    elif user is not None:
        client.force_login(user)
    return client.post(
        _url(product), json.dumps(body), content_type="application/json", headers=headers
    )


def test_the_public_list_gives_the_average_the_count_and_approved_reviews_newest_first():
    product = reviewable_product()
    review(product, rating=5, approve=True, title="Premier")
    review(product, rating=2, approve=True, title="Second")
    review(product, rating=1, title="En attente")

    data = Client().get(_url(product)).json()

    assert (data["average"], data["count"]) == ("3.5", 2)
    assert [item["title"] for item in data["items"]] == ["Second", "Premier"]
    assert set(data["items"][0]) == {
        "id",
        "author",
        "rating",
        "title",
        "body",
        "language",
        "created_at",
    }
    assert data["items"][0]["author"] == "Amina T."


def test_the_public_list_pages_and_caps_the_limit():
    product = reviewable_product()
    for rating in (1, 2, 3):
        review(product, rating=rating, approve=True)

    page = Client().get(_url(product), {"limit": 1, "offset": 1}).json()
    capped = Client().get(_url(product), {"limit": 1000}).json()

    assert [item["rating"] for item in page["items"]] == [2]
    assert len(capped["items"]) == 3


def test_an_unknown_or_unpublished_product_is_404():
    product = reviewable_product(status="draft")
    assert Client().get(_url(product)).status_code == 404
    assert Client().get("/api/v1/products/nope/reviews").status_code == 404


def test_a_buyer_creates_then_changes_their_review_with_a_token():
    product = reviewable_product()
    user = buyer_of(product)
    body = {"rating": 4, "title": "Bon", "body": "Bien reçu.", "language": "fr"}

    created = _post(product, body, user=user, token=True)
    changed = _post(product, {**body, "rating": 5}, user=user, token=True)

    assert created.status_code == 201
    assert created.json()["status"] == ReviewStatus.PENDING
    assert changed.status_code == 200
    assert changed.json()["rating"] == 5
    assert Review.objects.count() == 1


def test_the_session_works_too():
    product = reviewable_product()
    user = buyer_of(product)
    response = _post(product, {"rating": 3}, user=user)
    assert response.status_code == 201


@pytest.mark.parametrize(
    ("who", "status"), [("anonymous", 401), ("stranger", 403), ("not_delivered", 403)]
)
def test_only_a_customer_who_received_the_product_may_post(who, status):
    product = reviewable_product()
    user = None
    if who == "stranger":
        user = UserFactory()
    elif who == "not_delivered":
        user = UserFactory()
        order_of(product, user, "confirm", "ship")

    response = _post(product, {"rating": 5}, user=user)

    assert response.status_code == status
    assert Review.objects.count() == 0


@pytest.mark.parametrize(
    "body",
    [
        {"rating": 0},
        {"rating": 6},
        {"rating": 4.5},
        {"rating": "4.5"},
        {"rating": "abc"},
        {"rating": True},
        {},
        {"rating": 4, "language": "de"},
        {"rating": 4, "title": "x" * 121},
        {"rating": 4, "body": "x" * 2001},
        {"rating": 4, "body": "ok\u0000"},
        {"rating": 4, "extra": "field"},
    ],
)
def test_bad_input_is_422_and_writes_nothing(body):
    product = reviewable_product()
    user = buyer_of(product)

    response = _post(product, body, user=user)

    assert response.status_code == 422
    assert Review.objects.count() == 0


def test_a_refusal_by_the_service_is_translated():
    product = reviewable_product()
    user = buyer_of(product)

    response = Client(headers={"Accept-Language": "fr"})
    response.force_login(user)
    answer = response.post(
        _url(product),
        json.dumps({"rating": 4, "language": "de"}),
        content_type="application/json",
    )

    assert answer.status_code == 422
    assert answer.json()["detail"] == [
        {
            "type": "invalid",
            "loc": ["body", "payload", "language"],
            "msg": "Choisissez la langue de votre avis.",
        }
    ]
