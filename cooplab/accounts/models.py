"""People who use CoopLab. One account logs in with an email address or a Moroccan mobile
number (or both); roles are derived from groups, staff status and cooperative memberships."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(
        self, email: str | None, phone: str | None, password: str | None, **extra: Any
    ) -> User:
        if not email and not phone:
            raise ValueError("A user needs an email address or a phone number.")
        user = self.model(email=email or None, phone=phone or None, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(
        self,
        email: str | None = None,
        password: str | None = None,
        *,
        phone: str | None = None,
        **extra: Any,
    ) -> User:
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, phone, password, **extra)

    def create_superuser(
        self, email: str | None = None, password: str | None = None, **extra: Any
    ) -> User:
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, extra.pop("phone", None), password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("email address"), unique=True, null=True, blank=True)
    phone = models.CharField(
        _("mobile number"),
        max_length=20,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Stored in international format, for example +212612345678."),
    )
    phone_verified = models.BooleanField(_("mobile number verified"), default=False)
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="fr",
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Platform staff: can use the back office. A second factor is required."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=Q(email__isnull=False) | Q(phone__isnull=False),
                name="user_has_email_or_phone",
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email or self.phone or str(self.public_id)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Empty strings would collide on the unique indexes: store "no value" as NULL.
        self.email = self.email.strip().lower() if self.email and self.email.strip() else None
        self.phone = self.phone.strip() if self.phone and self.phone.strip() else None
        super().save(*args, **kwargs)

    def get_full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_short_name(self) -> str:
        return self.first_name or self.get_full_name()


def require_user(obj: object) -> User:
    """Narrow an authenticated user (request.user, allauth's AbstractBaseUser) to User."""
    if not isinstance(obj, User):
        raise TypeError(f"Expected a CoopLab user, got {type(obj).__name__}.")
    return obj


class ApiToken(models.Model):
    """A personal key for the JSON API, sent as `Authorization: Bearer cl_…`.

    Only the SHA-256 of the secret is stored; the secret itself is shown once, at creation.
    Created, revoked and checked by `cooplab.accounts.tokens` only.
    """

    user = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="api_tokens", verbose_name=_("user")
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(
        _("start of the key"),
        max_length=8,
        editable=False,
        help_text=_("The first characters of the key, to recognise it."),
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_usable(self) -> bool:
        """Not revoked and not expired (the user's own state is checked on use)."""
        return self.revoked_at is None and (
            self.expires_at is None or self.expires_at > timezone.now()
        )
