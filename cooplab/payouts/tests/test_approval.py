"""Approval needs finance staff, an authenticator app, a fresh code and the cooperative's RIB;
every refusal changes nothing. Paid, failed and cancelled move only from the right state."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError

from cooplab.accounts.tests.factories import UserFactory
from cooplab.cooperatives.tests.factories import manager_of
from cooplab.core.models import AuditLog
from cooplab.ledger.models import JournalEntry
from cooplab.notifications.models import OutboundMessage

from .. import services, tasks
from ..models import Payout, PayoutStatus
from ..selectors import current_period, next_period, payout_periods
from .helpers import PERIOD, cooperative, finance_staff, sold, totp_code, valid_rib

pytestmark = pytest.mark.django_db
D = Decimal
S = PayoutStatus


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def draft() -> Payout:
    coop = cooperative()
    sold(coop)
    [payout] = services.batch_create(period=PERIOD)
    return payout


def _unchanged(payout: Payout) -> None:
    payout.refresh_from_db()
    assert payout.status == S.DRAFT
    assert (payout.rib, payout.approved_by) == ("", None)
    assert not JournalEntry.objects.filter(idempotency_key=f"payout:approved:{payout.pk}").exists()
    assert not AuditLog.objects.filter(action="payout.approve", target_id=str(payout.pk)).exists()


def test_valid_code_approves_and_snapshots_the_rib(draft):
    staff, secret = finance_staff()
    approved = services.payout_approve(payout=draft, user=staff, otp_code=totp_code(secret))
    assert approved.status == S.APPROVED
    assert approved.rib == valid_rib() and approved.account_holder == "Coopérative Tifawt"
    assert approved.approved_by == staff and approved.approved_at is not None
    assert JournalEntry.objects.filter(idempotency_key=f"payout:approved:{draft.pk}").count() == 1
    audit = AuditLog.objects.get(action="payout.approve")
    assert audit.actor == staff and valid_rib() not in str(audit.data)


def test_code_with_spaces_is_accepted(draft):
    staff, secret = finance_staff()
    code = totp_code(secret)
    services.payout_approve(payout=draft, user=staff, otp_code=f" {code[:3]} {code[3:]} ")
    draft.refresh_from_db()
    assert draft.status == S.APPROVED


@pytest.mark.parametrize("code", ["", "000000x", "12345"])
def test_malformed_code_is_refused(draft, code):
    staff, _secret = finance_staff()
    with pytest.raises(ValidationError):
        services.payout_approve(payout=draft, user=staff, otp_code=code)
    _unchanged(draft)


def test_wrong_code_is_refused(draft):
    staff, secret = finance_staff()
    wrong = f"{(int(totp_code(secret)) + 1) % 1_000_000:06d}"
    with pytest.raises(ValidationError):
        services.payout_approve(payout=draft, user=staff, otp_code=wrong)
    _unchanged(draft)


def test_a_code_cannot_be_used_twice(draft):
    staff, secret = finance_staff()
    code = totp_code(secret)
    services.payout_approve(payout=draft, user=staff, otp_code=code)
    other = cooperative()
    sold(other)
    [second] = services.batch_create(period=PERIOD)
    with pytest.raises(ValidationError):
        services.payout_approve(payout=second, user=staff, otp_code=code)
    _unchanged(second)


def test_staff_without_authenticator_is_refused(draft):
    staff, secret = finance_staff(authenticator=False)
    with pytest.raises(ValidationError):
        services.payout_approve(payout=draft, user=staff, otp_code=totp_code(secret))
    _unchanged(draft)


def test_non_staff_and_staff_without_permission_are_refused(draft):
    manager = manager_of(draft.cooperative)
    for user in (UserFactory(), manager, finance_staff(permission=False)[0]):
        with pytest.raises(PermissionDenied):
            services.payout_approve(payout=draft, user=user, otp_code="123456")
    _unchanged(draft)


def test_missing_rib_is_refused_and_the_code_is_not_spent(draft):
    coop = draft.cooperative
    coop.rib = ""
    coop.save(update_fields=["rib"])
    staff, secret = finance_staff()
    code = totp_code(secret)
    with pytest.raises(ValidationError) as caught:
        services.payout_approve(payout=draft, user=staff, otp_code=code)
    assert caught.value.code == "rib"
    _unchanged(draft)
    coop.rib = valid_rib()
    coop.save(update_fields=["rib"])
    services.payout_approve(payout=draft, user=staff, otp_code=code)


def test_paid_needs_an_approved_payout_and_a_reference_and_tells_the_managers(draft):
    manager = manager_of(draft.cooperative)
    staff, secret = finance_staff()
    with pytest.raises(ValidationError):  # still a draft
        services.payout_mark_paid(payout=draft, bank_reference="VIR-1", user=staff)
    services.payout_approve(payout=draft, user=staff, otp_code=totp_code(secret))
    with pytest.raises(ValidationError):
        services.payout_mark_paid(payout=draft, bank_reference="  ", user=staff)
    paid = services.payout_mark_paid(payout=draft, bank_reference=" VIR-1 ", user=staff)
    assert (paid.status, paid.bank_reference, paid.closed_by) == (S.PAID, "VIR-1", staff)
    assert JournalEntry.objects.filter(idempotency_key=f"payout:paid:{draft.pk}").count() == 1
    messages = OutboundMessage.objects.filter(recipient=manager.email)
    assert messages.count() == 1 and draft.public_id in messages.get().subject
    with pytest.raises(ValidationError):  # only once
        services.payout_mark_paid(payout=draft, bank_reference="VIR-2", user=staff)
    with pytest.raises(ValidationError):
        services.payout_mark_failed(payout=draft, reason="x", user=staff)


def test_failed_needs_a_reason_and_reverses_the_approval(draft):
    staff, secret = finance_staff()
    services.payout_approve(payout=draft, user=staff, otp_code=totp_code(secret))
    with pytest.raises(ValidationError):
        services.payout_mark_failed(payout=draft, reason=" ", user=staff)
    failed = services.payout_mark_failed(payout=draft, reason="RIB refusé", user=staff)
    assert (failed.status, failed.failure_reason) == (S.FAILED, "RIB refusé")
    assert JournalEntry.objects.filter(idempotency_key=f"payout:failed:{draft.pk}").count() == 1


def test_only_a_draft_can_be_cancelled(draft):
    staff, secret = finance_staff()
    services.payout_approve(payout=draft, user=staff, otp_code=totp_code(secret))
    with pytest.raises(ValidationError):
        services.payout_cancel(payout=draft, user=staff)
    with pytest.raises(PermissionDenied):
        services.payout_cancel(payout=draft, user=UserFactory())


def test_bank_file_lists_approved_payouts_with_their_rib_and_refuses_others(draft):
    staff, secret = finance_staff()
    services.payout_approve(payout=draft, user=staff, otp_code=totp_code(secret))
    draft.refresh_from_db()
    content = services.bank_file(services.approved_for_period(PERIOD))
    rows = [row.split(",") for row in content.strip().split("\r\n")]
    assert rows[0] == ["beneficiary_name", "rib", "amount", "reference", "label"]
    assert rows[1][:4] == [
        "Cooperative Tifawt",
        valid_rib(),
        f"{draft.amount:.2f}",
        draft.public_id,
    ]
    Payout.objects.filter(pk=draft.pk).update(rib="")
    draft.refresh_from_db()
    with pytest.raises(ValidationError):
        services.bank_file([draft])
    other = cooperative()
    sold(other)
    [pending] = services.batch_create(period=PERIOD)
    with pytest.raises(ValidationError):
        services.bank_file([pending])


def test_batch_dates_follow_the_settings(settings):
    settings.PAYOUT_DAYS = [1, 16]
    assert payout_periods(dt.date(2026, 12, 1), dt.date(2027, 1, 20)) == [
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 16),
        dt.date(2027, 1, 1),
        dt.date(2027, 1, 16),
    ]
    assert current_period(dt.date(2026, 12, 15)) == dt.date(2026, 12, 1)
    assert current_period(dt.date(2026, 12, 16)) == dt.date(2026, 12, 16)
    assert next_period(dt.date(2026, 12, 16)) == dt.date(2027, 1, 1)
    settings.PAYOUT_DAYS = [5]
    assert next_period(dt.date(2026, 12, 5)) == dt.date(2027, 1, 5)
    settings.PAYOUT_DAYS = [31]
    with pytest.raises(ValueError):
        next_period(dt.date(2026, 12, 5))


def test_scheduled_task_creates_the_batch_on_batch_days_only(settings, monkeypatch):
    coop = cooperative()
    sold(coop)
    today = PERIOD
    monkeypatch.setattr(tasks, "local_today", lambda: today)
    settings.PAYOUT_DAYS = [((today.day % 28) + 1)]  # not today
    assert tasks.payouts_batch_task.call() == 0
    settings.PAYOUT_DAYS = [today.day] if today.day <= 28 else [1]
    if today.day > 28:
        pytest.skip("batch days stop at 28")
    assert tasks.payouts_batch_task.call() == 1
    assert tasks.payouts_batch_task.call() == 0  # idempotent
    assert Payout.objects.get().period == today
