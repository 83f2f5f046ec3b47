"""Posting rules: the journal entry each money event writes (docs/decisions/0013).

Every function posts through ``services.entry_post`` with an idempotency key derived from the
event, so calling it twice (a retried task, a repeated callback) posts once. Debit > 0,
credit < 0. ``R`` = customer_receivable, a hub that is 0 once an order is settled: it goes into
credit when a customer pays in advance (card, transfer) and into debit when goods are
delivered before cash arrives.

=====================  =========================================================================
event                  lines
=====================  =========================================================================
card captured          gateway_clearing:cmi +T            R −T
transfer received      bank +T                            R −T
part delivered (sale)  R +total      cooperative_payable:<coop> −share   commission_revenue −c
cash collected         cod_in_transit:<carrier> +total    R −total   (home delivery)
                       cooperative_payable:<coop> +total  R −total   (pickup: the cooperative
                       keeps the cash, so it owes the commission back)
refund due             cooperative_payable +s  commission_revenue +c  R +(A−s−c)  refunds −A
refund paid            refunds +A        gateway_clearing:cmi −A (card) | bank −A (transfer)
cash remitted          bank +received    cod_in_transit:<carrier> −received
cash difference        cod_differences +d    cod_in_transit:<carrier> −d  (staff, with a note)
payout approved        cooperative_payable +N    payouts_clearing −N
payout paid            payouts_clearing +N       bank −N
payout failed          the reversal of "payout approved"
=====================  =========================================================================

Commission is computed per order line (``OrderLine.commission_rate``, fixed when the order was
placed) on the line total; delivery costs go to the cooperative in full.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.utils.text import slugify

from . import accounts as codes
from .commission import split_amount
from .models import EntryKind, JournalEntry
from .services import LineSpec, entry_post, entry_reverse

if TYPE_CHECKING:
    from cooplab.accounts.models import User
    from cooplab.orders.models import CooperativeOrder, OrderLine
    from cooplab.payments.models import CodRemittance, Payment, Refund
    from cooplab.payouts.models import Payout

ZERO = Decimal("0.00")
CARD_PROVIDER = "cmi"


@dataclass(frozen=True)
class Split:
    gross: Decimal
    commission: Decimal

    @property
    def share(self) -> Decimal:
        return self.gross - self.commission


def line_rate(line: OrderLine) -> Decimal:
    if line.commission_rate is not None:
        return Decimal(line.commission_rate)
    return Decimal(settings.COMMISSION_DEFAULT_RATE)


def lines_split(lines: Iterable[OrderLine]) -> Split:
    """Commission and gross of some lines (commission rounded per line, see commission.py)."""
    gross = commission = ZERO
    for line in lines:
        line_commission, _share = split_amount(Decimal(line.line_total), line_rate(line))
        gross += line.line_total
        commission += line_commission
    return Split(gross=gross, commission=commission)


def part_split(part: CooperativeOrder) -> Split:
    """The whole cooperative order: its lines' commission, the delivery cost to the cooperative."""
    goods = lines_split(part.lines.all())
    return Split(gross=part.total, commission=goods.commission)


def carrier_code(carrier: str) -> str:
    """The suffix of a carrier's cash-in-transit account ("Amana" -> "amana")."""
    slug = slugify(carrier or "")[:50].strip("-_")
    return slug or "unknown"


def _post(
    kind: str,
    lines: list[LineSpec],
    key: str,
    *,
    memo: str,
    ref: tuple[str, str | int],
    actor: User | None = None,
) -> JournalEntry:
    kept = [(account, amount) for account, amount in lines if amount != 0]
    return entry_post(kind=kind, lines=kept, idempotency_key=key, memo=memo, ref=ref, actor=actor)


def _prepaid_account(provider: str) -> str:
    return codes.gateway_clearing(CARD_PROVIDER) if provider == CARD_PROVIDER else codes.BANK


def post_payment_received(
    *, payment: Payment, amount: Decimal, key: str, actor: User | None = None
) -> JournalEntry:
    """Card captured (gateway clearing) or bank transfer received (bank)."""
    kind = (
        EntryKind.CARD_CAPTURE if payment.provider == CARD_PROVIDER else EntryKind.TRANSFER_RECEIVED
    )
    return _post(
        kind,
        [(_prepaid_account(payment.provider), amount), (codes.CUSTOMER_RECEIVABLE, -amount)],
        key,
        memo=f"Payment {payment.reference}",
        ref=("payment", payment.pk),
        actor=actor,
    )


def post_sale(*, part: CooperativeOrder, actor: User | None = None) -> JournalEntry:
    """A delivered cooperative order: the customer owes it, the cooperative earns its share."""
    split = part_split(part)
    return _post(
        EntryKind.SALE,
        [
            (codes.CUSTOMER_RECEIVABLE, split.gross),
            (codes.cooperative_payable(part.cooperative_id), -split.share),
            (codes.COMMISSION_REVENUE, -split.commission),
        ],
        f"sale:{part.pk}",
        memo=f"Sale {part.number}",
        ref=("cooperative_order", part.pk),
        actor=actor,
    )


