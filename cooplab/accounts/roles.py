"""Roles are derived, never stored twice: staff status, groups, cooperative memberships."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import User, require_user


class Role(models.TextChoices):
    CUSTOMER = "customer", _("Customer")
    COOPERATIVE_MANAGER = "cooperative_manager", _("Cooperative manager")
    COOPERATIVE_MEMBER = "cooperative_member", _("Cooperative member")
    TRAINER = "trainer", _("Trainer")
    EXPERT = "expert", _("Expert")
    STAFF = "staff", _("Platform staff")


# Django groups that carry the non-cooperative roles (created by a data migration).
TRAINERS_GROUP = "trainers"
EXPERTS_GROUP = "experts"
STAFF_GROUP = "platform_staff"

GROUP_ROLES = {TRAINERS_GROUP: Role.TRAINER, EXPERTS_GROUP: Role.EXPERT, STAFF_GROUP: Role.STAFF}


def user_roles(user: User | AnonymousUser) -> set[Role]:
    """Every role a user holds. Anyone signed in can buy, so CUSTOMER is always included."""
    if not user.is_authenticated:
        return set()
    user = require_user(user)
    roles = {Role.CUSTOMER}
    if user.is_staff:
        roles.add(Role.STAFF)
    for name in user.groups.values_list("name", flat=True):
        if name in GROUP_ROLES:
            roles.add(GROUP_ROLES[name])
    # Memberships live in the cooperatives app; read them through the reverse relation so
    # accounts does not import cooperatives (dependencies point one way).
    for role in user.cooperative_memberships.filter(is_active=True).values_list("role", flat=True):
        roles.add(Role.COOPERATIVE_MANAGER if role == "manager" else Role.COOPERATIVE_MEMBER)
    return roles


# Permissions each role group carries ("app_label.codename"). The data migrations create the
# groups; role_group() re-creates them if missing (fresh test databases, manual deletion).
GROUP_PERMISSIONS: dict[str, tuple[str, ...]] = {
    TRAINERS_GROUP: (),
    EXPERTS_GROUP: (),
    STAFF_GROUP: (
        "cooperatives.review_cooperative",
        "cooperatives.view_private_documents",
        "cooperatives.view_cooperative",
        "orders.manage_orders",
        "notifications.view_outboundmessage",
        "notifications.retry_outboundmessage",
        "reviews.moderate_review",
        "payments.manage_finance",
    ),
}


def role_group(name: str) -> Group:
    """The group of a role, with its permissions (created if missing)."""
    group, _created = Group.objects.get_or_create(name=name)
    wanted = GROUP_PERMISSIONS.get(name, ())
    if wanted:
        have = {
            f"{p.content_type.app_label}.{p.codename}"
            for p in group.permissions.select_related("content_type")
        }
        missing = [perm for perm in wanted if perm not in have]
        for perm in missing:
            app_label, codename = perm.split(".", 1)
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
    return group
