from __future__ import annotations

import pytest

from cooplab.accounts.tests.factories import UserFactory
from cooplab.core.audit import audit_log
from cooplab.core.models import AuditLog

pytestmark = pytest.mark.django_db


def test_audit_rows_record_actor_target_and_data():
    user = UserFactory()
    row = audit_log(action="test.action", actor=user, target=user, data={"k": "v"})
    assert row.actor == user
    assert row.actor_label == str(user)
    assert (row.target_type, row.target_id) == ("accounts.user", str(user.pk))
    assert row.data == {"k": "v"}


def test_audit_log_is_append_only():
    row = audit_log(action="test.action")
    row.action = "changed"
    with pytest.raises(PermissionError):
        row.save()
    with pytest.raises(PermissionError):
        row.delete()
    with pytest.raises(PermissionError):
        AuditLog.objects.all().update(action="x")
    with pytest.raises(PermissionError):
        AuditLog.objects.all().delete()
    assert AuditLog.objects.get().action == "test.action"
