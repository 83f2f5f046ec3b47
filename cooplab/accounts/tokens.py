"""Personal API tokens: the only functions that create, revoke and check them.

A token is `cl_` followed by 43 random URL-safe characters (256 bits). Only its SHA-256 is
stored: a database leak gives no usable key, and a lookup by hash needs no slow hasher because
the secret is random, not a password. The first 8 characters are kept to recognise a token in
lists. A token acts as its user, with that user's memberships, until it is revoked, it expires
or the user is deactivated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import unicodedata

from allauth.mfa.models import Authenticator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from cooplab.core.audit import audit_log

from .models import ApiToken, User

TOKEN_PREFIX = "cl_"  # noqa: S105 - a marker, not a secret
PREFIX_LENGTH = 8
MAX_KEY_LENGTH = 100  # anything longer is not one of ours: refused without a query
MAX_ACTIVE_TOKENS = 20
MAX_DAYS = 366
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)
ADMIN_PERMISSION = "accounts.change_apitoken"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise ValidationError({"name": [_("Give the token a name, for example “Stock app”.")]})
    if len(name) > 100 or any(unicodedata.category(ch) == "Cc" for ch in name):
        raise ValidationError({"name": [_("Use a short name of at most 100 characters.")]})
    return name


def api_tokens_of_user(*, user: User) -> QuerySet[ApiToken]:
    """The user's tokens, newest first, revoked and expired ones included (for the page)."""
    return ApiToken.objects.filter(user=user).order_by("-created_at", "-id")


@transaction.atomic
def api_token_create(
    *,
    user: User,
    name: str,
    days: int | None = None,
    request: HttpRequest | None = None,
) -> tuple[ApiToken, str]:
    """A new token for `user`, and its secret: the only time the secret is available."""
    if not user.is_active:
        raise PermissionDenied
    cleaned_name = _clean_name(name)
    if days is not None and (
        isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS
    ):
        raise ValidationError(
            {"days": [_("Choose a validity between 1 and %(max)s days.") % {"max": MAX_DAYS}]}
        )
    # Lock the user row so two parallel requests cannot both pass the limit.
    User.objects.select_for_update().filter(pk=user.pk).first()
    now = timezone.now()
    active = (
        ApiToken.objects.filter(user=user, revoked_at__isnull=True)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .count()
    )
    if active >= MAX_ACTIVE_TOKENS:
        raise ValidationError(
            _("You already have %(count)s active tokens. Revoke one you no longer use first.")
            % {"count": active}
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user,
        name=cleaned_name,
        prefix=secret[:PREFIX_LENGTH],
        key_hash=_digest(secret),
        expires_at=now + dt.timedelta(days=days) if days else None,
    )
    audit_log(
        action="api_token.created",
        actor=user,
        target=token,
        request=request,
        data={
            "name": token.name,
            "prefix": token.prefix,
            "expires_at": token.expires_at.isoformat() if token.expires_at else None,
        },
    )
    return token, secret


@transaction.atomic
def api_token_revoke(
    *, token: ApiToken, actor: User, request: HttpRequest | None = None
) -> ApiToken:
    """Revoke at once and for good. The owner may, and staff allowed to change tokens."""
    if not actor.is_active or (
        actor.pk != token.user_id and not (actor.is_staff and actor.has_perm(ADMIN_PERMISSION))
    ):
        raise PermissionDenied
    locked = ApiToken.objects.select_for_update().get(pk=token.pk)
    if locked.revoked_at is not None:
        return locked
    locked.revoked_at = timezone.now()
    locked.save(update_fields=["revoked_at"])
    audit_log(
        action="api_token.revoked",
        actor=actor,
        target=locked,
        request=request,
        data={"name": locked.name, "prefix": locked.prefix, "user": locked.user_id},
    )
    return locked


def api_token_authenticate(key: str) -> User | None:
    """The user of a valid token, or None (unknown, revoked, expired, inactive user).

    Staff accounts must keep their second factor: without one, their tokens stop working, as
    their sessions are sent to the authenticator setup.
    """
    if not isinstance(key, str) or not key.startswith(TOKEN_PREFIX) or len(key) > MAX_KEY_LENGTH:
        return None
    digest = _digest(key)
    token = ApiToken.objects.select_related("user").filter(key_hash=digest).first()
    if token is None or not hmac.compare_digest(token.key_hash, digest):
        return None
    user = token.user
    if not token.is_usable or not user.is_active:
        return None
    if (
        user.is_staff
        and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    ):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        # One conditional UPDATE: parallel requests write it at most once a minute.
        ApiToken.objects.filter(pk=token.pk).filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lte=now - LAST_USED_RESOLUTION)
        ).update(last_used_at=now)
    return user
