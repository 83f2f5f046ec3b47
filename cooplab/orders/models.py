"""Carts, orders split per cooperative, their lines (snapshots) and events.

An `Order` is what the customer placed in one checkout; it holds one `CooperativeOrder` per
cooperative, each with its own delivery, status machine (`states.py`), invoice and lines.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Round
from django.utils.translation import gettext_lazy as _

from cooplab.catalog.models import Product, Variant
from cooplab.cooperatives.models import Cooperative
from cooplab.core.regions import region_code_choices
from cooplab.shipping.models import DeliveryMethod, DeliveryZone

#: The most units of one size a cart line may hold (a shop, not a wholesaler).
MAX_LINE_QUANTITY = 99


class Cart(models.Model):
    """A visitor's cart (found by the token kept in the session) or a user's cart."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="cart",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("cart")
        verbose_name_plural = _("carts")
        indexes = [models.Index(fields=["updated_at"], name="cart_updated")]

    def __str__(self) -> str:
        return f"cart {self.token}"


class CartLine(models.Model):
    cart = models.ForeignKey(Cart, on_delete=models.CASCADE, related_name="lines")
    variant = models.ForeignKey(Variant, on_delete=models.CASCADE, related_name="+")
    quantity = models.PositiveIntegerField(_("quantity"))
    # The price when the line was added, to tell the customer when it changed since.
    price_when_added = models.DecimalField(max_digits=10, decimal_places=2)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cart line")
        verbose_name_plural = _("cart lines")
        ordering = ["added_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["cart", "variant"], name="cartline_one_per_variant"),
            models.CheckConstraint(
                condition=Q(quantity__gte=1) & Q(quantity__lte=MAX_LINE_QUANTITY),
                name="cartline_quantity_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.variant_id}"


class PaymentMethod(models.TextChoices):
    CASH_ON_DELIVERY = "cod", _("Cash on delivery")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer")
    CARD = "card", _("Bank card (CMI)")


class Order(models.Model):
    """One checkout: who ordered, where it goes, how it is paid, the totals."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Shown to people and quoted on the phone: short, random, unambiguous.
    number = models.CharField(_("order number"), max_length=16, unique=True)
    # The checkout token: a second submission of the same checkout finds this order.
    idempotency_key = models.CharField(max_length=64, unique=True)
    customer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="orders",
    )
    customer_name = models.CharField(_("your name"), max_length=120)
    phone = models.CharField(_("mobile number"), max_length=20, db_index=True)
    email = models.EmailField(_("email"), blank=True)
    language = models.CharField(max_length=8, default="fr")
    # Delivery address (Morocco). The recipient may be someone else (a gift).
    recipient_name = models.CharField(_("recipient's name"), max_length=120)
    recipient_phone = models.CharField(_("recipient's mobile number"), max_length=20)
    region = models.CharField(_("region"), max_length=5, choices=region_code_choices())
    city = models.CharField(_("city"), max_length=60)
    street = models.CharField(_("street and number"), max_length=200)
    landmark = models.CharField(_("landmark or directions"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)
    payment_method = models.CharField(
        _("payment"),
        max_length=20,
        choices=PaymentMethod.choices,
        default=PaymentMethod.CASH_ON_DELIVERY,
    )
    subtotal = models.DecimalField(max_digits=12, decimal_places=2)
    delivery_total = models.DecimalField(max_digits=12, decimal_places=2)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    # Law 31-08 / 09-08: when the customer accepted the terms and the data notice.
    consent_at = models.DateTimeField()
    terms_version = models.CharField(max_length=20)
    # Cash on delivery: the customer confirms with a code sent by SMS (hashed here).
    confirmation_code_hash = models.CharField(max_length=128, blank=True)
    confirmation_attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["customer", "-created_at"], name="order_customer_newest")]
        constraints = [
            models.CheckConstraint(
                condition=Q(total=Round(F("subtotal") + F("delivery_total"), 2)),
                name="order_total_sum",
            ),
            models.CheckConstraint(condition=Q(subtotal__gt=0), name="order_subtotal_positive"),
            models.CheckConstraint(
                condition=Q(delivery_total__gte=0), name="order_delivery_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return self.number

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("orders:detail", kwargs={"number": self.number})


class CooperativeOrderStatus(models.TextChoices):
    AWAITING_CONFIRMATION = "awaiting_confirmation", _("Awaiting confirmation")
    AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
    CONFIRMED = "confirmed", _("Confirmed")
    PREPARING = "preparing", _("Being prepared")
    SHIPPED = "shipped", _("Shipped")
    DELIVERED = "delivered", _("Delivered")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired (not confirmed)")
    REFUSED = "refused", _("Refused at delivery")
    RETURNED = "returned", _("Returned to the cooperative")
    WITHDRAWAL_REQUESTED = "withdrawal_requested", _("Return requested")
    WITHDRAWAL_RECEIVED = "withdrawal_received", _("Returned goods received")
    REFUNDED = "refunded", _("Refunded")


class CooperativeOrder(models.Model):
    """The part of an order one cooperative prepares, ships and invoices."""

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="parts")
    cooperative = models.ForeignKey(
        Cooperative, on_delete=models.PROTECT, related_name="orders", verbose_name=_("cooperative")
    )
    number = models.CharField(_("number"), max_length=20, unique=True)
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=CooperativeOrderStatus.choices,
        default=CooperativeOrderStatus.AWAITING_CONFIRMATION,
    )
    delivery_method = models.CharField(_("delivery"), max_length=10, choices=DeliveryMethod.choices)
    delivery_zone = models.CharField(max_length=12, choices=DeliveryZone.choices, blank=True)
    subtotal = models.DecimalField(max_digits=12, decimal_places=2)
    tax_total = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0.00"))
    delivery_cost = models.DecimalField(max_digits=10, decimal_places=2)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    # Seller identity at the time of the order (law 31-08, invoices).
    seller_name = models.CharField(max_length=200)
    seller_ice = models.CharField(max_length=15, blank=True)
    seller_register_number = models.CharField(max_length=40, blank=True)
    seller_address = models.CharField(max_length=300, blank=True)
    seller_phone = models.CharField(max_length=20, blank=True)
    carrier = models.CharField(_("carrier"), max_length=60, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=60, blank=True)
    tracking_url = models.URLField(_("tracking link"), blank=True)
    cancel_reason = models.TextField(_("reason"), blank=True)
    # What is owed back to the customer (withdrawal, refusal of a prepaid order).
    refund_amount = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0.00"))
    cancelled_by = models.CharField(max_length=12, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # Unconfirmed (or unpaid) parts expire at this time and their stock comes back.
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("cooperative order")
        verbose_name_plural = _("cooperative orders")
        ordering = ["-created_at", "-id"]
        # Platform staff who follow, confirm and cancel orders (given to the staff role group).
        permissions = [("manage_orders", "Can manage orders")]
        indexes = [
            models.Index(fields=["cooperative", "status", "-created_at"], name="coop_order_inbox"),
            models.Index(fields=["status", "expires_at"], name="coop_order_expiry"),
            models.Index(fields=["status", "delivered_at"], name="coop_order_delivered"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["order", "cooperative"], name="coop_order_one_per_cooperative"
            ),
            models.CheckConstraint(
                condition=Q(total=Round(F("subtotal") + F("delivery_cost"), 2)),
                name="coop_order_total_sum",
            ),
            models.CheckConstraint(
                condition=Q(delivery_cost__gte=0), name="coop_order_delivery_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def is_open(self) -> bool:
        return self.status not in TERMINAL_STATUSES


TERMINAL_STATUSES = frozenset(
    {
        CooperativeOrderStatus.COMPLETED,
        CooperativeOrderStatus.CANCELLED,
        CooperativeOrderStatus.EXPIRED,
        CooperativeOrderStatus.RETURNED,
        CooperativeOrderStatus.REFUNDED,
    }
)


class OrderLine(models.Model):
    """One size of one product in a cooperative order, as it was when ordered."""

    cooperative_order = models.ForeignKey(
        CooperativeOrder, on_delete=models.PROTECT, related_name="lines"
    )
    product = models.ForeignKey(Product, on_delete=models.PROTECT, related_name="+")
    variant = models.ForeignKey(Variant, on_delete=models.PROTECT, related_name="order_lines")
    # Snapshots: the product's name in every language, the size, the reference.
    product_names = models.JSONField(default=dict)
    product_name = models.CharField(max_length=200)
    variant_label = models.CharField(max_length=60)
    sku = models.CharField(max_length=60)
    unit_price = models.DecimalField(max_digits=10, decimal_places=2)
    quantity = models.PositiveIntegerField()
    tax_rate = models.DecimalField(max_digits=5, decimal_places=2, default=Decimal("0.00"))
    tax_amount = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal("0.00"))
    line_total = models.DecimalField(max_digits=12, decimal_places=2)
    withdrawal_allowed = models.BooleanField(default=False)
    # The platform's commission rate (percent) when the order was placed: what the cooperative
    # earns from this line is fixed at the sale (cooplab.ledger.postings).
    commission_rate = models.DecimalField(max_digits=7, decimal_places=4, null=True, blank=True)

    class Meta:
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__gte=1) & Q(quantity__lte=MAX_LINE_QUANTITY),
                name="orderline_quantity_range",
            ),
            models.CheckConstraint(
                condition=Q(line_total=Round(F("unit_price") * F("quantity"), 2)),
                name="orderline_total_is_price_times_quantity",
            ),
            models.CheckConstraint(condition=Q(unit_price__gt=0), name="orderline_price_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.product_name} ({self.variant_label})"

    def name_in(self, language: str) -> str:
        return self.product_names.get(language) or self.product_name


class OrderEvent(models.Model):
    """Append-only history: every status change and notable action, with who did it."""

    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="events")
    cooperative_order = models.ForeignKey(
        CooperativeOrder, null=True, blank=True, on_delete=models.PROTECT, related_name="events"
    )
    kind = models.CharField(max_length=40)
    from_status = models.CharField(max_length=24, blank=True)
    to_status = models.CharField(max_length=24, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_role = models.CharField(max_length=12, blank=True)
    note = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("order event")
        verbose_name_plural = _("order events")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} {self.from_status}→{self.to_status}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("Order events are append-only.")
        super().save(*args, **kwargs)


# --- Invoices ---


class InvoiceSequence(models.Model):
    """The last invoice number given by one cooperative in one year (Africa/Casablanca).
    Locked with `select_for_update` while a number is taken, so numbers have no gaps."""

    cooperative = models.ForeignKey(Cooperative, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    # Fixed by the year's first invoice: a slug changed mid-year does not change the series.
    prefix = models.CharField(max_length=10)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("invoice sequence")
        verbose_name_plural = _("invoice sequences")
        constraints = [
            models.UniqueConstraint(
                fields=["cooperative", "year"], name="invoice_sequence_one_per_year"
            ),
            # Invoice numbers are unique across cooperatives: no two share a prefix.
            models.UniqueConstraint(fields=["year", "prefix"], name="invoice_prefix_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.prefix}-{self.year}: {self.last_number}"


class Invoice(models.Model):
    """The invoice of one delivered cooperative order. Append-only: an issued invoice is never
    changed or deleted (a correction will be a credit note). Totals are a snapshot."""

    cooperative_order = models.OneToOneField(
        CooperativeOrder, on_delete=models.PROTECT, related_name="invoice"
    )
    cooperative = models.ForeignKey(Cooperative, on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    sequence = models.PositiveIntegerField()
    number = models.CharField(_("invoice number"), max_length=30)
    issued_at = models.DateTimeField(_("issued"))
    language = models.CharField(max_length=8)
    subtotal = models.DecimalField(max_digits=12, decimal_places=2)
    tax_total = models.DecimalField(max_digits=12, decimal_places=2)
    delivery_cost = models.DecimalField(max_digits=10, decimal_places=2)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    # The PDF as issued, in private storage; written once, after the invoice commits.
    pdf_path = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")
        ordering = ["cooperative", "year", "sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["cooperative", "year", "sequence"], name="invoice_gap_free_sequence"
            ),
            models.UniqueConstraint(fields=["number"], name="invoice_number_unique"),
            models.CheckConstraint(condition=Q(sequence__gte=1), name="invoice_sequence_positive"),
            models.CheckConstraint(
                condition=Q(total=Round(F("subtotal") + F("delivery_cost"), 2)),
                name="invoice_total_sum",
            ),
        ]

    def __str__(self) -> str:
        return self.number

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("Issued invoices are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise ValueError("Issued invoices cannot be deleted.")
