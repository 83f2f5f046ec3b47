"""Writes for cooperatives: the application, its verification, members, labels, files.

Every change goes through one of these functions; pages, API, admin and commands only parse
input, check access (selectors.cooperative_for_member) and call them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cooplab.accounts.models import User
from cooplab.core.audit import audit_log
from cooplab.core.ice import normalize_ice
from cooplab.core.phone import normalize_phone, try_normalize_phone
from cooplab.core.regions import get_city
from cooplab.core.uploads import document_clean, image_clean

from .models import (
    Certification,
    Cooperative,
    CooperativeDocument,
    CooperativeEvent,
    CooperativePhoto,
    CooperativeStatus,
    DocumentKind,
    Invitation,
    Membership,
    MembershipRole,
    Sector,
)
from .notifications import notify_managers
from .states import APPLICATION_EDITABLE, PROFILE_EDITABLE, TRANSITIONS, Actor, InvalidTransition

FOOD_SECTORS = frozenset(
    {
        Sector.ARGAN,
        Sector.SAFFRON,
        Sector.HONEY,
        Sector.COUSCOUS_CEREALS,
        Sector.DATES,
        Sector.OLIVE_OIL,
        Sector.HERBS_SPICES,
        Sector.DAIRY,
        Sector.ALMONDS_NUTS,
    }
)
INVITATION_VALIDITY = dt.timedelta(days=14)
MAX_PHOTOS = 12
TRANSLATED_FIELDS = ("name", "story")
LANGUAGES = ("ar", "fr", "en", "zgh")
# Fields that identify the cooperative legally: frozen once verified (staff can still edit).
LEGAL_FIELDS = frozenset(
    {
        "name_ar",
        "name_fr",
        "name_en",
        "name_zgh",
        "register_number",
        "ice",
        "tax_id",
        "region",
        "city",
        "sector",
        "founded_year",
    }
)
PROFILE_FIELDS = frozenset(
    {
        "story_ar",
        "story_fr",
        "story_en",
        "story_zgh",
        "members_count",
        "women_count",
        "women_only",
        "phone",
        "email",
    }
)


def _lock(cooperative: Cooperative) -> Cooperative:
    return Cooperative.objects.select_for_update().get(pk=cooperative.pk)


def _unique_slug(name: str) -> str:
    base = slugify(name)[:60] or "cooperative"
    slug, n = base, 1
    while Cooperative.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _clean_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Normalise and cross-check application fields; raise ValidationError per field."""
    cleaned = dict(data)
    errors: dict[str, list[str]] = {}
    if cleaned.get("ice"):
        try:
            cleaned["ice"] = normalize_ice(cleaned["ice"])
        except ValidationError as exc:
            errors["ice"] = exc.messages
    if cleaned.get("phone"):
        try:
            cleaned["phone"] = normalize_phone(cleaned["phone"])
        except ValidationError as exc:
            errors["phone"] = exc.messages
    if cleaned.get("region") and cleaned.get("city"):
        try:
            get_city(cleaned["region"], cleaned["city"])
        except KeyError:
            errors["city"] = [_("Choose a city of the selected region.")]
    members = cleaned.get("members_count")
    women = cleaned.get("women_count")
    if members is not None and women is not None and women > members:
        errors["women_count"] = [_("There cannot be more women members than members.")]
    if cleaned.get("women_only") and members is not None and women is not None and women != members:
        errors["women_only"] = [
            _("In a women's cooperative every member is a woman: the two numbers must be equal.")
        ]
    if errors:
        raise ValidationError(errors)
    # Only the per-language columns are written: with modeltranslation, assigning the plain
    # `name` would overwrite the column of whatever language is active.
    for key in TRANSLATED_FIELDS:
        cleaned.pop(key, None)
    return cleaned


@transaction.atomic
def cooperative_create_draft(
    *, user: User, data: dict[str, Any], request: HttpRequest | None = None
) -> Cooperative:
    """Start an application: a draft cooperative whose first manager is `user`."""
    cleaned = _clean_fields(data)
    name = cleaned.get("name_fr") or cleaned.get("name_ar") or ""
    if not name:
        raise ValidationError({"name_fr": [_("Give the cooperative's name.")]})
    cooperative = Cooperative(
        slug=_unique_slug(name), created_by=user, status=CooperativeStatus.DRAFT
    )
    for key, value in cleaned.items():
        setattr(cooperative, key, value)
    cooperative.full_clean(exclude=["phone", "region", "city", "sector"])
    cooperative.save()
    Membership.objects.create(cooperative=cooperative, user=user, role=MembershipRole.MANAGER)
    audit_log(action="cooperative.draft_created", actor=user, target=cooperative, request=request)
    return cooperative


