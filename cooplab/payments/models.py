"""Payments, kept apart from order status (docs/decisions/0013-payments-and-payouts.md).

- ``Payment``: one per order, whatever the method, with its own state machine
  (``PAYMENT_TRANSITIONS``). Amounts captured and refunded are kept on the row for quick reads,
  changed only by ``payments.services`` under a row lock; the ledger is the record of money.
- ``PaymentEvent``: append-only log of everything that happened to a payment (gateway
  callbacks, capture, bank transfer received, refunds), unique per (provider, provider
  reference, kind): a repeated event is recognised and changes nothing.
- ``Refund``: what is owed back to a customer for one cooperative order (cancellation,
  refusal, withdrawal), due then paid by the original method or by bank transfer.
- ``CodRemittance``: cash a carrier handed over for delivered cash-on-delivery shipments,
  matched shipment by shipment; differences are flagged, never absorbed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Round
from django.utils.translation import gettext_lazy as _

ZERO = Decimal("0.00")


class Provider(models.TextChoices):
    CMI = "cmi", _("CMI (bank card)")
    BANK = "bank", _("Bank transfer")
    CASH = "cash", _("Cash on delivery")


class PaymentStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    AUTHORISED = "authorised", _("Authorised")
    CAPTURED = "captured", _("Paid")
    PARTIALLY_REFUNDED = "partially_refunded", _("Partially refunded")
    REFUNDED = "refunded", _("Refunded")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


P = PaymentStatus
#: status -> statuses it may move to. ``failed`` is not final for cards: the customer may try
#: again on the gateway's page (one order, several callbacks). Captured money only leaves
#: through refunds. A refunded cash-on-delivery payment becomes partially refunded again when
#: the cash of another parcel of the order is collected after the refund.
PAYMENT_TRANSITIONS: dict[str, frozenset[str]] = {
    P.PENDING: frozenset({P.AUTHORISED, P.CAPTURED, P.FAILED, P.CANCELLED}),
    P.AUTHORISED: frozenset({P.CAPTURED, P.FAILED, P.CANCELLED}),
    P.FAILED: frozenset({P.AUTHORISED, P.CAPTURED, P.FAILED, P.CANCELLED}),
    P.CAPTURED: frozenset({P.PARTIALLY_REFUNDED, P.REFUNDED}),
    P.PARTIALLY_REFUNDED: frozenset({P.PARTIALLY_REFUNDED, P.REFUNDED}),
    P.REFUNDED: frozenset({P.PARTIALLY_REFUNDED}),
    P.CANCELLED: frozenset(),
}
#: No callback, capture or cancellation may change these any more.
SETTLED_STATUSES = frozenset({P.CAPTURED, P.PARTIALLY_REFUNDED, P.REFUNDED, P.CANCELLED})


class Payment(models.Model):
    """How one order is paid. Cash on delivery is "captured" part by part as parcels are
    delivered and the carrier collects; card and bank transfer are captured once, in full."""

    order = models.OneToOneField(
        "orders.Order", on_delete=models.PROTECT, related_name="payment", verbose_name=_("order")
    )
    provider = models.CharField(_("provider"), max_length=10, choices=Provider.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=PaymentStatus.choices, default=PaymentStatus.PENDING
    )
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3, default="MAD")
    captured_amount = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    refunded_amount = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    # The customer quotes this on a bank transfer; CMI receives it as the order id (oid).
    reference = models.CharField(_("reference"), max_length=30, unique=True)
    # The gateway's transaction id of the capture, or the bank's reference of the transfer.
    provider_reference = models.CharField(_("provider reference"), max_length=64, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    captured_at = models.DateTimeField(_("paid at"), null=True, blank=True)

    class Meta:
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        ordering = ["-created_at", "-id"]
        permissions = [("manage_finance", "Can manage payments, refunds and payouts")]
        indexes = [models.Index(fields=["provider", "status", "created_at"], name="payment_queue")]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="payment_amount_positive"),
            models.CheckConstraint(
                condition=Q(captured_amount__gte=0) & Q(captured_amount__lte=F("amount")),
                name="payment_captured_within_amount",
            ),
            models.CheckConstraint(
                condition=Q(refunded_amount__gte=0) & Q(refunded_amount__lte=F("captured_amount")),
                name="payment_refunds_within_captured",
            ),
            models.CheckConstraint(
                condition=Q(status__in=PaymentStatus.values), name="payment_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def refundable_amount(self) -> Decimal:
        return self.captured_amount - self.refunded_amount


class PaymentEventKind(models.TextChoices):
    CREATED = "created", _("Payment created")
    REDIRECTED = "redirected", _("Sent to the payment page")
    CALLBACK_APPROVED = "callback_approved", _("Gateway: approved")
    CALLBACK_DECLINED = "callback_declined", _("Gateway: declined")
    CALLBACK_REJECTED = "callback_rejected", _("Gateway message refused (not trusted)")
    NOT_CAPTURED = "not_captured", _("Approved but not captured (order closed or already paid)")
    CAPTURED = "captured", _("Captured")
    CASH_COLLECTED = "cash_collected", _("Cash collected at delivery")
    TRANSFER_RECEIVED = "transfer_received", _("Bank transfer received")
    CANCELLED = "cancelled", _("Cancelled")
    REFUND_DUE = "refund_due", _("Refund due")
    REFUNDED = "refunded", _("Refunded")
    RECONCILE = "reconcile", _("Checked by reconciliation")


class PaymentEvent(models.Model):
    """Append-only. ``provider_reference`` identifies the event at its source (the gateway's
    TransId, a bank reference, a refund id); an event with the same (provider, reference, kind)
    is the same event and is not recorded twice."""

    payment = models.ForeignKey(
        Payment, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    provider = models.CharField(max_length=10, choices=Provider.choices)
    provider_reference = models.CharField(max_length=100)
    kind = models.CharField(max_length=30, choices=PaymentEventKind.choices)
    amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    # What the source sent (secrets and card numbers removed) and what we answered.
    data = models.JSONField(default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("payment event")
        verbose_name_plural = _("payment events")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_reference", "kind"], name="payment_event_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.provider}:{self.provider_reference}:{self.kind}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("Payment events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValueError("Payment events cannot be deleted.")


class RefundReason(models.TextChoices):
    CANCELLATION = "cancellation", _("Order cancelled")
    REFUSAL = "refusal", _("Parcel refused and returned")
    WITHDRAWAL = "withdrawal", _("Products returned (withdrawal)")


class RefundMethod(models.TextChoices):
    CARD = "card", _("Back to the bank card")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer")


class RefundStatus(models.TextChoices):
    DUE = "due", _("To pay back")
    PAID = "paid", _("Paid back")


class Refund(models.Model):
    """Money owed back to a customer for one cooperative order. Created by the order's
    transition (cancel, receive_return, refund), paid by staff who record the reference: card
    refunds are made in CMI's merchant centre, transfers at the bank."""

    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refunds")
    cooperative_order = models.OneToOneField(
        "orders.CooperativeOrder", on_delete=models.PROTECT, related_name="refund"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=RefundReason.choices)
    method = models.CharField(_("method"), max_length=20, choices=RefundMethod.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=RefundStatus.choices, default=RefundStatus.DUE
    )
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    # Of which the cooperative's share and the commission given back (0 when the sale had not
    # been recorded yet, e.g. a cancellation before delivery).
    cooperative_share = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    commission = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    reference = models.CharField(_("reference"), max_length=64, blank=True)
    # For a bank transfer refund: where the customer wants the money.
    customer_rib = models.CharField(_("customer's RIB"), max_length=24, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    paid_at = models.DateTimeField(_("paid back at"), null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("refund")
        verbose_name_plural = _("refunds")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "created_at"], name="refund_queue")]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="refund_amount_positive"),
            models.CheckConstraint(
                condition=Q(cooperative_share__gte=0)
                & Q(commission__gte=0)
                & Q(amount__gte=Round(F("cooperative_share") + F("commission"), 2)),
                name="refund_parts_within_amount",
            ),
            models.CheckConstraint(
                condition=Q(status="due") | ~Q(reference=""), name="refund_paid_has_reference"
            ),
        ]

    def __str__(self) -> str:
        return f"refund {self.cooperative_order_id} {self.amount}"


