"""Ledger account codes. One place names them; services build codes with these helpers.

- ``customer_receivable`` (asset): what customers owe for orders not yet paid.
- ``gateway_clearing:<provider>`` (asset): card money captured, not yet settled by the gateway.
- ``cod_in_transit:<carrier>`` (asset): cash collected by a carrier, not yet remitted.
- ``bank`` (asset): the platform's bank account.
- ``cooperative_payable:<cooperative id>`` (liability): what the platform owes one cooperative.
- ``payouts_clearing`` (liability): payouts ordered at the bank, not yet confirmed.
- ``commission_revenue`` (revenue): the platform's commission.
- ``refunds`` (liability): refunds owed to customers, not yet paid back.
- ``cod_differences`` (expense): cash-on-delivery differences written off by staff, with a note.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .models import AccountKind

if TYPE_CHECKING:
    from cooplab.cooperatives.models import Cooperative

CUSTOMER_RECEIVABLE: Final = "customer_receivable"
BANK: Final = "bank"
PAYOUTS_CLEARING: Final = "payouts_clearing"
COMMISSION_REVENUE: Final = "commission_revenue"
REFUNDS: Final = "refunds"
COD_DIFFERENCES: Final = "cod_differences"
GATEWAY_CLEARING: Final = "gateway_clearing"
COD_IN_TRANSIT: Final = "cod_in_transit"
COOPERATIVE_PAYABLE: Final = "cooperative_payable"

#: Account code (or the prefix before ":") -> kind.
KINDS: Final[dict[str, AccountKind]] = {
    CUSTOMER_RECEIVABLE: AccountKind.ASSET,
    GATEWAY_CLEARING: AccountKind.ASSET,
    COD_IN_TRANSIT: AccountKind.ASSET,
    BANK: AccountKind.ASSET,
    COOPERATIVE_PAYABLE: AccountKind.LIABILITY,
    PAYOUTS_CLEARING: AccountKind.LIABILITY,
    COMMISSION_REVENUE: AccountKind.REVENUE,
    REFUNDS: AccountKind.LIABILITY,
    COD_DIFFERENCES: AccountKind.EXPENSE,
}
#: Prefixes that need a suffix ("gateway_clearing:cmi"); the others never take one.
SUFFIXED: Final = frozenset({GATEWAY_CLEARING, COD_IN_TRANSIT, COOPERATIVE_PAYABLE})
CODE_PATTERN: Final = re.compile(r"[a-z][a-z0-9_]*(?::[A-Za-z0-9][A-Za-z0-9_.-]*)?", re.ASCII)


def gateway_clearing(provider: str) -> str:
    return f"{GATEWAY_CLEARING}:{provider}"


def cod_in_transit(carrier: str) -> str:
    return f"{COD_IN_TRANSIT}:{carrier}"


def cooperative_payable(cooperative: Cooperative | int) -> str:
    pk = cooperative if isinstance(cooperative, int) else cooperative.pk
    return f"{COOPERATIVE_PAYABLE}:{pk}"
