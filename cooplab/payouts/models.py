"""Payouts to cooperatives by bank transfer, in batches (1st and 16th of the month by default).

A ``Payout`` pays one cooperative, for one period (the batch date), what it had earned and could
no longer be refunded: its ``PayoutLine`` rows list the sales (net of commission), the refunds
taken back and the cash on delivery not yet handed over by the carrier (held back, paid later).

States: draft -> approved (staff, with a second factor) -> paid (bank reference) | failed.
A draft may be cancelled. At most one open (draft or approved) payout per cooperative and
period: a database constraint. A failed or cancelled payout frees its lines for the next batch.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Round
from django.utils.translation import gettext_lazy as _

ZERO = Decimal("0.00")


class PayoutStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved")
    PAID = "paid", _("Paid")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


OPEN_STATUSES = frozenset({PayoutStatus.DRAFT, PayoutStatus.APPROVED})
#: Payouts whose lines count as paid out (or about to be): a line in one of these is not
#: offered again.
CLAIMING_STATUSES = frozenset({PayoutStatus.DRAFT, PayoutStatus.APPROVED, PayoutStatus.PAID})


class Payout(models.Model):
    public_id = models.CharField(_("number"), max_length=30, unique=True)
    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        on_delete=models.PROTECT,
        related_name="payouts",
        verbose_name=_("cooperative"),
    )
    # The batch date (1st or 16th): sales that became payable before it are included.
    period = models.DateField(_("batch date"))
    status = models.CharField(
        _("status"), max_length=10, choices=PayoutStatus.choices, default=PayoutStatus.DRAFT
    )
    gross_total = models.DecimalField(_("sales"), max_digits=12, decimal_places=2, default=ZERO)
    commission_total = models.DecimalField(
        _("commission"), max_digits=12, decimal_places=2, default=ZERO
    )
    refunds_total = models.DecimalField(_("refunds"), max_digits=12, decimal_places=2, default=ZERO)
    # Cash the cooperative collected itself (pickup) and keeps: taken off the transfer.
    cash_kept_total = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    # Shown on the statement, NOT part of the amount: cash the carrier still holds.
    held_back_total = models.DecimalField(
        _("cash held back"), max_digits=12, decimal_places=2, default=ZERO
    )
    amount = models.DecimalField(_("amount to transfer"), max_digits=12, decimal_places=2)
    # Where the money goes, as it was when the payout was approved.
    rib = models.CharField(_("RIB"), max_length=24, blank=True)
    account_holder = models.CharField(_("account holder"), max_length=200, blank=True)
    bank_reference = models.CharField(_("bank reference"), max_length=64, blank=True)
    failure_reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("payout")
        verbose_name_plural = _("payouts")
        ordering = ["-period", "cooperative_id", "-id"]
        indexes = [models.Index(fields=["status", "period"], name="payout_queue")]
        constraints = [
            models.UniqueConstraint(
                fields=["cooperative", "period"],
                condition=Q(status__in=["draft", "approved"]),
                name="payout_one_open_per_cooperative_period",
            ),
            models.CheckConstraint(condition=Q(amount__gt=0), name="payout_amount_positive"),
            models.CheckConstraint(
                condition=Q(
                    amount=Round(
                        F("gross_total")
                        - F("commission_total")
                        - F("refunds_total")
                        - F("cash_kept_total"),
                        2,
                    )
                ),
                name="payout_amount_is_net",
            ),
            models.CheckConstraint(
                condition=~Q(status="paid") | ~Q(bank_reference=""),
                name="payout_paid_has_bank_reference",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "cancelled"]) | Q(approved_by__isnull=False),
                name="payout_approved_by_someone",
            ),
        ]

    def __str__(self) -> str:
        return self.public_id

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class PayoutLineKind(models.TextChoices):
    SALE = "sale", _("Sale")
    REFUND = "refund", _("Refund")
    CASH_KEPT = "cash_kept", _("Cash collected by the cooperative")
    HELD_BACK = "held_back", _("Cash held back (not yet remitted by the carrier)")


class PayoutLine(models.Model):
    """One cooperative order's contribution to a payout (a snapshot, written with the draft).

    ``net`` is what it adds to (sale) or takes off (refund, cash kept: negative) the transfer;
    held-back lines have ``net`` 0 and only inform.
    """

    payout = models.ForeignKey(Payout, on_delete=models.CASCADE, related_name="lines")
    kind = models.CharField(max_length=10, choices=PayoutLineKind.choices)
    cooperative_order = models.ForeignKey(
        "orders.CooperativeOrder", on_delete=models.PROTECT, related_name="payout_lines"
    )
    refund = models.ForeignKey(
        "payments.Refund", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    order_number = models.CharField(max_length=20)
    delivered_at = models.DateTimeField(null=True, blank=True)
    gross = models.DecimalField(max_digits=12, decimal_places=2)
    commission = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    net = models.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("payout line")
        verbose_name_plural = _("payout lines")
        ordering = ["delivered_at", "id"]
        indexes = [models.Index(fields=["cooperative_order", "kind"], name="payout_line_part")]

    def __str__(self) -> str:
        return f"{self.kind} {self.order_number} {self.net}"
