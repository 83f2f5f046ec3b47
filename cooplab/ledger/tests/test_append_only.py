"""The journal cannot be changed: not through the model, the queryset, nor raw SQL."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction

from cooplab.ledger import accounts as codes
from cooplab.ledger.models import (
    AppendOnlyError,
    EntryKind,
    JournalEntry,
    JournalLine,
)
from cooplab.ledger.selectors import trial_balance
from cooplab.ledger.services import account_get_or_create

from .factories import post_sale

pytestmark = pytest.mark.django_db
D = Decimal


def test_saving_an_existing_entry_or_line_is_refused():
    entry = post_sale()
    entry.memo = "changed"
    with pytest.raises(AppendOnlyError):
        entry.save()
    line = entry.lines.first()
    line.amount = D("1.00")
    with pytest.raises(AppendOnlyError):
        line.save()
    assert JournalEntry.objects.get().memo == "test sale"


def test_deleting_an_entry_or_line_is_refused():
    entry = post_sale()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        entry.lines.first().delete()
    assert JournalEntry.objects.count() == 1
    assert JournalLine.objects.count() == 2


def test_queryset_update_delete_and_bulk_update_are_refused():
    entry = post_sale()
    with pytest.raises(AppendOnlyError):
        JournalEntry.objects.update(memo="x")
    with pytest.raises(AppendOnlyError):
        JournalEntry.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        JournalLine.objects.filter(entry=entry).update(amount=D("1.00"))
    with pytest.raises(AppendOnlyError):
        entry.lines.all().delete()
    with pytest.raises(AppendOnlyError):
        JournalLine.objects.bulk_update(list(entry.lines.all()), ["amount"])
    assert trial_balance().total == 0
    assert JournalLine.objects.count() == 2


def test_orm_lines_for_a_posted_entry_are_refused_by_the_database():
    entry = post_sale()
    bank = account_get_or_create(code=codes.BANK)
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalLine.objects.create(entry=entry, account=bank, amount=D("1.00"))
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalLine.objects.bulk_create(
            [
                JournalLine(entry=entry, account=bank, amount=D("1.00")),
                JournalLine(entry=entry, account=bank, amount=D("-1.00")),
            ]
        )
    assert JournalLine.objects.count() == 2


def test_an_unbalanced_entry_written_with_the_orm_is_refused_by_the_database():
    bank = account_get_or_create(code=codes.BANK)
    refunds = account_get_or_create(code=codes.REFUNDS)
    entry_id = uuid.uuid4()
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalLine.objects.bulk_create(
            [
                JournalLine(entry_id=entry_id, account=bank, amount=D("10.00")),
                JournalLine(entry_id=entry_id, account=refunds, amount=D("-9.99")),
            ]
        )
        JournalEntry(id=entry_id, kind=EntryKind.ADJUSTMENT, idempotency_key="raw").save()
    assert JournalEntry.objects.count() == 0
    assert JournalLine.objects.count() == 0


def test_an_entry_without_lines_or_with_one_line_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalEntry.objects.create(kind=EntryKind.ADJUSTMENT, idempotency_key="empty")
    bank = account_get_or_create(code=codes.BANK)
    entry_id = uuid.uuid4()
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalLine.objects.create(entry_id=entry_id, account=bank, amount=D("0.00"))
    with pytest.raises(IntegrityError), transaction.atomic():
        JournalLine.objects.create(entry_id=entry_id, account=bank, amount=D("5.00"))
        JournalEntry(id=entry_id, kind=EntryKind.ADJUSTMENT, idempotency_key="one").save()
    assert JournalEntry.objects.count() == 0


def test_balanced_lines_written_with_the_orm_then_the_entry_are_accepted():
    # The database guarantee is about balance, not about who writes: this is what the
    # service does.
    bank = account_get_or_create(code=codes.BANK)
    refunds = account_get_or_create(code=codes.REFUNDS)
    entry_id = uuid.uuid4()
    with transaction.atomic():
        JournalLine.objects.create(entry_id=entry_id, account=bank, amount=D("0.10"))
        JournalLine.objects.create(entry_id=entry_id, account=bank, amount=D("0.20"))
        JournalLine.objects.create(entry_id=entry_id, account=refunds, amount=D("-0.30"))
        JournalEntry(id=entry_id, kind=EntryKind.ADJUSTMENT, idempotency_key="ok").save()
    assert trial_balance().total == 0


def test_raw_sql_update_is_refused_by_the_database():
    post_sale()
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE ledger_journalline SET amount = amount * 2")
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE ledger_journalentry SET memo = 'x'")
    assert trial_balance().total == 0


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no DELETE trigger: Django's test flush deletes rows (0007-ledger.md)",
)
def test_raw_sql_delete_is_refused_by_postgresql():
    post_sale()
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM ledger_journalline")
    assert JournalLine.objects.count() == 2


def test_admin_cannot_add_change_or_delete_journal_rows(rf, admin_user):
    from django.contrib import admin

    request = rf.get("/")
    request.user = admin_user
    entry = post_sale()
    for model in (JournalEntry, JournalLine.objects.model):
        if model not in admin.site._registry:
            continue
        model_admin = admin.site._registry[model]
        assert model_admin.has_add_permission(request) is False
        assert model_admin.has_change_permission(request, entry) is False
        assert model_admin.has_delete_permission(request, entry) is False
    assert JournalEntry in admin.site._registry
