"""Personal API tokens: the services (create, check, revoke) and the token page."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cooplab.accounts.models import ApiToken
from cooplab.accounts.tokens import (
    MAX_ACTIVE_TOKENS,
    api_token_authenticate,
    api_token_create,
    api_token_revoke,
)
from cooplab.core.models import AuditLog

from .factories import PASSWORD, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

TOKENS_URL = "/fr/accounts/tokens/"


def _signed_in(user) -> Client:
    """A signed-in client that has just confirmed its password (allauth reauthentication)."""
    client = Client()
    client.force_login(user)
    response = client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert response.status_code == 302
    return client


# ---- services -------------------------------------------------------------------------------


def test_create_stores_only_the_hash_and_returns_the_secret_once():
    # given a user
    user = UserFactory()
    # when a token is created
    token, secret = api_token_create(user=user, name="  Stock   app ", days=30)
    # then the secret is a fresh cl_ key, only its SHA-256 and first 8 characters are stored
    assert re.fullmatch(r"cl_[A-Za-z0-9_-]{43}", secret)
    token.refresh_from_db()
    assert token.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert token.prefix == secret[:8]
    assert token.name == "Stock app"
    stored = [str(getattr(token, field.attname)) for field in ApiToken._meta.concrete_fields]
    assert not any(secret in value or secret[8:] in value for value in stored)
    assert token.expires_at is not None
    assert (
        dt.timedelta(days=29, hours=23) < token.expires_at - timezone.now() <= dt.timedelta(days=30)
    )
    # and the creation is audited, without the secret
    entry = AuditLog.objects.get(action="api_token.created")
    assert entry.actor == user
    assert entry.target_id == str(token.pk)
    assert entry.data["prefix"] == token.prefix
    assert secret not in str(entry.data)


def test_two_tokens_never_share_a_secret():
    user = UserFactory()
    _first, secret_1 = api_token_create(user=user, name="a")
    _second, secret_2 = api_token_create(user=user, name="b")
    assert secret_1 != secret_2


def test_authenticate_returns_the_owner_for_a_valid_key_only():
    # given a token
    user = UserFactory()
    _token, secret = api_token_create(user=user, name="app")
    # then its key authenticates its user, nothing else does
    assert api_token_authenticate(secret) == user
    for wrong in ["", "cl_", secret[:-1], secret + "x", secret.upper(), "x" * 5000, "\ud800"]:
        assert api_token_authenticate(wrong) is None
    assert api_token_authenticate(hashlib.sha256(secret.encode()).hexdigest()) is None


def test_revoked_expired_and_inactive_user_tokens_no_longer_authenticate():
    user = UserFactory()
    revoked, revoked_secret = api_token_create(user=user, name="revoked")
    expired, expired_secret = api_token_create(user=user, name="expired", days=1)
    api_token_revoke(token=revoked, actor=user)
    ApiToken.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    assert api_token_authenticate(revoked_secret) is None
    assert api_token_authenticate(expired_secret) is None
    # and a user deactivated after creating a token is refused too
    other = UserFactory()
    _token, other_secret = api_token_create(user=other, name="app")
    other.is_active = False
    other.save(update_fields=["is_active"])
    assert api_token_authenticate(other_secret) is None


def test_staff_tokens_work_only_while_the_second_factor_is_set_up():
    staff = StaffFactory()
    _token, secret = api_token_create(user=staff, name="ops")
    assert api_token_authenticate(secret) is None
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert api_token_authenticate(secret) == staff


def test_last_used_is_written_at_most_once_a_minute():
    # given a token never used
    user = UserFactory()
    token, secret = api_token_create(user=user, name="app")
    # when it is used twice in a row
    api_token_authenticate(secret)
    token.refresh_from_db()
    first_use = token.last_used_at
    assert first_use is not None
    api_token_authenticate(secret)
    token.refresh_from_db()
    # then the second use within the minute does not write
    assert token.last_used_at == first_use
    # and a use more than a minute later does
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=first_use - dt.timedelta(minutes=2))
    api_token_authenticate(secret)
    token.refresh_from_db()
    assert token.last_used_at is not None and token.last_used_at > first_use


@pytest.mark.parametrize(
    ("name", "days"),
    [("", None), ("   ", 30), ("x" * 101, None), ("a\x00b", None), ("ok", 0), ("ok", 367)],
)
def test_create_refuses_bad_names_and_validities_and_creates_nothing(name, days):
    user = UserFactory()
    with pytest.raises(ValidationError):
        api_token_create(user=user, name=name, days=days)
    assert not ApiToken.objects.exists()
    assert not AuditLog.objects.filter(action="api_token.created").exists()


def test_active_tokens_are_limited_per_user():
    user = UserFactory()
    for n in range(MAX_ACTIVE_TOKENS):
        api_token_create(user=user, name=f"app {n}")
    with pytest.raises(ValidationError):
        api_token_create(user=user, name="one too many")
    # a revoked token frees a place
    api_token_revoke(token=ApiToken.objects.filter(user=user).first(), actor=user)
    api_token_create(user=user, name="replacement")
    assert ApiToken.objects.filter(user=user).count() == MAX_ACTIVE_TOKENS + 1


def test_only_the_owner_or_allowed_staff_may_revoke():
    # given someone's token
    owner = UserFactory()
    token, secret = api_token_create(user=owner, name="app")
    # when another user, or staff without the permission, tries to revoke it
    for intruder in (UserFactory(), StaffFactory()):
        with pytest.raises(PermissionDenied):
            api_token_revoke(token=token, actor=intruder)
    # then it still works and nothing is audited
    assert api_token_authenticate(secret) == owner
    assert not AuditLog.objects.filter(action="api_token.revoked").exists()
    # and staff allowed to change tokens may revoke it
    staff = StaffFactory()
    staff.user_permissions.add(Permission.objects.get(codename="change_apitoken"))
    api_token_revoke(token=token, actor=staff)
    assert api_token_authenticate(secret) is None
    entry = AuditLog.objects.get(action="api_token.revoked")
    assert entry.actor == staff


def test_revoking_twice_changes_nothing_the_second_time():
    user = UserFactory()
    token, _secret = api_token_create(user=user, name="app")
    first = api_token_revoke(token=token, actor=user)
    second = api_token_revoke(token=token, actor=user)
    assert second.revoked_at == first.revoked_at
    assert AuditLog.objects.filter(action="api_token.revoked").count() == 1


# ---- page -----------------------------------------------------------------------------------


def test_token_page_needs_login():
    response = Client().get(TOKENS_URL)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_profile_links_to_the_token_page():
    client = Client()
    client.force_login(UserFactory())
    response = client.get(reverse("accounts:profile"))
    assert reverse("accounts:api_tokens") in response.content.decode()


def test_page_shows_the_new_secret_once_then_only_its_prefix():
    # given a user who just logged in
    user = UserFactory()
    client = _signed_in(user)
    # when they create a token
    response = client.post(TOKENS_URL, {"action": "create", "name": "Stock app", "days": "90"})
    # then the page shows its secret, which authenticates them
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    secret = re.search(r'value="(cl_[A-Za-z0-9_-]{43})"', response.content.decode()).group(1)
    assert api_token_authenticate(secret) == user
    # and the next visit lists the token by its prefix, never the secret
    page = client.get(TOKENS_URL).content.decode()
    assert "Stock app" in page
    assert secret[:8] in page
    assert secret not in page and secret[8:] not in page


def test_creating_a_token_needs_the_password_confirmed_then_resumes():
    # given a session without a recent password confirmation
    user = UserFactory()
    client = Client()
    client.force_login(user)
    # when a token is requested
    response = client.post(TOKENS_URL, {"action": "create", "name": "app"})
    # then the user is asked to confirm their password first, and no token exists yet
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not ApiToken.objects.exists()
    # and once confirmed, the request goes on and shows the new secret
    response = client.post(response["Location"], {"password": PASSWORD}, follow=True)
    secret = re.search(r'value="(cl_[A-Za-z0-9_-]{43})"', response.content.decode()).group(1)
    assert api_token_authenticate(secret) == user
    assert ApiToken.objects.get().name == "app"


def test_invalid_form_creates_nothing():
    client = _signed_in(UserFactory())
    response = client.post(TOKENS_URL, {"action": "create", "name": "", "days": "7"})
    assert response.status_code == 200
    assert not ApiToken.objects.exists()


def test_page_lists_and_revokes_only_own_tokens():
    # given two users with a token each
    user, other = UserFactory(), UserFactory()
    mine, my_secret = api_token_create(user=user, name="Mine")
    theirs, their_secret = api_token_create(user=other, name="Theirs")
    client = Client()
    client.force_login(user)
    # then the page lists only the user's token
    page = client.get(TOKENS_URL).content.decode()
    assert "Mine" in page and "Theirs" not in page
    # when the user tries to revoke the other user's token, or sends junk
    for token_id in (theirs.pk, "abc", "", "99999999999999999999999", "٣"):
        response = client.post(TOKENS_URL, {"action": "revoke", "token_id": token_id})
        assert response.status_code == 404
    assert api_token_authenticate(their_secret) == other
    # and revoking their own needs no new login and works at once
    response = client.post(TOKENS_URL, {"action": "revoke", "token_id": mine.pk})
    assert response.status_code == 302
    assert api_token_authenticate(my_secret) is None
    assert AuditLog.objects.get(action="api_token.revoked").actor == user


def test_admin_revokes_with_the_service():
    # given a superuser with a second factor, and a user's token
    admin_user = StaffFactory(is_superuser=True)
    Authenticator.objects.create(
        user=admin_user, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    token, secret = api_token_create(user=UserFactory(), name="app")
    client = Client()
    client.force_login(admin_user)
    # when the admin action is used
    response = client.post(
        "/fr/admin/accounts/apitoken/",
        {"action": "revoke", "_selected_action": [token.pk]},
    )
    # then the token is revoked and audited, and tokens cannot be added by hand
    assert response.status_code == 302
    assert api_token_authenticate(secret) is None
    assert AuditLog.objects.get(action="api_token.revoked").actor == admin_user
    assert client.get("/fr/admin/accounts/apitoken/add/").status_code == 403
