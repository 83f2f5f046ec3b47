"""Cooperatives: the platform's tenants, their members and their quality labels."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cooplab.core.ice import validate_ice
from cooplab.core.phone import validate_phone
from cooplab.core.regions import region_code_choices
from cooplab.core.rib import validate_rib
from cooplab.core.storage import private_storage


def logo_upload_to(instance: models.Model, filename: str) -> str:
    return f"cooperatives/logos/{uuid.uuid4().hex}.webp"


def photo_upload_to(instance: models.Model, filename: str) -> str:
    return f"cooperatives/photos/{uuid.uuid4().hex}.webp"


def private_upload_to(instance: models.Model, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"cooperatives/documents/{uuid.uuid4().hex}.{extension}"


class Sector(models.TextChoices):
    ARGAN = "argan", _("Argan")
    SAFFRON = "saffron", _("Saffron")
    HONEY = "honey", _("Honey")
    COUSCOUS_CEREALS = "couscous_cereals", _("Couscous and cereals")
    DATES = "dates", _("Dates")
    OLIVE_OIL = "olive_oil", _("Olive oil")
    HERBS_SPICES = "herbs_spices", _("Herbs and spices")
    DAIRY = "dairy", _("Dairy and cheese")
    ROSE_COSMETICS = "rose_cosmetics", _("Rose and natural cosmetics")
    ALMONDS_NUTS = "almonds_nuts", _("Almonds and nuts")
    CRAFTS_TEXTILES = "crafts_textiles", _("Crafts and textiles")
    POTTERY = "pottery", _("Pottery")


class CooperativeStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPLIED = "applied", _("Applied")
    UNDER_REVIEW = "under_review", _("Under review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    VERIFIED = "verified", _("Verified")
    REJECTED = "rejected", _("Rejected")
    SUSPENDED = "suspended", _("Suspended")


class CooperativeQuerySet(models.QuerySet["Cooperative"]):
    def verified(self) -> CooperativeQuerySet:
        return self.filter(status=CooperativeStatus.VERIFIED)


class Cooperative(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    # Translated columns (name_ar, name_fr, name_en, name_zgh …) come from modeltranslation.
    name = models.CharField(_("name"), max_length=200)
    story = models.TextField(_("story"), blank=True)
    region = models.CharField(_("region"), max_length=5, choices=region_code_choices())
    city = models.CharField(_("city"), max_length=60)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices)
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    members_count = models.PositiveIntegerField(_("number of members"), default=0)
    women_count = models.PositiveIntegerField(_("number of women members"), default=0)
    women_only = models.BooleanField(_("women's cooperative"), default=False)
    phone = models.CharField(_("contact phone"), max_length=20, validators=[validate_phone])
    email = models.EmailField(_("contact email"), blank=True)
    register_number = models.CharField(_("register number"), max_length=40, blank=True)
    ice = models.CharField(_("ICE"), max_length=15, blank=True, validators=[validate_ice])
    tax_id = models.CharField(_("tax identifier (IF)"), max_length=20, blank=True)
    # Where payouts are sent (docs/decisions/0013-payments-and-payouts.md). Stored as 24 digits.
    rib = models.CharField(
        _("RIB (24 digits)"), max_length=24, blank=True, validators=[validate_rib]
    )
    bank_name = models.CharField(_("bank"), max_length=100, blank=True)
    account_holder = models.CharField(_("account holder"), max_length=200, blank=True)
    logo = models.ImageField(_("logo"), upload_to=logo_upload_to, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CooperativeStatus.choices,
        default=CooperativeStatus.DRAFT,
        db_index=True,
    )
    status_reason = models.TextField(
        _("reason given with the last decision"),
        blank=True,
        help_text=_("Shown to the cooperative's managers."),
    )
    consent_at = models.DateTimeField(_("personal-data consent given at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects: models.Manager[Cooperative] = CooperativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("cooperative")
        verbose_name_plural = _("cooperatives")
        ordering = ["slug"]
        permissions = [
            ("review_cooperative", _("Can review, verify and suspend cooperatives")),
            ("view_private_documents", _("Can download cooperatives' private documents")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(women_count__lte=F("members_count")),
                name="cooperative_women_within_members",
            ),
            models.CheckConstraint(
                condition=Q(women_only=False) | Q(women_count=F("members_count")),
                name="cooperative_women_only_all_women",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("cooperatives:storefront", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.status == CooperativeStatus.VERIFIED

    @property
    def can_publish_products(self) -> bool:
        """Only verified cooperatives can publish products."""
        return self.status == CooperativeStatus.VERIFIED

    @property
    def women_share(self) -> int | None:
        """Women's share of members, in whole percent."""
        if not self.members_count:
            return None
        return round(100 * self.women_count / self.members_count)


