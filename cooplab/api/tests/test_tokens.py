"""How the API authenticates: a personal Bearer token, or the session, never a mix."""

from __future__ import annotations

import datetime as dt

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client
from django.utils import timezone

from cooplab.accounts.models import ApiToken
from cooplab.accounts.tests.factories import StaffFactory
from cooplab.accounts.tokens import api_token_create, api_token_revoke
from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(db: None) -> tuple[str, object]:
    cooperative = CooperativeFactory()
    return f"/api/v1/vendor/cooperatives/{cooperative.public_id}/products", manager_of(cooperative)


def _get(url: str, authorization: str | None = None, client: Client | None = None) -> int:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return (client or Client()).get(url, headers=headers).status_code


def test_valid_token_is_accepted_and_its_use_recorded(setup):
    url, manager = setup
    token, secret = api_token_create(user=manager, name="app")
    assert _get(url, f"Bearer {secret}") == 200
    assert _get(url, f"bearer {secret}") == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


@pytest.mark.parametrize("header", ["Bearer", "Bearer ", "Bearer cl_nope", "Bearer x y", "Token x"])
def test_missing_or_wrong_token_is_401(setup, header):
    url, manager = setup
    api_token_create(user=manager, name="app")
    assert _get(url, header) == 401
    assert _get(url) == 401


def test_a_wrong_token_does_not_fall_back_to_the_session(setup):
    # given a browser signed in as the manager
    url, manager = setup
    client = Client()
    client.force_login(manager)
    assert _get(url, client=client) == 200
    # when the same browser sends a wrong Bearer token, the token alone is judged
    assert _get(url, "Bearer cl_wrong", client=client) == 401


def test_revoked_and_expired_tokens_are_401(setup):
    url, manager = setup
    revoked, revoked_secret = api_token_create(user=manager, name="old")
    api_token_revoke(token=revoked, actor=manager)
    expired, expired_secret = api_token_create(user=manager, name="short", days=1)
    ApiToken.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - dt.timedelta(1))
    assert _get(url, f"Bearer {revoked_secret}") == 401
    assert _get(url, f"Bearer {expired_secret}") == 401


def test_deactivated_user_token_is_401(setup):
    url, manager = setup
    _token, secret = api_token_create(user=manager, name="app")
    manager.is_active = False
    manager.save(update_fields=["is_active"])
    assert _get(url, f"Bearer {secret}") == 401


def test_staff_token_needs_the_second_factor(setup):
    url, _manager = setup
    staff = StaffFactory()
    _token, secret = api_token_create(user=staff, name="ops")
    assert _get(url, f"Bearer {secret}") == 401
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    # authenticated now; staff without the review permission are refused like anyone else
    assert _get(url, f"Bearer {secret}") == 403


def test_public_endpoints_ignore_tokens(setup):
    assert _get("/api/v1/status", "Bearer cl_wrong") == 200


def test_openapi_documents_bearer_and_session_auth_on_vendor_routes(setup):
    schema = Client().get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/vendor/cooperatives/{cooperative_id}/products"]["get"]
    assert {name for item in operation["security"] for name in item} == {
        "BearerToken",
        "SessionAuth",
    }
    assert "vendor" in operation["tags"]
