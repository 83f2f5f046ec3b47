from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from cooplab.accounts.models import User
from cooplab.accounts.roles import Role, user_roles
from cooplab.cooperatives.models import Certification, Cooperative, Membership

pytestmark = pytest.mark.django_db


def _counts() -> tuple[int, int, int, int]:
    return (
        Cooperative.objects.count(),
        User.objects.count(),
        Membership.objects.count(),
        Certification.objects.count(),
    )


def test_seed_demo_is_idempotent_and_covers_the_brief():
    out = io.StringIO()
    call_command("seed_demo", "--force", stdout=out)
    first = _counts()
    call_command("seed_demo", "--force", stdout=io.StringIO())
    assert _counts() == first

    cooperatives = Cooperative.objects.all()
    assert cooperatives.count() >= 12
    assert len({c.region for c in cooperatives}) >= 6
    assert cooperatives.filter(women_only=True).count() >= 4
    for cooperative in cooperatives:
        assert cooperative.name_ar and cooperative.name_fr and cooperative.name_en
        assert cooperative.story_ar and cooperative.story_fr and cooperative.story_en

    text = out.getvalue()
    roles_seen: set[Role] = set()
    for login in (
        "client@demo.example",
        "formatrice@demo.example",
        "expert@demo.example",
        "staff@demo.example",
    ):
        assert login in text
        roles_seen |= user_roles(User.objects.get(email=login))
    member = User.objects.get(phone="+212661000002")
    roles_seen |= user_roles(member)
    manager = Membership.objects.filter(role="manager").first()
    assert manager is not None
    roles_seen |= user_roles(manager.user)
    assert roles_seen == set(Role)


def test_seed_demo_refuses_without_debug(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo", stdout=io.StringIO())
    assert Cooperative.objects.count() == 0
