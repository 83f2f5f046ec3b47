from __future__ import annotations

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction

from cooplab.core.outbox import email_send_after_commit, sms_send_after_commit
from cooplab.core.sms import LocmemSMSBackend


@pytest.mark.django_db(transaction=True)
def test_messages_leave_only_after_commit():
    with transaction.atomic():
        message = EmailMultiAlternatives("Subject", "Body", to=["a@example.org"])
        message.attach_alternative("<p>Body</p>", "text/html")
        email_send_after_commit(message)
        sms_send_after_commit(to="+212612345678", body="Hello")
        assert mail.outbox == []
        assert LocmemSMSBackend.outbox == []
    assert len(mail.outbox) == 1
    assert mail.outbox[0].alternatives[0][0] == "<p>Body</p>"
    assert LocmemSMSBackend.outbox[0].body == "Hello"


@pytest.mark.django_db(transaction=True)
def test_nothing_is_sent_when_the_transaction_rolls_back():
    with pytest.raises(RuntimeError), transaction.atomic():
        email_send_after_commit(EmailMultiAlternatives("S", "B", to=["a@example.org"]))
        sms_send_after_commit(to="+212612345678", body="Hello")
        raise RuntimeError("boom")
    assert mail.outbox == []
    assert LocmemSMSBackend.outbox == []


@pytest.mark.django_db(transaction=True)
def test_database_worker_sends_queued_email(settings):
    """With the database backend (make run), the worker delivers what was queued."""
    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    email_send_after_commit(EmailMultiAlternatives("Queued", "B", to=["a@example.org"]))
    assert mail.outbox == []
    call_command("db_worker", "--batch", verbosity=0)
    assert [m.subject for m in mail.outbox] == ["Queued"]
