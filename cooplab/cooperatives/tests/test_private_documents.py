from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from cooplab.accounts.roles import role_group
from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.cooperatives import services
from cooplab.core.models import AuditLog

from .factories import CooperativeFactory, manager_of, member_of

pytestmark = pytest.mark.django_db

SECRET = b"%PDF-1.4 statuts confidentiels"


@pytest.fixture
def document():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    return services.document_add(
        cooperative=cooperative,
        actor=manager,
        kind="statutes",
        upload=SimpleUploadedFile("statuts.pdf", SECRET, content_type="application/pdf"),
    )


def _staff(with_permission: bool):
    staff = StaffFactory()
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    if with_permission:
        staff.groups.add(role_group("platform_staff"))
    return staff


def _get(user, document):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(
        reverse("cooperatives:document_download", kwargs={"document_id": document.public_id})
    )


def test_manager_downloads_the_document_privately(document):
    response = _get(manager_of(document.cooperative), document)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == SECRET
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "private, no-store"
    assert AuditLog.objects.filter(action="cooperative.document_downloaded").count() == 1


def test_authorised_staff_downloads_the_document(document):
    assert _get(_staff(with_permission=True), document).status_code == 200


@pytest.mark.parametrize(
    "who", ["anonymous", "customer", "member", "other_manager", "staff_without_permission"]
)
def test_nobody_else_can_reach_the_document(document, who):
    users = {
        "anonymous": lambda: None,
        "customer": UserFactory,
        "member": lambda: member_of(document.cooperative),
        "other_manager": lambda: manager_of(CooperativeFactory()),
        "staff_without_permission": lambda: _staff(with_permission=False),
    }
    response = _get(users[who](), document)
    assert response.status_code in {302, 403, 404}
    body = response.content if not response.streaming else b"".join(response.streaming_content)
    assert SECRET not in body
    assert not AuditLog.objects.filter(action="cooperative.document_downloaded").exists()


def test_private_files_have_no_public_url(document, settings):
    assert not document.file.name.startswith(settings.MEDIA_URL.strip("/"))
    assert "statuts" not in document.file.name  # random name, not the uploaded one
    response = Client().get(f"/media/{document.file.name}")
    assert response.status_code == 404
    response = Client().get(f"/private-files-not-served/{document.file.name}")
    assert response.status_code == 404


def test_review_permission_alone_does_not_open_documents(document):
    from django.contrib.auth.models import Permission

    staff = _staff(with_permission=False)
    staff.user_permissions.add(Permission.objects.get(codename="review_cooperative"))
    assert _get(staff, document).status_code == 403
