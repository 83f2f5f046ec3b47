"""Two managers remove each other at the same moment: the cooperative must keep one manager.
Runs on SQLite (IMMEDIATE transactions serialise writers) and PostgreSQL (row lock)."""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from cooplab.cooperatives import services
from cooplab.cooperatives.models import Membership, MembershipRole

from .factories import CooperativeFactory, manager_of


@pytest.mark.django_db(transaction=True)
def test_two_managers_removing_each_other_leave_one_manager():
    if connection.vendor == "sqlite" and connection.settings_dict["NAME"] == ":memory:":
        pytest.skip("needs a real database file shared between threads")
    for _round in range(5):
        cooperative = CooperativeFactory()
        first, second = manager_of(cooperative), manager_of(cooperative)
        memberships = {m.user_id: m.pk for m in Membership.objects.filter(cooperative=cooperative)}
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def remove(actor, target_user_id):  # noqa: ANN001
            try:
                barrier.wait()
                services.membership_remove(
                    cooperative=cooperative, actor=actor, membership_id=memberships[target_user_id]
                )
                outcomes.append("removed")
            except ValidationError:
                outcomes.append("refused")
            finally:
                connection.close()

        threads = [
            threading.Thread(target=remove, args=(first, second.pk)),
            threading.Thread(target=remove, args=(second, first.pk)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert sorted(outcomes) == ["refused", "removed"]
        assert (
            Membership.objects.filter(
                cooperative=cooperative, role=MembershipRole.MANAGER, is_active=True
            ).count()
            == 1
        )
