"""Moderation of a review: which decision applies to which status.

Submitting (or changing) a review sets its status in `services.review_submit`: pending when
pre-moderation is on, else approved. Staff then approve or reject; a published review can be
taken down (rejected) and a rejected one approved after all.
"""

from __future__ import annotations

from .models import ReviewStatus as S

TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "approve": (frozenset({S.PENDING, S.REJECTED}), S.APPROVED),
    "reject": (frozenset({S.PENDING, S.APPROVED}), S.REJECTED),
}
DECISIONS = tuple(TRANSITIONS)


class InvalidTransition(Exception):
    def __init__(self, decision: str, status: str) -> None:
        super().__init__(f"Cannot {decision} a review whose status is {status}.")
        self.decision = decision
        self.status = status


def check(decision: str, status: str) -> str:
    """The status after `decision`, or InvalidTransition."""
    entry = TRANSITIONS.get(decision)
    if entry is None or status not in entry[0]:
        raise InvalidTransition(decision, status)
    return entry[1]


def allowed_decisions(status: str) -> list[str]:
    return [name for name, (sources, _target) in TRANSITIONS.items() if status in sources]
