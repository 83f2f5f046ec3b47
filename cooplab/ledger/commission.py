"""Splitting a sale between the platform's commission and the cooperative's share.

Rounding rule: the COMMISSION is rounded half-up to the centime (``core.money.percentage_of``)
and the cooperative's share is the rest, ``amount - commission``: the two parts always add up
exactly to the amount, and a rounding centime never disappears.
"""

from __future__ import annotations

from decimal import Decimal

from cooplab.core.money import CENT, percentage_of

HUNDRED = Decimal(100)


def split_amount(amount: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """Return ``(commission, cooperative_share)`` of ``amount`` at ``rate`` percent.

    ``amount`` is a Decimal >= 0 with at most two decimal places; ``rate`` a Decimal between
    0 and 100. ``ValueError`` otherwise.

    >>> split_amount(Decimal("199.00"), Decimal("12.5"))
    (Decimal('24.88'), Decimal('174.12'))
    """
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        raise ValueError("The amount must be a finite Decimal >= 0.")
    if amount != amount.quantize(CENT):
        raise ValueError("The amount has at most two decimal places.")
    if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 <= rate <= HUNDRED:
        raise ValueError("The rate must be a Decimal percentage between 0 and 100.")
    amount = amount.quantize(CENT)
    commission = percentage_of(amount, rate)
    return commission, amount - commission
