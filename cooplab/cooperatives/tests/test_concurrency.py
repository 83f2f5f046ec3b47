"""Two managers remove each other at the same moment: the cooperative must keep one manager.
Runs on SQLite (IMMEDIATE transactions serialise writers) and PostgreSQL (row lock)."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from cooplab.accounts.models import User
from cooplab.cooperatives import services
from cooplab.cooperatives.models import Cooperative, Membership, MembershipRole

from .factories import CooperativeFactory, manager_of


def _race(cooperative: Cooperative, pairs: list[tuple[User, int]]) -> list[str]:
    barrier = threading.Barrier(len(pairs))
    outcomes: list[str] = []

    def remove(actor: User, membership_id: int) -> None:
        try:
            barrier.wait()
            services.membership_remove(
                cooperative=cooperative, actor=actor, membership_id=membership_id
            )
            outcomes.append("removed")
        except ValidationError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=remove, args=pair) for pair in pairs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.mark.django_db(transaction=True)
def test_two_managers_removing_each_other_leave_one_manager():
    for _round in range(5):
        cooperative = CooperativeFactory()
        first, second = manager_of(cooperative), manager_of(cooperative)
        ids = {m.user_id: m.pk for m in Membership.objects.filter(cooperative=cooperative)}
        outcomes = _race(cooperative, [(first, ids[second.pk]), (second, ids[first.pk])])
        assert sorted(outcomes) == ["refused", "removed"]
        managers = Membership.objects.filter(
            cooperative=cooperative, role=MembershipRole.MANAGER, is_active=True
        )
        assert managers.count() == 1
