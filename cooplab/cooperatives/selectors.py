"""Reads for cooperatives, and THE access functions every cooperative-scoped view and API
endpoint goes through."""

from __future__ import annotations

import datetime as dt
import uuid

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from cooplab.accounts.models import User

from .models import (
    Certification,
    Cooperative,
    CooperativeDocument,
    CooperativeStatus,
    Invitation,
    Membership,
    MembershipRole,
)

REVIEW_PERMISSION = "cooperatives.review_cooperative"
DOCUMENTS_PERMISSION = "cooperatives.view_private_documents"


def is_cooperative_staff(user: User) -> bool:
    return user.is_active and user.is_staff and user.has_perm(REVIEW_PERMISSION)


def _parse_id(cooperative_id: uuid.UUID | str) -> uuid.UUID:
    try:
        return (
            cooperative_id if isinstance(cooperative_id, uuid.UUID) else uuid.UUID(cooperative_id)
        )
    except (ValueError, TypeError) as exc:
        raise Http404 from exc


def cooperative_for_member(
    *,
    user: User,
    cooperative_id: uuid.UUID | str,
    manager_only: bool = False,
    for_update: bool = False,
) -> Cooperative:
    """The cooperative `cooperative_id` if `user` may act on it, else PermissionDenied.

    Members may read their cooperative's back office; managers (`manager_only`) may change it;
    platform staff with the review permission may do both. Anyone else gets PermissionDenied,
    whether or not the id exists, so the answer reveals nothing.
    """
    if not user.is_authenticated or not user.is_active:
        raise PermissionDenied
    public_id = _parse_id(cooperative_id)
    queryset = Cooperative.objects.all()
    if for_update:
        queryset = queryset.select_for_update()
    if is_cooperative_staff(user):
        try:
            return queryset.get(public_id=public_id)
        except Cooperative.DoesNotExist as exc:
            raise Http404 from exc
    memberships = Membership.objects.filter(user=user, is_active=True)
    if manager_only:
        memberships = memberships.filter(role=MembershipRole.MANAGER)
    cooperative = queryset.filter(public_id=public_id, memberships__in=memberships).first()
    if cooperative is None:
        raise PermissionDenied
    return cooperative


def membership_role(*, user: User, cooperative: Cooperative) -> str | None:
    if is_cooperative_staff(user):
        return MembershipRole.MANAGER
    return (
        Membership.objects.filter(user=user, cooperative=cooperative, is_active=True)
        .values_list("role", flat=True)
        .first()
    )


def document_for_user(*, user: User, document_id: uuid.UUID | str) -> CooperativeDocument:
    """A private document, for the cooperative's managers and for staff allowed to see them."""
    if not user.is_authenticated or not user.is_active:
        raise PermissionDenied
    public_id = _parse_id(document_id)
    document = (
        CooperativeDocument.objects.select_related("cooperative")
        .filter(public_id=public_id)
        .first()
    )
    if document is None:
        raise PermissionDenied if not user.is_staff else Http404
    if user.is_staff and user.has_perm(DOCUMENTS_PERMISSION):
        return document
    # Managers of the document's cooperative; staff need the documents permission (above),
    # the review permission alone is not enough.
    if not Membership.objects.filter(
        user=user,
        cooperative=document.cooperative,
        role=MembershipRole.MANAGER,
        is_active=True,
    ).exists():
        raise PermissionDenied
    return document


def cooperatives_of_user(*, user: User) -> QuerySet[Cooperative]:
    return (
        Cooperative.objects.filter(memberships__user=user, memberships__is_active=True)
        .annotate(
            is_manager=Exists(
                Membership.objects.filter(
                    cooperative=OuterRef("pk"),
                    user=user,
                    is_active=True,
                    role=MembershipRole.MANAGER,
                )
            )
        )
        .order_by("name")
        .distinct()
    )


def active_certifications(today: dt.date | None = None) -> QuerySet[Certification]:
    today = today or timezone.localdate()
    return Certification.objects.filter(expires_on__gte=today)


def cooperative_public_list(
    *,
    region: str = "",
    sector: str = "",
    women_only: bool = False,
    label: str = "",
    query: str = "",
) -> QuerySet[Cooperative]:
    """Verified cooperatives for the public directory, with their current labels."""
    today = timezone.localdate()
    queryset = Cooperative.objects.filter(status=CooperativeStatus.VERIFIED)
    if region:
        queryset = queryset.filter(region=region)
    if sector:
        queryset = queryset.filter(sector=sector)
    if women_only:
        queryset = queryset.filter(women_only=True)
    if label:
        queryset = queryset.filter(
            Exists(active_certifications(today).filter(cooperative=OuterRef("pk"), kind=label))
        )
    if query:
        query = query.strip()[:100]
        queryset = queryset.filter(
            Q(name_fr__icontains=query)
            | Q(name_ar__icontains=query)
            | Q(name_en__icontains=query)
            | Q(city__icontains=query)
        )
    return queryset.prefetch_related(
        Prefetch(
            "certifications",
            queryset=active_certifications(today),
            to_attr="current_certifications",
        )
    ).order_by("name")


def cooperative_public_detail(*, slug: str) -> Cooperative:
    today = timezone.localdate()
    cooperative = (
        Cooperative.objects.filter(slug=slug, status=CooperativeStatus.VERIFIED)
        .prefetch_related(
            Prefetch(
                "certifications",
                queryset=active_certifications(today),
                to_attr="current_certifications",
            ),
            "photos",
        )
        .first()
    )
    if cooperative is None:
        raise Http404
    return cooperative


def review_queue() -> QuerySet[Cooperative]:
    return Cooperative.objects.filter(
        status__in=[CooperativeStatus.APPLIED, CooperativeStatus.UNDER_REVIEW]
    ).order_by("submitted_at", "id")


def cooperatives_by_status(status: str) -> QuerySet[Cooperative]:
    return Cooperative.objects.filter(status=status).order_by("-updated_at")


def cooperative_place_names(
    *, cooperative: Cooperative, language: str | None = None
) -> tuple[str, str]:
    """(region name, city name) of a cooperative, from ``core.regions`` (Python data, no query).

    ``language`` defaults to the current one. A code or slug the regions module does not know
    is shown as stored rather than failing a public page.
    """
    from cooplab.core.regions import get_city, get_region

    try:
        region = get_region(cooperative.region)
    except KeyError:
        return cooperative.region, cooperative.city
    try:
        city_name = get_city(region.code, cooperative.city).name(language)
    except KeyError:
        city_name = cooperative.city
    return region.name(language), city_name


def require_cooperative_staff(user: object) -> User:
    """The signed-in staff member allowed to review cooperatives and products, else 403."""
    if not isinstance(user, User) or not is_cooperative_staff(user):
        raise PermissionDenied
    return user


def open_invitations(*, cooperative: Cooperative) -> QuerySet[Invitation]:
    """Invitations still usable: not accepted, not revoked, not expired."""
    return Invitation.objects.filter(
        cooperative=cooperative,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=timezone.now(),
    ).order_by("-created_at")
