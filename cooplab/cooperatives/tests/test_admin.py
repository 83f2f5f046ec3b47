from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from django.test import Client

from cooplab.accounts.tests.factories import StaffFactory
from cooplab.cooperatives.models import CooperativeEvent, CooperativeStatus

from .factories import CooperativeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_mfa() -> Client:
    admin = StaffFactory(is_superuser=True)
    Authenticator.objects.create(user=admin, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client = Client()
    client.force_login(admin)
    return client


def test_admin_verify_action_goes_through_the_state_machine(admin_client_mfa):
    applied = CooperativeFactory(status=CooperativeStatus.APPLIED)
    draft = CooperativeFactory(status=CooperativeStatus.DRAFT)
    response = admin_client_mfa.post(
        "/fr/admin/cooperatives/cooperative/",
        {"action": "verify", "_selected_action": [applied.pk, draft.pk]},
    )
    assert response.status_code == 302
    applied.refresh_from_db()
    draft.refresh_from_db()
    assert applied.status == CooperativeStatus.VERIFIED
    assert draft.status == CooperativeStatus.DRAFT  # illegal transition refused
    assert CooperativeEvent.objects.filter(cooperative=applied, to_status="verified").count() == 1


def test_admin_cannot_edit_status_directly(admin_client_mfa):
    cooperative = CooperativeFactory(status=CooperativeStatus.APPLIED)
    page = admin_client_mfa.get(f"/fr/admin/cooperatives/cooperative/{cooperative.pk}/change/")
    assert page.status_code == 200
    assert 'name="status"' not in page.content.decode()