def post_cash_collected(*, part: CooperativeOrder, actor: User | None = None) -> JournalEntry:
    """Cash paid at delivery: held by the carrier (home delivery) or by the cooperative."""
    holder = (
        codes.cod_in_transit(carrier_code(part.carrier))
        if part.delivery_method == "home"
        else codes.cooperative_payable(part.cooperative_id)
    )
    return _post(
        EntryKind.COD_COLLECTED,
        [(holder, part.total), (codes.CUSTOMER_RECEIVABLE, -part.total)],
        f"cash:{part.pk}",
        memo=f"Cash collected {part.number}",
        ref=("cooperative_order", part.pk),
        actor=actor,
    )


def post_refund_due(*, refund: Refund, actor: User | None = None) -> JournalEntry:
    """What is owed back: the sale's share and commission reversed (if the sale was
    recorded), the rest taken from what the customer had paid in advance."""
    payable = codes.cooperative_payable(refund.cooperative_order.cooperative_id)
    rest = refund.amount - refund.cooperative_share - refund.commission
    return _post(
        EntryKind.REFUND,
        [
            (payable, refund.cooperative_share),
            (codes.COMMISSION_REVENUE, refund.commission),
            (codes.CUSTOMER_RECEIVABLE, rest),
            (codes.REFUNDS, -refund.amount),
        ],
        f"refund:due:{refund.pk}",
        memo=f"Refund due {refund.cooperative_order.number}",
        ref=("refund", refund.pk),
        actor=actor,
    )


def post_refund_paid(*, refund: Refund, actor: User | None = None) -> JournalEntry:
    source = codes.gateway_clearing(CARD_PROVIDER) if refund.method == "card" else codes.BANK
    return _post(
        EntryKind.REFUND,
        [(codes.REFUNDS, refund.amount), (source, -refund.amount)],
        f"refund:paid:{refund.pk}",
        memo=f"Refund paid {refund.cooperative_order.number} {refund.reference}",
        ref=("refund", refund.pk),
        actor=actor,
    )


def post_remittance(*, remittance: CodRemittance, actor: User | None = None) -> JournalEntry | None:
    """The cash the carrier handed over (only what was received: a difference stays visible on
    the carrier's in-transit account until staff resolve it)."""
    if remittance.amount_received == 0:
        return None
    amount = remittance.amount_received
    return _post(
        EntryKind.COD_REMITTANCE,
        [(codes.BANK, amount), (codes.cod_in_transit(remittance.carrier_code), -amount)],
        f"remittance:{remittance.pk}",
        memo=f"Cash remitted by {remittance.carrier} {remittance.bank_reference}",
        ref=("cod_remittance", remittance.pk),
        actor=actor,
    )


def post_remittance_difference(
    *, remittance: CodRemittance, actor: User | None = None
) -> JournalEntry | None:
    """Staff close a difference after investigation: missing cash is written off to
    ``cod_differences`` (excess cash the other way). Always explicit, with a note."""
    missing = remittance.expected_amount - remittance.amount_received
    if missing == 0:
        return None
    return _post(
        EntryKind.ADJUSTMENT,
        [
            (codes.COD_DIFFERENCES, missing),
            (codes.cod_in_transit(remittance.carrier_code), -missing),
        ],
        f"remittance:difference:{remittance.pk}",
        memo=f"Cash difference {remittance.carrier}: {remittance.resolution_note[:120]}",
        ref=("cod_remittance", remittance.pk),
        actor=actor,
    )


def post_payout_approved(*, payout: Payout, actor: User | None = None) -> JournalEntry:
    return _post(
        EntryKind.PAYOUT,
        [
            (codes.cooperative_payable(payout.cooperative_id), payout.amount),
            (codes.PAYOUTS_CLEARING, -payout.amount),
        ],
        f"payout:approved:{payout.pk}",
        memo=f"Payout {payout.public_id}",
        ref=("payout", payout.pk),
        actor=actor,
    )


def post_payout_paid(*, payout: Payout, actor: User | None = None) -> JournalEntry:
    return _post(
        EntryKind.PAYOUT_SETTLED,
        [(codes.PAYOUTS_CLEARING, payout.amount), (codes.BANK, -payout.amount)],
        f"payout:paid:{payout.pk}",
        memo=f"Payout {payout.public_id} paid {payout.bank_reference}",
        ref=("payout", payout.pk),
        actor=actor,
    )


def post_payout_failed(*, payout: Payout, actor: User | None = None) -> JournalEntry:
    """The bank refused the transfer: the money is owed to the cooperative again."""
    approved = JournalEntry.objects.get(idempotency_key=f"payout:approved:{payout.pk}")
    return entry_reverse(
        entry=approved,
        idempotency_key=f"payout:failed:{payout.pk}",
        memo=f"Payout {payout.public_id} failed",
        actor=actor,
    )
