"""The state machine of a cooperative order: one transition table, checked by the services.

Who may perform a transition is part of the table (customer, cooperative, staff, system).
Stock follows the transitions: leaving for CANCELLED, EXPIRED, RETURNED gives the units back,
WITHDRAWAL_RECEIVED gives back the returned lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .models import CooperativeOrderStatus as S


class Actor(StrEnum):
    CUSTOMER = "customer"
    COOPERATIVE = "cooperative"
    STAFF = "staff"
    SYSTEM = "system"


@dataclass(frozen=True)
class Transition:
    source: frozenset[str]
    target: str
    actors: frozenset[Actor]
    needs_reason: bool = False
    restock: bool = False  # all units of the part go back to stock


_UNCONFIRMED = frozenset({S.AWAITING_CONFIRMATION, S.AWAITING_PAYMENT})
_BEFORE_SHIPPING = _UNCONFIRMED | {S.CONFIRMED, S.PREPARING}
_ANY_HUMAN = frozenset({Actor.CUSTOMER, Actor.COOPERATIVE, Actor.STAFF})
_SELLER = frozenset({Actor.COOPERATIVE, Actor.STAFF})

TRANSITIONS: dict[str, Transition] = {
    # Cash on delivery: by the customer's code, or by the cooperative/staff after a call.
    "confirm": Transition(
        frozenset({S.AWAITING_CONFIRMATION}), S.CONFIRMED, _ANY_HUMAN | {Actor.SYSTEM}
    ),
    # Prepaid orders (bank transfer, card): the payment arrived. Only the payments service
    # does this (a captured card payment, a transfer staff recorded as received).
    "mark_paid": Transition(
        frozenset({S.AWAITING_PAYMENT}), S.CONFIRMED, frozenset({Actor.SYSTEM})
    ),
    "prepare": Transition(frozenset({S.CONFIRMED}), S.PREPARING, _SELLER),
    "ship": Transition(frozenset({S.CONFIRMED, S.PREPARING}), S.SHIPPED, _SELLER),
    "deliver": Transition(frozenset({S.SHIPPED}), S.DELIVERED, _SELLER),
    "refuse": Transition(frozenset({S.SHIPPED}), S.REFUSED, _SELLER, needs_reason=False),
    "receive_return": Transition(frozenset({S.REFUSED}), S.RETURNED, _SELLER, restock=True),
    "cancel": Transition(
        _BEFORE_SHIPPING, S.CANCELLED, _ANY_HUMAN, needs_reason=True, restock=True
    ),
    "expire": Transition(_UNCONFIRMED, S.EXPIRED, frozenset({Actor.SYSTEM}), restock=True),
    "request_withdrawal": Transition(
        frozenset({S.DELIVERED}), S.WITHDRAWAL_REQUESTED, frozenset({Actor.CUSTOMER, Actor.STAFF})
    ),
    "receive_withdrawal": Transition(
        frozenset({S.WITHDRAWAL_REQUESTED}), S.WITHDRAWAL_RECEIVED, _SELLER
    ),
    "refund": Transition(frozenset({S.WITHDRAWAL_RECEIVED}), S.REFUNDED, _SELLER),
    "complete": Transition(frozenset({S.DELIVERED}), S.COMPLETED, frozenset({Actor.SYSTEM})),
}

#: Parts whose goods left the cooperative and have not come back.
SHIPPED_STATES = frozenset({S.SHIPPED, S.DELIVERED, S.COMPLETED, S.WITHDRAWAL_REQUESTED})
#: Parts that still hold stock for the customer (counted as sold).
NEEDS_SELLER_ACTION = frozenset(
    {
        S.AWAITING_CONFIRMATION,
        S.CONFIRMED,
        S.PREPARING,
        S.SHIPPED,
        S.REFUSED,
        S.WITHDRAWAL_REQUESTED,
        S.WITHDRAWAL_RECEIVED,
    }
)


class InvalidTransition(Exception):
    def __init__(self, action: str, status: str, actor: str = "") -> None:
        super().__init__(f"Cannot {action} a cooperative order whose status is {status} ({actor}).")
        self.action = action
        self.status = status
        self.actor = actor


def check(action: str, status: str, actor: Actor) -> Transition:
    transition = TRANSITIONS.get(action)
    if transition is None or status not in transition.source or actor not in transition.actors:
        raise InvalidTransition(action, status, actor)
    return transition


def allowed_actions(status: str, actor: Actor) -> list[str]:
    return [
        name
        for name, transition in TRANSITIONS.items()
        if status in transition.source and actor in transition.actors
    ]