class MembershipRole(models.TextChoices):
    MANAGER = "manager", _("Manager")
    MEMBER = "member", _("Member")


class Membership(models.Model):
    cooperative = models.ForeignKey(
        Cooperative, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cooperative_memberships"
    )
    role = models.CharField(
        _("role"), max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    is_active = models.BooleanField(_("active"), default=True)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["cooperative", "user"], name="membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.cooperative} ({self.get_role_display()})"


class CooperativeEvent(models.Model):
    """One row per status change: the cooperative's verification history."""

    cooperative = models.ForeignKey(Cooperative, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=20, choices=CooperativeStatus.choices)
    to_status = models.CharField(max_length=20, choices=CooperativeStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cooperative event")
        verbose_name_plural = _("cooperative events")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.cooperative}: {self.from_status} → {self.to_status}"


class CooperativePhoto(models.Model):
    cooperative = models.ForeignKey(Cooperative, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("photo"), upload_to=photo_upload_to)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    caption = models.CharField(_("caption"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.caption or f"photo {self.pk}"


class DocumentKind(models.TextChoices):
    STATUTES = "statutes", _("Statutes")
    REGISTER_CERTIFICATE = "register_certificate", _("Register certificate")
    ONSSA_AUTHORISATION = "onssa_authorisation", _("ONSSA sanitary authorisation")
    LABEL_PROOF = "label_proof", _("Label certificate")
    OTHER = "other", _("Other document")


class CooperativeDocument(models.Model):
    """A private document: never served from a public URL, only through an access-checked view."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cooperative = models.ForeignKey(Cooperative, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("type"), max_length=30, choices=DocumentKind.choices)
    file = models.FileField(_("file"), upload_to=private_upload_to, storage=private_storage)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(default=0)
    original_name = models.CharField(max_length=200, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["kind", "-uploaded_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.cooperative})"


def _invitation_code() -> str:
    return secrets.token_urlsafe(16)


class Invitation(models.Model):
    cooperative = models.ForeignKey(
        Cooperative, on_delete=models.CASCADE, related_name="invitations"
    )
    code = models.CharField(max_length=40, unique=True, default=_invitation_code, editable=False)
    phone = models.CharField(_("mobile number"), max_length=20, blank=True)
    email = models.EmailField(_("email address"), blank=True)
    role = models.CharField(
        _("role"), max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(phone="") | ~Q(email=""), name="invitation_has_phone_or_email"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.phone or self.email} → {self.cooperative}"

    def is_open(self, now: dt.datetime) -> bool:
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > now


class LabelKind(models.TextChoices):
    IGP = "igp", _("Protected geographical indication (IGP)")
    AOP = "aop", _("Protected designation of origin (AOP)")
    LABEL_AGRICOLE = "label_agricole", _("Label Agricole")
    ORGANIC = "organic", _("Organic")
    FAIR_TRADE = "fair_trade", _("Fair trade")


class Certification(models.Model):
    cooperative = models.ForeignKey(
        Cooperative, on_delete=models.CASCADE, related_name="certifications"
    )
    kind = models.CharField(_("type"), max_length=20, choices=LabelKind.choices)
    name = models.CharField(_("label"), max_length=120)
    certifier = models.CharField(_("certifier"), max_length=120)
    certificate_number = models.CharField(_("certificate number"), max_length=60)
    expires_on = models.DateField(_("expiry date"))
    proof = models.ForeignKey(
        CooperativeDocument,
        verbose_name=_("proof document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expiry_warning_sent_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["cooperative", "kind", "certificate_number"],
                name="certification_unique_number",
            ),
        ]

    def __str__(self) -> str:
        return self.name
