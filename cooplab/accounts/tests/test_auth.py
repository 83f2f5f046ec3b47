from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from axes.models import AccessAttempt
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cooplab.accounts.models import User
from cooplab.core.models import AuditLog
from cooplab.core.sms import LocmemSMSBackend

from .factories import PASSWORD, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db


def _signup(client: Client, **data: str) -> Any:
    payload = {"password1": PASSWORD, "password2": PASSWORD, "consent": "on", **data}
    return client.post("/fr/accounts/signup/", payload)


def _login(client: Client, login: str, password: str) -> Any:
    return client.post("/fr/accounts/login/", {"login": login, "password": password})


def test_signup_with_moroccan_mobile_stores_e164_and_verifies_it_by_sms(
    django_capture_on_commit_callbacks,
):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = _signup(client, phone="06 12 34 56 78", first_name="Fadma")
    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/phone/verify/"
    user = User.objects.get()
    assert user.phone == "+212612345678"
    assert user.phone_verified is False
    assert user.email is None
    assert user.first_name == "Fadma"
    assert "_auth_user_id" not in client.session  # not before the number is confirmed

    (sms,) = LocmemSMSBackend.outbox
    assert sms.to == "+212612345678"
    code = re.search(r"\b(\d{6})\b", sms.body).group(1)
    assert client.post("/fr/accounts/phone/verify/", {"code": "000000"}).status_code == 200
    response = client.post("/fr/accounts/phone/verify/", {"code": code})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.phone_verified is True
    assert client.session.get("_auth_user_id") == str(user.pk)


@pytest.mark.parametrize(
    "typed", ["0612345678", "06 12 34 56 78", "+212612345678", "00212612345678"]
)
def test_login_with_phone_in_any_usual_form(typed: str):
    UserFactory(email=None, phone="+212612345678")
    client = Client()
    response = _login(client, typed, PASSWORD)
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_login_with_email_is_case_insensitive():
    UserFactory(email="amina@example.org")
    client = Client()
    assert _login(client, "Amina@Example.org", PASSWORD).status_code == 302


def test_signup_without_phone_or_email_is_refused_and_creates_nothing():
    client = Client()
    response = _signup(client, first_name="Nobody")
    assert response.status_code == 200
    assert "Donnez un numéro de mobile ou une adresse e-mail" in response.content.decode() or (
        response.context["form"].non_field_errors()
    )
    assert User.objects.count() == 0


def test_signup_with_invalid_phone_is_refused_with_translated_message():
    client = Client()
    response = client.post(
        "/ar/accounts/signup/",
        {"phone": "12345", "password1": PASSWORD, "password2": PASSWORD, "consent": "on"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["phone"]
    assert User.objects.count() == 0


def test_signup_without_consent_is_refused():
    client = Client()
    response = client.post(
        "/fr/accounts/signup/",
        {"phone": "0612345678", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200
    assert User.objects.count() == 0


def test_sixth_attempt_is_refused_even_with_right_password_until_lockout_ends():
    user = UserFactory(email="target@example.org")
    client = Client()
    for _ in range(4):
        assert _login(client, "target@example.org", "wrong-password").status_code == 200
    # The 5th failure reaches the limit: from now on the account is locked.
    assert _login(client, "target@example.org", "wrong-password").status_code == 429
    # Locked: the right password no longer opens the account, whatever the spelling of login.
    response = _login(client, "TARGET@example.org", PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert AuditLog.objects.filter(action="auth.locked_out").exists()
    # Another client (another IP or phone) is refused as well: the lock is on the account.
    other = Client(REMOTE_ADDR="10.9.8.7")
    assert _login(other, "target@example.org", PASSWORD).status_code == 429
    # When the cool-off period has passed, the right password works again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(hours=1))
    response = _login(Client(), "target@example.org", PASSWORD)
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.last_login is not None


def test_lockout_counts_phone_spellings_as_one_account():
    UserFactory(email=None, phone="+212612345678")
    client = Client()
    for typed in ["0612345678", "06 12 34 56 78", "+212612345678", "00212612345678", "0612345678"]:
        _login(client, typed, "wrong-password")
    assert _login(client, "+212612345678", PASSWORD).status_code == 429


def test_failed_and_successful_logins_are_audited():
    UserFactory(email="audit@example.org")
    _login(Client(), "audit@example.org", "wrong")
    _login(Client(), "audit@example.org", PASSWORD)
    actions = list(AuditLog.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["auth.login_failed", "auth.login"]


def test_staff_without_second_factor_is_sent_to_authenticator_setup():
    staff = StaffFactory()
    client = Client()
    client.force_login(staff)
    response = client.get("/fr/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_customer_does_not_need_second_factor():
    client = Client()
    client.force_login(UserFactory())
    assert client.get("/fr/accounts/profile/").status_code == 200


def test_staff_with_totp_is_asked_for_code_at_login():
    staff = StaffFactory(email="staff@example.org")
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client = Client()
    response = _login(client, "staff@example.org", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session


def test_profile_update_changes_language_and_is_audited():
    user = UserFactory()
    client = Client()
    client.force_login(user)
    response = client.post(
        "/fr/accounts/profile/",
        {"first_name": "Aicha", "last_name": "B", "preferred_language": "ar"},
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/")
    user.refresh_from_db()
    assert user.preferred_language == "ar"
    assert AuditLog.objects.filter(
        action="account.profile_updated", target_id=str(user.pk)
    ).exists()


def test_session_and_csrf_cookies_are_http_only_and_same_site(settings):
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.CSRF_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"


@pytest.mark.django_db(transaction=True)
def test_password_reset_email_goes_out_through_the_task_queue():
    from django.core import mail

    UserFactory(email="reset@example.org")
    response = Client().post("/fr/accounts/password/reset/", {"email": "reset@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["reset@example.org"]
    assert "/fr/accounts/password/reset/key/" in mail.outbox[0].body
