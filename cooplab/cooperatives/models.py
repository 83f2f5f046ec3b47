"""Cooperatives: the platform's tenants, their members and their quality labels."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cooplab.core.ice import validate_ice
from cooplab.core.phone import validate_phone
from cooplab.core.regions import region_code_choices


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
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CooperativeStatus.choices,
        default=CooperativeStatus.DRAFT,
        db_index=True,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects: models.Manager[Cooperative] = CooperativeQuerySet.as_manager()

    class Meta:
        verbose_name = _("cooperative")
        verbose_name_plural = _("cooperatives")
        ordering = ["slug"]
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