@transaction.atomic
def cooperative_update(
    *,
    cooperative: Cooperative,
    actor: User,
    data: dict[str, Any],
    request: HttpRequest | None = None,
    as_staff: bool = False,
) -> Cooperative:
    """Change application or profile fields, as far as the cooperative's status allows."""
    cooperative = _lock(cooperative)
    if not as_staff:
        if cooperative.status in APPLICATION_EDITABLE:
            allowed = LEGAL_FIELDS | PROFILE_FIELDS
        elif cooperative.status in PROFILE_EDITABLE:
            allowed = PROFILE_FIELDS
        else:
            raise ValidationError(
                _("This application is being reviewed: it cannot be changed until a decision.")
            )
        # Legal fields may be sent unchanged (forms post every field); changing them is refused.
        forbidden = {
            key for key in data if key not in allowed and getattr(cooperative, key) != data[key]
        }
        if forbidden and cooperative.status not in APPLICATION_EDITABLE:
            raise ValidationError(
                _(
                    "Legal details of a verified cooperative are changed by the CoopLab team. "
                    "Write to us with the new documents."
                )
            )
    cleaned = _clean_fields({**_current_values(cooperative), **data})
    changed = []
    for key, value in cleaned.items():
        if getattr(cooperative, key) != value:
            setattr(cooperative, key, value)
            changed.append(key)
    if changed:
        cooperative.full_clean(exclude=["phone", "region", "city", "sector", "slug"])
        cooperative.save(update_fields=[*changed, "updated_at"])
        audit_log(
            action="cooperative.updated",
            actor=actor,
            target=cooperative,
            request=request,
            data={"fields": sorted(changed)},
        )
    return cooperative


def _current_values(cooperative: Cooperative) -> dict[str, Any]:
    keys = LEGAL_FIELDS | PROFILE_FIELDS
    return {key: getattr(cooperative, key) for key in keys}


def application_missing(cooperative: Cooperative) -> list[str]:
    """What still prevents submitting the application (translated, for the manager)."""
    missing = []
    if not getattr(cooperative, "name_fr", "") or not getattr(cooperative, "name_ar", ""):
        missing.append(_("the name in French and in Arabic"))
    if not cooperative.register_number:
        missing.append(_("the register number"))
    if not cooperative.ice:
        missing.append(_("the ICE"))
    if not cooperative.region or not cooperative.city:
        missing.append(_("the region and the city"))
    if not cooperative.sector:
        missing.append(_("the sector"))
    if not cooperative.phone:
        missing.append(_("a contact phone"))
    if not cooperative.members_count:
        missing.append(_("the number of members"))
    kinds = set(cooperative.documents.values_list("kind", flat=True))
    if DocumentKind.STATUTES not in kinds:
        missing.append(_("the statutes"))
    if DocumentKind.REGISTER_CERTIFICATE not in kinds:
        missing.append(_("the register certificate"))
    if cooperative.sector in FOOD_SECTORS and DocumentKind.ONSSA_AUTHORISATION not in kinds:
        missing.append(_("the ONSSA sanitary authorisation (food products)"))
    if cooperative.consent_at is None:
        missing.append(_("your agreement to the personal-data notice"))
    return missing


@transaction.atomic
def cooperative_give_consent(*, cooperative: Cooperative, actor: User) -> None:
    cooperative = _lock(cooperative)
    if cooperative.consent_at is None:
        cooperative.consent_at = timezone.now()
        cooperative.save(update_fields=["consent_at", "updated_at"])
        audit_log(action="cooperative.consent_given", actor=actor, target=cooperative)


