from __future__ import annotations

from collections.abc import Iterator

import pytest
from allauth.mfa.models import Authenticator

from cooplab.accounts.roles import STAFF_GROUP, role_group
from cooplab.accounts.tests.factories import StaffFactory


@pytest.fixture
def messages_staff(db: None) -> Iterator[object]:
    """A platform staff member (role group, second factor set up)."""
    staff = StaffFactory()
    staff.groups.add(role_group(STAFF_GROUP))
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    yield staff
