from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from django.utils.translation import override
from PIL import Image

from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.cooperatives import services
from cooplab.cooperatives.models import (
    Cooperative,
    CooperativeEvent,
    CooperativeStatus,
    DocumentKind,
    Membership,
    MembershipRole,
)
from cooplab.cooperatives.states import TRANSITIONS, InvalidTransition
from cooplab.core.models import AuditLog
from cooplab.core.sms import LocmemSMSBackend

from .factories import CertificationFactory, CooperativeFactory, manager_of, member_of

pytestmark = pytest.mark.django_db

VALID_ICE = "001561191000066"
BAD_ICE = "001561191000067"


def identity(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "name_fr": "Coopérative Tamount",
        "name_ar": "تعاونية تامونت",
        "register_number": "2019/44",
        "ice": VALID_ICE,
        "sector": "argan",
    }
    data.update(overrides)
    return data


def pdf(name: str = "doc.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4\n%test\n", content_type="application/pdf")


def complete_draft(user=None) -> Cooperative:
    user = user or UserFactory()
    cooperative = services.cooperative_create_draft(user=user, data=identity())
    services.cooperative_update(
        cooperative=cooperative,
        actor=user,
        data={
            "region": "MA-09",
            "city": "taroudant",
            "phone": "0612345678",
            "members_count": 12,
            "women_count": 12,
            "women_only": True,
        },
    )
    for kind in (
        DocumentKind.STATUTES,
        DocumentKind.REGISTER_CERTIFICATE,
        DocumentKind.ONSSA_AUTHORISATION,
    ):
        services.document_add(cooperative=cooperative, actor=user, kind=kind, upload=pdf())
    services.cooperative_give_consent(cooperative=cooperative, actor=user)
    cooperative.refresh_from_db()
    return cooperative


def test_draft_makes_its_creator_the_manager():
    user = UserFactory()
    cooperative = services.cooperative_create_draft(user=user, data=identity())
    assert cooperative.status == CooperativeStatus.DRAFT
    assert cooperative.ice == VALID_ICE
    assert Membership.objects.get(cooperative=cooperative).role == MembershipRole.MANAGER


def test_ice_with_wrong_check_digit_is_refused_with_translated_message_and_nothing_saved():
    client = Client()
    client.force_login(UserFactory())
    response = client.post("/fr/coop/apply/", identity(ice=BAD_ICE))
    assert response.status_code == 200
    assert "chiffres de contrôle" in response.content.decode()
    response_ar = client.post("/ar/coop/apply/", identity(ice=BAD_ICE))
    assert "رقما التحقق" in response_ar.content.decode()
    assert Cooperative.objects.count() == 0
    with override("fr"), pytest.raises(ValidationError):
        services.cooperative_create_draft(user=UserFactory(), data=identity(ice=BAD_ICE))
    assert Cooperative.objects.count() == 0


def test_submit_refuses_an_incomplete_application_and_lists_what_is_missing():
    user = UserFactory()
    cooperative = services.cooperative_create_draft(user=user, data=identity())
    with override("en"), pytest.raises(ValidationError) as excinfo:
        services.cooperative_transition(
            cooperative=cooperative, actor=user, action="submit", as_staff=False
        )
    assert "the statutes" in str(excinfo.value)
    cooperative.refresh_from_db()
    assert cooperative.status == CooperativeStatus.DRAFT
    assert not CooperativeEvent.objects.exists()


def test_full_verification_cycle_records_events_audit_and_notifies_managers(
    django_capture_on_commit_callbacks,
):
    manager = UserFactory(email="manager@example.org", phone="+212612345678")
    staff = StaffFactory()
    cooperative = complete_draft(manager)
    with django_capture_on_commit_callbacks(execute=True):
        services.cooperative_transition(
            cooperative=cooperative, actor=manager, action="submit", as_staff=False
        )
        services.cooperative_transition(
            cooperative=cooperative,
            actor=staff,
            action="request_changes",
            reason="La photo du registre est floue.",
            as_staff=True,
        )
    cooperative.refresh_from_db()
    assert cooperative.status == CooperativeStatus.CHANGES_REQUESTED
    assert cooperative.status_reason == "La photo du registre est floue."
    assert len(mail.outbox) == 1 and "floue" in mail.outbox[0].body
    assert LocmemSMSBackend.outbox[0].to == "+212612345678"

    services.cooperative_update(
        cooperative=cooperative, actor=manager, data={"register_number": "2019/45"}
    )
    services.cooperative_transition(
        cooperative=cooperative, actor=manager, action="submit", as_staff=False
    )
    services.cooperative_transition(
        cooperative=cooperative, actor=staff, action="verify", as_staff=True
    )
    cooperative.refresh_from_db()
    assert cooperative.status == CooperativeStatus.VERIFIED
    assert cooperative.verified_at is not None
    assert cooperative.can_publish_products
    assert list(CooperativeEvent.objects.values_list("to_status", flat=True)) == [
        "applied",
        "changes_requested",
        "applied",
        "verified",
    ]
    assert AuditLog.objects.filter(
        action="cooperative.verify", target_id=str(cooperative.pk)
    ).exists()