class RemittanceStatus(models.TextChoices):
    MATCHED = "matched", _("Matched")
    DIFFERENCE = "difference", _("Difference to resolve")
    RESOLVED = "resolved", _("Difference resolved")


class CodRemittance(models.Model):
    """A carrier hands over the cash it collected for some delivered shipments."""

    carrier = models.CharField(_("carrier"), max_length=60)
    # The ledger suffix of the carrier's in-transit account (slug of the carrier's name).
    carrier_code = models.CharField(max_length=60)
    amount_received = models.DecimalField(_("amount received"), max_digits=12, decimal_places=2)
    expected_amount = models.DecimalField(_("amount expected"), max_digits=12, decimal_places=2)
    received_on = models.DateField(_("received on"))
    bank_reference = models.CharField(_("bank reference"), max_length=64, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=RemittanceStatus.choices, default="matched"
    )
    note = models.TextField(_("note"), blank=True)
    resolution_note = models.TextField(_("how the difference was resolved"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("cash remittance")
        verbose_name_plural = _("cash remittances")
        ordering = ["-received_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_received__gte=0), name="remittance_received_not_negative"
            ),
            models.CheckConstraint(
                condition=Q(expected_amount__gte=0), name="remittance_expected_not_negative"
            ),
            models.CheckConstraint(
                condition=~Q(status="matched") | Q(amount_received=F("expected_amount")),
                name="remittance_matched_means_equal",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.carrier} {self.received_on} {self.amount_received}"

    @property
    def difference(self) -> Decimal:
        """Received − expected: negative when cash is missing."""
        return self.amount_received - self.expected_amount


class CodRemittanceItem(models.Model):
    """One delivered cash shipment covered by a remittance (each shipment remitted once)."""

    remittance = models.ForeignKey(CodRemittance, on_delete=models.PROTECT, related_name="items")
    cooperative_order = models.OneToOneField(
        "orders.CooperativeOrder", on_delete=models.PROTECT, related_name="remittance_item"
    )
    amount = models.DecimalField(max_digits=12, decimal_places=2)

    class Meta:
        verbose_name = _("remitted shipment")
        verbose_name_plural = _("remitted shipments")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="remittance_item_positive")
        ]

    def __str__(self) -> str:
        return f"{self.cooperative_order_id}: {self.amount}"
