from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone

from cooplab.core.outbox import email_send_after_commit as legacy_email
from cooplab.core.outbox import sms_send_after_commit as legacy_sms
from cooplab.notifications import services
from cooplab.notifications.models import Channel, MessageStatus, OutboundMessage
from cooplab.notifications.services import Recipient, message_queue, notify
from cooplab.notifications.sms import LocmemSMSBackend, SMSMessage
from cooplab.notifications.tasks import messages_retry_due

from .test_templates import fake_context


class FlakySMS:
    """Fails the first `failures` sends, then delivers to the locmem outbox."""

    failures = 0

    def send(self, message: SMSMessage) -> str:
        if FlakySMS.failures > 0:
            FlakySMS.failures -= 1
            raise ConnectionError("provider down")
        LocmemSMSBackend.outbox.append(message)
        return "prov-1"


FLAKY = "cooplab.notifications.tests.test_outbox.FlakySMS"


def _make_due(message: OutboundMessage) -> None:
    """Let the retry delay pass."""
    OutboundMessage.objects.filter(pk=message.pk).update(
        next_attempt_at=timezone.now() - dt.timedelta(seconds=1)
    )


def _queue_shipped(**overrides):
    options = {
        "channel": Channel.SMS,
        "to": "06 12 34 56 78",
        "template": "orders/shipped",
        "context": fake_context(),
        "language": "fr",
        "dedupe_key": "coop-order-7-shipped",
        "ref": ("orders.CooperativeOrder", 7),
    }
    return message_queue(**{**options, **overrides})


@pytest.mark.django_db(transaction=True)
def test_queued_message_is_recorded_then_sent_after_commit():
    with transaction.atomic():
        message = _queue_shipped()
        assert LocmemSMSBackend.outbox == []
        assert OutboundMessage.objects.get().status == MessageStatus.QUEUED
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert message.recipient == "+212612345678"
    assert (message.ref_type, message.ref_id) == ("orders.CooperativeOrder", "7")
    assert message.attempts == 1
    assert message.sent_at is not None
    (sms,) = LocmemSMSBackend.outbox
    assert sms.to == "+212612345678"
    assert sms.body == message.body
    assert "CL-2026-000123" in sms.body