def test_manager_cannot_perform_staff_transitions():
    manager = UserFactory()
    cooperative = complete_draft(manager)
    services.cooperative_transition(
        cooperative=cooperative, actor=manager, action="submit", as_staff=False
    )
    with pytest.raises(InvalidTransition):
        services.cooperative_transition(
            cooperative=cooperative, actor=manager, action="verify", as_staff=False
        )
    cooperative.refresh_from_db()
    assert cooperative.status == CooperativeStatus.APPLIED


@pytest.mark.parametrize("action", ["request_changes", "reject", "suspend"])
def test_decisions_against_a_cooperative_need_a_reason(action):
    status = CooperativeStatus.VERIFIED if action == "suspend" else CooperativeStatus.APPLIED
    cooperative = CooperativeFactory(status=status)
    with pytest.raises(ValidationError):
        services.cooperative_transition(
            cooperative=cooperative, actor=StaffFactory(), action=action, reason="  ", as_staff=True
        )
    cooperative.refresh_from_db()
    assert cooperative.status == status


@pytest.mark.parametrize("status", CooperativeStatus.values)
@pytest.mark.parametrize("action", list(TRANSITIONS))
def test_transition_table_is_the_only_way(status, action):
    cooperative = CooperativeFactory(status=status)
    transition = TRANSITIONS[action]
    staff = StaffFactory()
    legal = status in transition.source
    if not legal:
        with pytest.raises(InvalidTransition):
            services.cooperative_transition(
                cooperative=cooperative, actor=staff, action=action, reason="r", as_staff=True
            )
        cooperative.refresh_from_db()
        assert cooperative.status == status


def test_suspend_and_reinstate():
    cooperative = CooperativeFactory(status=CooperativeStatus.VERIFIED)
    staff = StaffFactory()
    services.cooperative_transition(
        cooperative=cooperative, actor=staff, action="suspend", reason="Plainte", as_staff=True
    )
    cooperative.refresh_from_db()
    assert not cooperative.is_public
    services.cooperative_transition(
        cooperative=cooperative, actor=staff, action="reinstate", as_staff=True
    )
    cooperative.refresh_from_db()
    assert cooperative.is_public


def test_verified_cooperative_legal_fields_are_frozen_for_managers():
    cooperative = CooperativeFactory(status=CooperativeStatus.VERIFIED)
    manager = manager_of(cooperative)
    with pytest.raises(ValidationError):
        services.cooperative_update(
            cooperative=cooperative, actor=manager, data={"ice": VALID_ICE, "register_number": "X"}
        )
    services.cooperative_update(
        cooperative=cooperative, actor=manager, data={"story_fr": "Nouvelle histoire"}
    )
    cooperative.refresh_from_db()
    assert cooperative.story_fr == "Nouvelle histoire"


def test_women_counts_are_checked():
    user = UserFactory()
    cooperative = services.cooperative_create_draft(user=user, data=identity())
    with pytest.raises(ValidationError):
        services.cooperative_update(
            cooperative=cooperative, actor=user, data={"members_count": 5, "women_count": 6}
        )
    with pytest.raises(ValidationError):
        services.cooperative_update(
            cooperative=cooperative,
            actor=user,
            data={"members_count": 5, "women_count": 4, "women_only": True},
        )


def test_a_cooperative_always_keeps_one_manager():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    membership = Membership.objects.get(user=manager, cooperative=cooperative)
    with pytest.raises(ValidationError):
        services.membership_remove(
            cooperative=cooperative, actor=manager, membership_id=membership.pk
        )
    with pytest.raises(ValidationError):
        services.membership_set_role(
            cooperative=cooperative, actor=manager, membership_id=membership.pk, role="member"
        )
    second = member_of(cooperative)
    second_membership = Membership.objects.get(user=second, cooperative=cooperative)
    services.membership_set_role(
        cooperative=cooperative, actor=manager, membership_id=second_membership.pk, role="manager"
    )
    services.membership_remove(cooperative=cooperative, actor=manager, membership_id=membership.pk)
    assert (
        Membership.objects.filter(cooperative=cooperative, role="manager", is_active=True).count()
        == 1
    )


def test_invitation_by_phone_is_sent_after_commit_and_accepted_once(
    django_capture_on_commit_callbacks,
):
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(
            cooperative=cooperative, actor=manager, contact="06 77 88 99 00"
        )
    assert invitation.phone == "+212677889900"
    assert invitation.code in LocmemSMSBackend.outbox[0].body
    invitee = UserFactory()
    other_coop = CooperativeFactory()
    member_of(other_coop, user=invitee)
    services.invitation_accept(code=invitation.code, user=invitee)
    assert Membership.objects.filter(user=invitee, is_active=True).count() == 2  # two cooperatives
    with pytest.raises(ValidationError):
        services.invitation_accept(code=invitation.code, user=UserFactory())


