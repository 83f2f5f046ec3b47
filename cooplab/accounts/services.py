from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest

from cooplab.core.audit import audit_log

from .models import User


@transaction.atomic
def user_update_profile(
    *,
    user: User,
    first_name: str,
    last_name: str,
    preferred_language: str,
    request: HttpRequest | None = None,
) -> User:
    user = User.objects.select_for_update().get(pk=user.pk)
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.preferred_language = preferred_language
    user.save(update_fields=["first_name", "last_name", "preferred_language"])
    audit_log(action="account.profile_updated", actor=user, target=user, request=request)
    return user
