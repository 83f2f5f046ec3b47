"""Roles are derived, never stored twice: staff status, groups, cooperative memberships."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
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