def test_expired_or_revoked_invitations_cannot_be_used():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    invitation = services.invitation_create(
        cooperative=cooperative, actor=manager, contact="a@example.org"
    )
    invitation.expires_at = timezone.now() - dt.timedelta(minutes=1)
    invitation.save()
    with pytest.raises(ValidationError):
        services.invitation_accept(code=invitation.code, user=UserFactory())
    fresh = services.invitation_create(
        cooperative=cooperative, actor=manager, contact="b@example.org"
    )
    services.invitation_revoke(cooperative=cooperative, actor=manager, invitation_id=fresh.pk)
    with pytest.raises(ValidationError):
        services.invitation_accept(code=fresh.code, user=UserFactory())


def test_invalid_invitation_contact_is_refused():
    cooperative = CooperativeFactory()
    with pytest.raises(ValidationError):
        services.invitation_create(
            cooperative=cooperative, actor=manager_of(cooperative), contact="12"
        )


def test_label_expiry_warning_is_sent_once_30_days_before(django_capture_on_commit_callbacks):
    cooperative = CooperativeFactory()
    manager_of(cooperative, user=UserFactory(phone="+212612345679", email=None))
    today = timezone.localdate()
    CertificationFactory(cooperative=cooperative, expires_on=today + dt.timedelta(days=20))
    CertificationFactory(cooperative=cooperative, expires_on=today + dt.timedelta(days=200))
    with django_capture_on_commit_callbacks(execute=True):
        first = services.certifications_check_expiry(today=today)
        second = services.certifications_check_expiry(today=today)
    assert first["warned"] == 1
    assert second["warned"] == 0
    assert len(LocmemSMSBackend.outbox) == 1


def _image_upload(
    fmt: str = "JPEG", size=(64, 48), name="p.jpg", exif: bool = False
) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image = Image.new("RGB", size, "orange")
    kwargs = {}
    if exif:
        exif_data = Image.Exif()
        exif_data[0x8825] = {2: (33.0, 57.0, 0.0)}  # GPS latitude
        exif_data[0x010F] = "PhoneMaker"
        kwargs["exif"] = exif_data
    image.save(buffer, format=fmt, **kwargs)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def test_photos_are_reencoded_without_metadata():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    photo = services.photo_add(
        cooperative=cooperative, actor=manager, upload=_image_upload(exif=True)
    )
    with photo.image.open("rb") as handle, Image.open(handle) as stored:
        assert stored.format == "WEBP"
        assert not stored.getexif()
    assert photo.image.name.endswith(".webp") and "p.jpg" not in photo.image.name


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("evil.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("page.jpg", b"<html><script>alert(1)</script></html>"),
        ("../../etc/passwd.png", b"not an image"),
    ],
)
def test_hostile_photo_uploads_are_refused_and_nothing_is_stored(name, content):
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    with pytest.raises(ValidationError):
        services.photo_add(
            cooperative=cooperative, actor=manager, upload=SimpleUploadedFile(name, content)
        )
    assert not cooperative.photos.exists()


def test_decompression_bomb_is_refused(settings):
    settings.MAX_IMAGE_PIXELS = 1000
    cooperative = CooperativeFactory()
    with pytest.raises(ValidationError):
        services.photo_add(
            cooperative=cooperative,
            actor=manager_of(cooperative),
            upload=_image_upload(size=(100, 100)),
        )
    assert not cooperative.photos.exists()


def test_documents_must_be_pdf_or_images():
    cooperative = CooperativeFactory()
    manager = manager_of(cooperative)
    with pytest.raises(ValidationError):
        services.document_add(
            cooperative=cooperative,
            actor=manager,
            kind="statutes",
            upload=SimpleUploadedFile("x.pdf", b"MZ\x90\x00 windows exe"),
        )
    document = services.document_add(
        cooperative=cooperative,
        actor=manager,
        kind="statutes",
        upload=pdf("C:\\Users\\fatima\\statuts.pdf"),
    )
    assert document.original_name == "statuts.pdf"
    assert document.content_type == "application/pdf"


def test_verified_cooperative_can_change_contact_when_legal_fields_are_resent_unchanged():
    cooperative = CooperativeFactory(status=CooperativeStatus.VERIFIED)
    manager = manager_of(cooperative)
    services.cooperative_update(
        cooperative=cooperative,
        actor=manager,
        data={"region": cooperative.region, "city": cooperative.city, "phone": "0661234567"},
    )
    cooperative.refresh_from_db()
    assert cooperative.phone == "+212661234567"
    with pytest.raises(ValidationError):
        services.cooperative_update(
            cooperative=cooperative, actor=manager, data={"region": "MA-01", "city": "tanger"}
        )


def test_labels_cannot_be_removed_while_the_application_is_reviewed():
    cooperative = CooperativeFactory(status=CooperativeStatus.UNDER_REVIEW)
    certification = CertificationFactory(cooperative=cooperative)
    with pytest.raises(ValidationError):
        services.certification_delete(
            cooperative=cooperative,
            actor=manager_of(cooperative),
            certification_id=certification.pk,
        )
    assert cooperative.certifications.count() == 1
