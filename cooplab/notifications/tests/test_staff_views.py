from __future__ import annotations

import pytest
from django.urls import reverse

from cooplab.accounts.tests.factories import StaffFactory, UserFactory
from cooplab.core.models import AuditLog
from cooplab.notifications.models import MessageStatus, OutboundMessage
from cooplab.notifications.sms import LocmemSMSBackend

from .factories import OutboundMessageFactory

URL = "/fr/staff/messages/"


def test_url_is_stable():
    assert reverse("notifications:message_list") == URL


@pytest.mark.django_db
def test_list_needs_staff_with_permission(client):
    assert client.get(URL).status_code == 302
    client.force_login(UserFactory())
    assert client.get(URL).status_code == 403
    client.force_login(StaffFactory())  # staff without the role group's permission
    assert client.get(URL).status_code in {302, 403}


@pytest.mark.django_db
def test_list_shows_messages_and_hides_sensitive_text(client, messages_staff):
    OutboundMessageFactory(body="Votre colis est parti", template="orders/shipped")
    OutboundMessageFactory(body="Code 654321", template="account/code", sensitive=True)
    client.force_login(messages_staff)
    response = client.get(URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Votre colis est parti" in content
    assert "654321" not in content
    assert "account/code" in content


@pytest.mark.django_db
def test_filters_by_channel_status_recipient_and_template(client, messages_staff):
    OutboundMessageFactory(recipient="+212612345678", body="first sms")
    OutboundMessageFactory(
        channel="email", recipient="amina@example.org", body="an email", template="orders/placed"
    )
    OutboundMessageFactory(status=MessageStatus.FAILED, body="a failure", template="x/y")
    client.force_login(messages_staff)

    def bodies(**query):
        content = client.get(URL, query).content.decode()
        return {b for b in ("first sms", "an email", "a failure") if b in content}

    assert bodies() == {"first sms", "an email", "a failure"}
    assert bodies(channel="email") == {"an email"}
    assert bodies(status="failed") == {"a failure"}
    assert bodies(recipient="06 12 34 56 78") == {"first sms"}
    assert bodies(recipient="amina@") == {"an email"}
    assert bodies(template="orders/") == {"first sms", "an email"}
    assert bodies(channel="fax") == {"first sms", "an email", "a failure"}  # invalid: ignored


@pytest.mark.django_db
def test_list_query_count_does_not_grow_with_messages(
    client, messages_staff, django_assert_max_num_queries
):
    client.force_login(messages_staff)
    OutboundMessageFactory.create_batch(3)
    client.get(URL)  # warm caches (content types, permissions)
    with django_assert_max_num_queries(8) as few:
        assert client.get(URL).status_code == 200
    OutboundMessageFactory.create_batch(40, status=MessageStatus.FAILED)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL)
    assert response.content.decode().count("/retry/") == 40


@pytest.mark.django_db
def test_list_is_paginated(client, messages_staff):
    OutboundMessageFactory.create_batch(51)
    client.force_login(messages_staff)
    assert len(client.get(URL).context["page"]) == 50
    assert len(client.get(URL, {"page": 2}).context["page"]) == 1


@pytest.mark.django_db(transaction=True)
def test_staff_retry_sends_a_failed_message_again_and_audits(client, messages_staff):
    message = OutboundMessageFactory(status=MessageStatus.FAILED, attempts=5, body="Retry me")
    client.force_login(messages_staff)
    retry = reverse("notifications:message_retry", args=[message.public_id])
    response = client.post(retry, {"next": f"{URL}?status=failed"})
    assert response.status_code == 302 and response["Location"] == f"{URL}?status=failed"
    message.refresh_from_db()
    assert (message.status, message.attempts) == (MessageStatus.SENT, 6)
    assert [m.body for m in LocmemSMSBackend.outbox] == ["Retry me"]
    assert AuditLog.objects.filter(action="notifications.message_retry").count() == 1
    # Not failed any more: refused, nothing sent.
    client.post(retry)
    assert len(LocmemSMSBackend.outbox) == 1


@pytest.mark.django_db
def test_retry_refused_to_non_staff_changes_nothing(client):
    message = OutboundMessageFactory(status=MessageStatus.FAILED, attempts=5)
    client.force_login(UserFactory())
    retry = reverse("notifications:message_retry", args=[message.public_id])
    assert client.post(retry).status_code == 403
    assert client.get(retry).status_code == 405
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert not OutboundMessage.objects.exclude(status=MessageStatus.FAILED).exists()