@pytest.mark.django_db(transaction=True)
def test_rollback_leaves_no_message_and_sends_nothing():
    with pytest.raises(RuntimeError), transaction.atomic():
        _queue_shipped()
        _queue_shipped(channel=Channel.EMAIL, to="client@example.org", dedupe_key=None)
        legacy_sms(to="+212612345678", body="Hello")
        legacy_email(EmailMultiAlternatives("S", "B", to=["a@example.org"]))
        assert OutboundMessage.objects.count() == 4
        raise RuntimeError("boom")
    assert OutboundMessage.objects.count() == 0
    assert LocmemSMSBackend.outbox == []
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_same_dedupe_key_returns_the_first_message_and_sends_once():
    first = _queue_shipped()
    with transaction.atomic():
        second = _queue_shipped(context=fake_context(number="OTHER"))
    assert second is not None and first is not None
    assert second.pk == first.pk
    assert OutboundMessage.objects.count() == 1
    assert len(LocmemSMSBackend.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_duplicate_insert_race_keeps_the_callers_transaction_usable(monkeypatch):
    """Another process inserted the same key between our check and our insert."""
    first = _queue_shipped()
    real_filter = OutboundMessage.objects.filter
    calls = {"n": 0}

    def blind_first_lookup(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:  # the pre-check does not see the other process's row
            return OutboundMessage.objects.none()
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(OutboundMessage.objects, "filter", blind_first_lookup)
    with transaction.atomic():
        again = _queue_shipped()
        assert OutboundMessage.objects.count() == 1  # the transaction still works
    assert again is not None and first is not None and again.pk == first.pk
    assert len(LocmemSMSBackend.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_notify_queues_each_channel_in_each_recipients_language_once():
    people = [
        Recipient(name="Amina", email="amina@example.org", phone="0612345678", language="ar"),
        Recipient(name="Paul", email="paul@example.org", language="en", channels=("email",)),
        Recipient(name="Sans adresse", language="fr"),
    ]
    context = fake_context()
    sent = notify(
        event="orders/shipped",
        recipients=people,
        context=context,
        ref=("orders.CooperativeOrder", 7),
        dedupe_base="coop-order-7",
    )
    again = notify(
        event="orders/shipped", recipients=people, context=context, dedupe_base="coop-order-7"
    )
    assert sorted((m.channel, m.recipient, m.language) for m in sent) == [
        ("email", "amina@example.org", "ar"),
        ("email", "paul@example.org", "en"),
        ("sms", "+212612345678", "ar"),
    ]
    assert {m.pk for m in again} == {m.pk for m in sent}
    assert OutboundMessage.objects.count() == 3
    assert len(mail.outbox) == 2
    assert len(LocmemSMSBackend.outbox) == 1
    paul = next(m for m in mail.outbox if m.to == ["paul@example.org"])
    assert paul.body.startswith("Hello Paul,")
    assert "Le Safran d'Argan & Co" in paul.body  # plain text: not HTML-escaped


@pytest.mark.django_db
def test_unusable_address_queues_nothing():
    assert _queue_shipped(to="not a phone") is None
    assert _queue_shipped(channel=Channel.EMAIL, to="", dedupe_key=None) is None
    assert OutboundMessage.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_failed_delivery_is_retried_with_backoff_until_sent(settings):
    settings.SMS_BACKEND = FLAKY
    FlakySMS.failures = 2
    message = _queue_shipped()
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert message.attempts == 1
    assert message.last_error == "ConnectionError: provider down"
    assert message.next_attempt_at is not None
    # Not due yet: the job leaves it alone.
    assert services.messages_retry_due() == []
    _make_due(message)
    assert services.messages_retry_due() == [message.pk]  # the immediate backend delivers
    message.refresh_from_db()
    assert message.attempts == 2
    assert message.status == MessageStatus.FAILED
    assert message.next_attempt_at - message.last_attempt_at >= dt.timedelta(seconds=4 * 60)
    _make_due(message)
    services.messages_retry_due()
    message.refresh_from_db()
    assert (message.status, message.attempts, message.last_error) == (MessageStatus.SENT, 3, "")
    assert message.provider_message_id == "prov-1"
    assert len(LocmemSMSBackend.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_retries_stop_after_the_maximum_attempts(settings):
    settings.SMS_BACKEND = FLAKY
    settings.NOTIFICATIONS_MAX_ATTEMPTS = 2
    FlakySMS.failures = 5
    message = _queue_shipped()
    _make_due(message)
    services.messages_retry_due()
    message.refresh_from_db()
    assert (message.status, message.attempts, message.next_attempt_at) == ("failed", 2, None)
    far = timezone.now() + dt.timedelta(days=2)
    assert services.messages_retry_due(now=far) == []
    assert services.message_deliver(message_id=message.pk) == MessageStatus.FAILED
    message.refresh_from_db()
    assert message.attempts == 2
    assert LocmemSMSBackend.outbox == []


@pytest.mark.django_db(transaction=True)
def test_delivery_is_idempotent():
    message = _queue_shipped()
    assert services.message_deliver(message_id=message.pk) == MessageStatus.SENT
    assert services.message_deliver(message_id=message.pk) == MessageStatus.SENT
    assert services.message_deliver(message_id=999_999) == "missing"
    message.refresh_from_db()
    assert message.attempts == 1
    assert len(LocmemSMSBackend.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_message_stuck_in_sending_is_sent_again_by_the_retry_job():
    """A worker died mid-send: the row stays "sending"; after the stuck delay the job retries."""
    message = _queue_shipped()
    LocmemSMSBackend.outbox.clear()
    stuck = OutboundMessage.objects.filter(pk=message.pk)
    stuck.update(
        status=MessageStatus.SENDING,
        attempts=1,
        last_attempt_at=timezone.now() - dt.timedelta(minutes=5),
    )
    assert services.message_deliver(message_id=message.pk) == MessageStatus.SENDING  # too soon
    assert services.messages_retry_due() == []
    stuck.update(last_attempt_at=timezone.now() - dt.timedelta(minutes=16))
    assert messages_retry_due.enqueue().return_value == 1
    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.SENT, 2)
    assert len(LocmemSMSBackend.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_queued_message_whose_task_was_lost_is_sent_by_the_retry_job(monkeypatch):
    monkeypatch.setattr(services, "_enqueue", lambda message_id: None)  # enqueue lost
    message = _queue_shipped()
    monkeypatch.undo()
    assert services.messages_retry_due() == []
    OutboundMessage.objects.filter(pk=message.pk).update(
        created_at=timezone.now() - dt.timedelta(minutes=20)
    )
    assert services.messages_retry_due() == [message.pk]
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT


@pytest.mark.django_db(transaction=True)
def test_sensitive_text_is_erased_once_sent():
    message = services.sms_send_after_commit(
        to="+212612345678", body="Code 123456", template="account/code", sensitive=True
    )
    assert message is not None
    message.refresh_from_db()
    assert (message.status, message.body, message.sensitive) == ("sent", "", True)
    assert LocmemSMSBackend.outbox[0].body == "Code 123456"


@pytest.mark.django_db(transaction=True)
def test_cod_code_template_is_always_sensitive():
    message = _queue_shipped(template="orders/cod_confirm", dedupe_key=None)
    assert message is not None and message.sensitive


@pytest.mark.django_db(transaction=True)
def test_email_carries_html_alternative_sender_and_message_id():
    email = EmailMultiAlternatives("Sujet", "Texte", from_email="x@cooplab.ma", to=["a@ex.org"])
    email.attach_alternative("<p>Texte</p>", "text/html")
    (message,) = services.email_send_after_commit(email, template="test/x")
    message.refresh_from_db()
    (sent,) = mail.outbox
    assert sent.from_email == "x@cooplab.ma"
    assert sent.alternatives[0][0] == "<p>Texte</p>"
    assert message.provider_message_id == sent.extra_headers["Message-ID"]
    assert message.status == MessageStatus.SENT


def test_retry_delay_grows_and_is_capped(settings):
    settings.NOTIFICATIONS_RETRY_DELAY = 60
    assert [services.retry_delay(n).total_seconds() for n in (1, 2, 3, 4, 5, 9)] == [
        60,
        240,
        960,
        3840,
        15360,
        21600,
    ]
