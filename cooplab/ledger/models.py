"""Double-entry, append-only journal (docs/decisions/0007-ledger.md).

Sign convention: one signed ``amount`` per line, DEBIT POSITIVE, credit negative; the lines of
an entry sum to exactly zero. Balances are always derived from lines, never stored.

Append-only: rows are inserted by ``services.entry_post`` and never updated nor deleted — in
Python (``save``/``delete``/queryset ``update``/``delete`` raise ``AppendOnlyError``) and in the
database (triggers, migration 0002). A mistake is corrected by a reversing entry.
"""

from __future__ import annotations

import uuid
from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(Exception):
    """An attempt to change or delete a ledger row. Post a reversing entry instead."""


class AppendOnlyQuerySet(models.QuerySet[Any]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("Ledger rows cannot be updated; post a reversing entry.")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("Ledger rows cannot be deleted; post a reversing entry.")

    def bulk_update(self, objs: Any, fields: Any, batch_size: Any = None) -> NoReturn:
        raise AppendOnlyError("Ledger rows cannot be updated; post a reversing entry.")


class AppendOnlyModel(models.Model):
    """Rows may be inserted once; ``save`` on an existing row and ``delete`` raise."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} rows are append-only.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError(f"{type(self).__name__} rows cannot be deleted.")


class AccountKind(models.TextChoices):
    ASSET = "asset", _("Asset")
    LIABILITY = "liability", _("Liability")
    REVENUE = "revenue", _("Revenue")
    EXPENSE = "expense", _("Expense")


class Account(models.Model):
    """A ledger account, named by a stable code (see ``cooplab.ledger.accounts``)."""

    code = models.CharField(_("code"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=AccountKind.choices)
    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        verbose_name=_("cooperative"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_accounts",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("ledger account")
        verbose_name_plural = _("ledger accounts")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=AccountKind.values), name="ledger_account_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.code

    @property
    def is_debit_normal(self) -> bool:
        """Assets and expenses grow with debits; liabilities and revenue with credits."""
        return self.kind in (AccountKind.ASSET, AccountKind.EXPENSE)


class EntryKind(models.TextChoices):
    CARD_CAPTURE = "card_capture", _("Card payment captured")
    TRANSFER_RECEIVED = "transfer_received", _("Bank transfer received")
    COD_COLLECTED = "cod_collected", _("Cash collected on delivery")
    COD_REMITTANCE = "cod_remittance", _("Cash remitted by the carrier")
    SALE = "sale", _("Sale shared with a cooperative")
    COMMISSION = "commission", _("Commission")
    REFUND = "refund", _("Refund")
    PAYOUT = "payout", _("Payout to a cooperative")
    PAYOUT_SETTLED = "payout_settled", _("Payout confirmed by the bank")
    ADJUSTMENT = "adjustment", _("Adjustment")
    REVERSAL = "reversal", _("Reversal")


class JournalEntry(AppendOnlyModel):
    """One money event. Exists only with at least two lines summing to zero."""

    # The primary key is chosen by the service BEFORE the row is inserted: the lines are written
    # first, then the entry, whose insert trigger checks that they balance (0007-ledger.md).
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=30, choices=EntryKind.choices)
    memo = models.CharField(_("memo"), max_length=255, blank=True)
    idempotency_key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    ref_type = models.CharField(_("reference type"), max_length=50, blank=True)
    ref_id = models.CharField(_("reference"), max_length=64, blank=True)
    reverses = models.OneToOneField(
        "self",
        verbose_name=_("reverses"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reversed_by",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("journal entry")
        verbose_name_plural = _("journal entries")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["ref_type", "ref_id"], name="ledger_entry_ref"),
            models.Index(fields=["created_at"], name="ledger_entry_created"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(idempotency_key=""), name="ledger_entry_idempotency_key_set"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.idempotency_key}"


class JournalLine(AppendOnlyModel):
    """A signed amount on one account: debit > 0, credit < 0, never 0."""

    entry = models.ForeignKey(
        JournalEntry, verbose_name=_("entry"), on_delete=models.PROTECT, related_name="lines"
    )
    account = models.ForeignKey(
        Account, verbose_name=_("account"), on_delete=models.PROTECT, related_name="lines"
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("journal line")
        verbose_name_plural = _("journal lines")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=~Q(amount=0), name="ledger_line_amount_not_zero"),
        ]

    def __str__(self) -> str:
        return f"{self.account_id} {self.amount}"


class CommissionScope(models.TextChoices):
    PLATFORM = "platform", _("Whole platform")
    COOPERATIVE = "cooperative", _("One cooperative")
    CATEGORY = "category", _("One category")


class CommissionRule(AppendOnlyModel):
    """A commission rate from ``valid_from`` on. A new rate is a new rule (history kept)."""

    scope = models.CharField(_("scope"), max_length=20, choices=CommissionScope.choices)
    cooperative = models.ForeignKey(
        "cooperatives.Cooperative",
        verbose_name=_("cooperative"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commission_rules",
    )
    category = models.ForeignKey(
        "catalog.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="commission_rules",
    )
    rate = models.DecimalField(
        _("rate (percent)"),
        max_digits=7,
        decimal_places=4,
        help_text=_("Percentage of the sale kept by the platform, for example 10.00."),
    )
    valid_from = models.DateTimeField(_("valid from"))
    note = models.CharField(_("note"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("commission rule")
        verbose_name_plural = _("commission rules")
        ordering = ["-valid_from"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rate__gte=0) & Q(rate__lte=100), name="ledger_commission_rate_range"
            ),
            models.CheckConstraint(
                condition=(
                    Q(scope="platform", cooperative__isnull=True, category__isnull=True)
                    | Q(scope="cooperative", cooperative__isnull=False, category__isnull=True)
                    | Q(scope="category", cooperative__isnull=True, category__isnull=False)
                ),
                name="ledger_commission_scope_target",
            ),
            models.UniqueConstraint(
                fields=["valid_from"],
                condition=Q(scope="platform"),
                name="ledger_commission_platform_once",
            ),
            models.UniqueConstraint(
                fields=["cooperative", "valid_from"],
                condition=Q(scope="cooperative"),
                name="ledger_commission_cooperative_once",
            ),
            models.UniqueConstraint(
                fields=["category", "valid_from"],
                condition=Q(scope="category"),
                name="ledger_commission_category_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.scope} {self.rate}% from {self.valid_from:%Y-%m-%d}"
