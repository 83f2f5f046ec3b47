"""Payment methods offered at checkout, behind one small interface.

A method says which status the cooperative orders start in and what happens right after the
order is placed (cash on delivery: a confirmation code; bank transfer: instructions). The card
method (CMI) joins through the same interface with the payments app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import CooperativeOrderStatus, PaymentMethod

if TYPE_CHECKING:
    from .models import Order


class Method(Protocol):
    code: str
    label: str | Promise
    description: str | Promise
    initial_status: str

    def after_place(self, order: Order) -> str | None:
        """Called inside the placing transaction; may return a confirmation code to send."""
        ...


class CashOnDelivery:
    code = PaymentMethod.CASH_ON_DELIVERY.value
    label: str | Promise = gettext_lazy("Cash on delivery")
    description: str | Promise = gettext_lazy(
        "Pay the courier in cash when you receive your parcel. We send you a code by SMS to "
        "confirm the order."
    )
    initial_status = CooperativeOrderStatus.AWAITING_CONFIRMATION.value

    def after_place(self, order: Order) -> str | None:
        from .services.checkout import confirmation_code_new

        return confirmation_code_new(order)


class BankTransfer:
    code = PaymentMethod.BANK_TRANSFER.value
    label: str | Promise = gettext_lazy("Bank transfer")
    description: str | Promise = gettext_lazy(
        "Transfer the total to CoopLab's bank account with your order number as the reference. "
        "The cooperatives prepare your order once the transfer has arrived."
    )
    initial_status = CooperativeOrderStatus.AWAITING_PAYMENT.value

    def after_place(self, order: Order) -> str | None:
        return None


class Card:
    """Bank card through CMI's hosted page: the customer is sent to the pay page right after
    placing the order; the parts wait for the gateway's verified callback
    (``cooplab.payments.card``)."""

    code = PaymentMethod.CARD.value
    label: str | Promise = gettext_lazy("Bank card (CMI)")
    description: str | Promise = gettext_lazy(
        "Pay now by bank card on the secure page of the Centre Monétique Interbancaire. "
        "The cooperatives prepare your order once the payment is confirmed."
    )
    initial_status = CooperativeOrderStatus.AWAITING_PAYMENT.value

    def after_place(self, order: Order) -> str | None:
        return None


_METHODS: dict[str, Method] = {
    PaymentMethod.CASH_ON_DELIVERY.value: CashOnDelivery(),
    PaymentMethod.BANK_TRANSFER.value: BankTransfer(),
    PaymentMethod.CARD.value: Card(),
}


def enabled_codes() -> list[str]:
    """``ORDER_PAYMENT_METHODS`` in its order; "card" is added when ``CMI_ENABLED`` is on (and
    left out when it is off, even if listed: no card payment without a configured gateway)."""
    codes = [code for code in settings.ORDER_PAYMENT_METHODS if code in _METHODS]
    card = PaymentMethod.CARD.value
    if getattr(settings, "CMI_ENABLED", False):
        if card not in codes:
            codes.append(card)
    else:
        codes = [code for code in codes if code != card]
    return codes


def enabled_methods() -> list[Method]:
    return [_METHODS[code] for code in enabled_codes()]


def get_method(code: object) -> Method:
    for method in enabled_methods():
        if method.code == code:
            return method
    raise ValidationError({"payment_method": [_("Choose a payment method.")]})