@transaction.atomic
def cooperative_transition(
    *,
    cooperative: Cooperative,
    actor: User,
    action: str,
    reason: str = "",
    as_staff: bool,
    request: HttpRequest | None = None,
) -> Cooperative:
    """Move a cooperative through its verification states (see states.TRANSITIONS)."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise InvalidTransition(action, cooperative.status)
    cooperative = _lock(cooperative)
    if cooperative.status not in transition.source:
        raise InvalidTransition(action, cooperative.status)
    if transition.actor == Actor.STAFF and not as_staff:
        raise InvalidTransition(action, cooperative.status)
    reason = reason.strip()
    if transition.needs_reason and not reason:
        raise ValidationError({"reason": [_("Explain the reason: the cooperative will read it.")]})
    if action == "submit":
        missing = application_missing(cooperative)
        if missing:
            raise ValidationError(
                _("The application is not complete. Still missing: %(missing)s.")
                % {"missing": ", ".join(missing)}
            )
    previous = cooperative.status
    now = timezone.now()
    cooperative.status = transition.target
    fields = ["status", "updated_at"]
    if transition.actor == Actor.STAFF:
        cooperative.status_reason = reason
        fields.append("status_reason")
    if action == "submit":
        cooperative.submitted_at = now
        fields.append("submitted_at")
    if transition.target == CooperativeStatus.VERIFIED and cooperative.verified_at is None:
        cooperative.verified_at = now
        fields.append("verified_at")
    cooperative.save(update_fields=fields)
    CooperativeEvent.objects.create(
        cooperative=cooperative,
        from_status=previous,
        to_status=cooperative.status,
        actor=actor,
        reason=reason,
    )
    audit_log(
        action=f"cooperative.{action}",
        actor=actor,
        target=cooperative,
        request=request,
        data={"from": previous, "to": cooperative.status, "reason": reason},
    )
    if transition.actor == Actor.STAFF and action != "start_review":
        notify_managers(
            cooperative=cooperative, template="status_changed", context={"reason": reason}
        )
    return cooperative


# --- Files -------------------------------------------------------------------------------


@transaction.atomic
def cooperative_set_logo(*, cooperative: Cooperative, actor: User, upload: UploadedFile) -> None:
    clean = image_clean(upload, max_side=512)
    cooperative = _lock(cooperative)
    _require_profile_editable(cooperative)
    cooperative.logo.save("logo.webp", clean.content, save=False)
    cooperative.save(update_fields=["logo", "updated_at"])
    audit_log(action="cooperative.logo_set", actor=actor, target=cooperative)


def _require_profile_editable(cooperative: Cooperative) -> None:
    if cooperative.status not in PROFILE_EDITABLE:
        raise ValidationError(
            _("This application is being reviewed: it cannot be changed until a decision.")
        )


@transaction.atomic
def photo_add(
    *, cooperative: Cooperative, actor: User, upload: UploadedFile, caption: str = ""
) -> CooperativePhoto:
    clean = image_clean(upload)
    cooperative = _lock(cooperative)
    _require_profile_editable(cooperative)
    count = cooperative.photos.count()
    if count >= MAX_PHOTOS:
        raise ValidationError(
            _("A cooperative can show at most %(count)s photos. Remove one first.")
            % {"count": MAX_PHOTOS}
        )
    photo = CooperativePhoto(
        cooperative=cooperative,
        caption=caption.strip()[:200],
        position=count,
        width=clean.width,
        height=clean.height,
    )
    photo.image.save("photo.webp", clean.content, save=False)
    photo.save()
    audit_log(action="cooperative.photo_added", actor=actor, target=cooperative)
    return photo


@transaction.atomic
def photo_delete(*, cooperative: Cooperative, actor: User, photo_id: int) -> None:
    cooperative = _lock(cooperative)
    _require_profile_editable(cooperative)
    photo = cooperative.photos.filter(pk=photo_id).first()
    if photo is None:
        raise ValidationError(_("This photo no longer exists."))
    storage_name = photo.image.name or ""
    storage = photo.image.storage
    photo.delete()
    if storage_name:  # the file goes only once the row is surely gone
        transaction.on_commit(lambda: storage.delete(storage_name))
    audit_log(action="cooperative.photo_deleted", actor=actor, target=cooperative)


@transaction.atomic
def document_add(
    *, cooperative: Cooperative, actor: User, kind: str, upload: UploadedFile
) -> CooperativeDocument:
    if kind not in DocumentKind.values:
        raise ValidationError({"kind": [_("Choose the type of document.")]})
    clean = document_clean(upload)
    cooperative = _lock(cooperative)
    _require_profile_editable(cooperative)
    document = CooperativeDocument(
        cooperative=cooperative,
        kind=kind,
        content_type=clean.content_type,
        size=clean.size,
        original_name=clean.original_name,
        uploaded_by=actor,
    )
    document.file.save(f"document.{clean.extension}", clean.content, save=False)
    document.save()
    audit_log(
        action="cooperative.document_added",
        actor=actor,
        target=cooperative,
        data={"kind": kind, "document": str(document.public_id)},
    )
    return document


# --- Members -----------------------------------------------------------------------------


@transaction.atomic
def invitation_create(
    *,
    cooperative: Cooperative,
    actor: User,
    contact: str,
    role: str = MembershipRole.MEMBER,
    request: HttpRequest | None = None,
) -> Invitation:
    """Invite someone by mobile number or email; they join by opening the link (or code)."""
    if role not in MembershipRole.values:
        raise ValidationError({"role": [_("Choose a role.")]})
    contact = contact.strip()
    phone = email = ""
    if "@" in contact:
        email = contact.lower()
    else:
        phone = try_normalize_phone(contact) or ""
        if not phone:
            raise ValidationError(
                {"contact": [_("Enter a mobile number (06…) or an email address.")]}
            )
    cooperative = _lock(cooperative)
    invitation = Invitation.objects.create(
        cooperative=cooperative,
        phone=phone,
        email=email,
        role=role,
        invited_by=actor,
        expires_at=timezone.now() + INVITATION_VALIDITY,
    )
    audit_log(
        action="cooperative.member_invited",
        actor=actor,
        target=cooperative,
        request=request,
        data={"role": role, "contact": phone or email},
    )
    from .invitations import send_invitation

    send_invitation(invitation=invitation, request=request)
    return invitation


@transaction.atomic
def invitation_accept(*, code: str, user: User, request: HttpRequest | None = None) -> Membership:
    invitation = Invitation.objects.select_for_update().filter(code=code).first()
    now = timezone.now()
    if invitation is None or not invitation.is_open(now):
        raise ValidationError(
            _("This invitation is no longer valid. Ask the cooperative for a new one.")
        )
    membership, created = Membership.objects.get_or_create(
        cooperative=invitation.cooperative, user=user, defaults={"role": invitation.role}
    )
    if not created:
        membership.is_active = True
        if invitation.role == MembershipRole.MANAGER:
            membership.role = MembershipRole.MANAGER
        membership.save(update_fields=["is_active", "role"])
    invitation.accepted_at = now
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    audit_log(
        action="cooperative.member_joined",
        actor=user,
        target=invitation.cooperative,
        request=request,
        data={"role": membership.role},
    )
    return membership


@transaction.atomic
def invitation_revoke(*, cooperative: Cooperative, actor: User, invitation_id: int) -> None:
    invitation = (
        Invitation.objects.select_for_update()
        .filter(cooperative=cooperative, pk=invitation_id)
        .first()
    )
    if invitation is None or not invitation.is_open(timezone.now()):
        raise ValidationError(_("This invitation is no longer open."))
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    audit_log(action="cooperative.invitation_revoked", actor=actor, target=cooperative)


def _managers_left(cooperative: Cooperative, excluding: Membership) -> int:
    return (
        cooperative.memberships.filter(role=MembershipRole.MANAGER, is_active=True)
        .exclude(pk=excluding.pk)
        .count()
    )


@transaction.atomic
def membership_set_role(
    *, cooperative: Cooperative, actor: User, membership_id: int, role: str
) -> Membership:
    if role not in MembershipRole.values:
        raise ValidationError({"role": [_("Choose a role.")]})
    cooperative = _lock(cooperative)  # serialises concurrent changes of managers
    membership = cooperative.memberships.filter(pk=membership_id, is_active=True).first()
    if membership is None:
        raise ValidationError(_("This person is no longer a member."))
    if role != MembershipRole.MANAGER and membership.role == MembershipRole.MANAGER:
        if _managers_left(cooperative, membership) == 0:
            raise ValidationError(_("A cooperative always keeps at least one manager."))
    membership.role = role
    membership.save(update_fields=["role"])
    audit_log(
        action="cooperative.member_role_changed",
        actor=actor,
        target=cooperative,
        data={"member": membership.user_id, "role": role},
    )
    return membership


@transaction.atomic
def membership_remove(*, cooperative: Cooperative, actor: User, membership_id: int) -> None:
    cooperative = _lock(cooperative)
    membership = cooperative.memberships.filter(pk=membership_id, is_active=True).first()
    if membership is None:
        raise ValidationError(_("This person is no longer a member."))
    if membership.role == MembershipRole.MANAGER and _managers_left(cooperative, membership) == 0:
        raise ValidationError(_("A cooperative always keeps at least one manager."))
    membership.is_active = False
    membership.save(update_fields=["is_active"])
    audit_log(
        action="cooperative.member_removed",
        actor=actor,
        target=cooperative,
        data={"member": membership.user_id},
    )


# --- Labels ------------------------------------------------------------------------------


@transaction.atomic
def certification_add(
    *,
    cooperative: Cooperative,
    actor: User,
    kind: str,
    name: str,
    certifier: str,
    certificate_number: str,
    expires_on: dt.date,
    proof: UploadedFile | None = None,
) -> Certification:
    if expires_on < timezone.localdate():
        raise ValidationError({"expires_on": [_("This certificate has already expired.")]})
    cooperative = _lock(cooperative)
    _require_profile_editable(cooperative)
    document = None
    if proof is not None:
        document = document_add(
            cooperative=cooperative, actor=actor, kind=DocumentKind.LABEL_PROOF, upload=proof
        )
    try:
        with transaction.atomic():
            certification = Certification.objects.create(
                cooperative=cooperative,
                kind=kind,
                name=name.strip(),
                certifier=certifier.strip(),
                certificate_number=certificate_number.strip(),
                expires_on=expires_on,
                proof=document,
            )
    except IntegrityError as exc:
        raise ValidationError(
            {"certificate_number": [_("This certificate is already recorded.")]}
        ) from exc
    audit_log(
        action="cooperative.label_added",
        actor=actor,
        target=cooperative,
        data={"kind": kind, "number": certificate_number},
    )
    return certification


@transaction.atomic
def certification_delete(*, cooperative: Cooperative, actor: User, certification_id: int) -> None:
    cooperative = _lock(cooperative)
    _require_profile_editable(cooperative)
    deleted, _count = cooperative.certifications.filter(pk=certification_id).delete()
    if not deleted:
        raise ValidationError(_("This label no longer exists."))
    audit_log(action="cooperative.label_removed", actor=actor, target=cooperative)


EXPIRY_WARNING_DAYS = 30


def certifications_check_expiry(*, today: dt.date | None = None) -> dict[str, int]:
    """Daily: warn managers 30 days before a label expires (once), log labels that expired.

    Expired labels disappear from public pages by themselves (selectors filter by date)."""
    today = today or timezone.localdate()
    warned = 0
    soon = Certification.objects.filter(
        expires_on__gte=today,
        expires_on__lte=today + dt.timedelta(days=EXPIRY_WARNING_DAYS),
        expiry_warning_sent_on__isnull=True,
    ).select_related("cooperative")
    for certification in soon:
        with transaction.atomic():
            locked = Certification.objects.select_for_update().get(pk=certification.pk)
            if locked.expiry_warning_sent_on is not None:
                continue  # another worker got there first
            locked.expiry_warning_sent_on = today
            locked.save(update_fields=["expiry_warning_sent_on"])
            notify_managers(
                cooperative=certification.cooperative,
                template="label_expiring",
                context={"certification": locked},
            )
            warned += 1
    expired = Certification.objects.filter(expires_on=today - dt.timedelta(days=1)).count()
    return {"warned": warned, "expired_yesterday": expired}


# Seed helpers -------------------------------------------------------------------------


@transaction.atomic
def cooperative_upsert_demo(*, data: dict[str, Any]) -> Cooperative:
    """Create or refresh a demo cooperative (idempotent: keyed by slug)."""
    names: dict[str, str] = data["name"]
    stories: dict[str, str] = data["story"]
    defaults: dict[str, Any] = {
        "region": data["region"],
        "city": data["city"],
        "sector": data["sector"],
        "founded_year": data.get("founded_year"),
        "members_count": data["members_count"],
        "women_count": data["women_count"],
        "women_only": data["women_only"],
        "phone": data["phone"],
        "email": data.get("email", ""),
        "register_number": data.get("register_number", ""),
        "ice": data.get("ice", ""),
        "tax_id": data.get("tax_id", ""),
        "status": data["status"],
    }
    for language in LANGUAGES:
        defaults[f"name_{language}"] = names.get(language, "")
        defaults[f"story_{language}"] = stories.get(language, "")
    if data["status"] != CooperativeStatus.DRAFT:
        defaults["consent_at"] = timezone.now()
    cooperative, _created = Cooperative.objects.update_or_create(
        slug=data["slug"], defaults=defaults
    )
    for label in data.get("labels", []):
        Certification.objects.update_or_create(
            cooperative=cooperative,
            kind=label["kind"],
            certificate_number=label["certificate_number"],
            defaults={
                "name": label["name"],
                "certifier": label["certifier"],
                "expires_on": dt.date.fromisoformat(label["expires_on"]),
            },
        )
    return cooperative


@transaction.atomic
def membership_ensure(*, cooperative: Cooperative, user: User, role: str) -> Membership:
    membership, created = Membership.objects.get_or_create(
        cooperative=cooperative, user=user, defaults={"role": role}
    )
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    return membership
