"""The verification state machine of a cooperative: one transition table, checked by the
services. An illegal transition raises InvalidTransition."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .models import CooperativeStatus as S


class Actor(StrEnum):
    MANAGER = "manager"
    STAFF = "staff"


@dataclass(frozen=True)
class Transition:
    source: frozenset[str]
    target: str
    actor: Actor
    needs_reason: bool = False


TRANSITIONS: dict[str, Transition] = {
    "submit": Transition(frozenset({S.DRAFT, S.CHANGES_REQUESTED}), S.APPLIED, Actor.MANAGER),
    "start_review": Transition(frozenset({S.APPLIED}), S.UNDER_REVIEW, Actor.STAFF),
    "request_changes": Transition(
        frozenset({S.APPLIED, S.UNDER_REVIEW}), S.CHANGES_REQUESTED, Actor.STAFF, needs_reason=True
    ),
    "verify": Transition(frozenset({S.APPLIED, S.UNDER_REVIEW}), S.VERIFIED, Actor.STAFF),
    "reject": Transition(
        frozenset({S.APPLIED, S.UNDER_REVIEW}), S.REJECTED, Actor.STAFF, needs_reason=True
    ),
    "suspend": Transition(frozenset({S.VERIFIED}), S.SUSPENDED, Actor.STAFF, needs_reason=True),
    "reinstate": Transition(frozenset({S.SUSPENDED}), S.VERIFIED, Actor.STAFF),
}

# What a manager may still edit in each state.
APPLICATION_EDITABLE = frozenset({S.DRAFT, S.CHANGES_REQUESTED})
PROFILE_EDITABLE = frozenset({S.DRAFT, S.CHANGES_REQUESTED, S.VERIFIED, S.SUSPENDED})


class InvalidTransition(Exception):
    def __init__(self, action: str, status: str) -> None:
        super().__init__(f"Cannot {action} a cooperative whose status is {status}.")
        self.action = action
        self.status = status


def allowed_actions(status: str, actor: Actor) -> list[str]:
    return [
        name
        for name, transition in TRANSITIONS.items()
        if status in transition.source and transition.actor == actor
    ]
