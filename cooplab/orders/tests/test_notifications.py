"""Who is told what, when: messages are written with the order and sent only after commit;
a rolled-back order sends nothing; each event is told once."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client

from cooplab.cooperatives.tests.factories import CooperativeFactory, manager_of
from cooplab.notifications.models import OutboundMessage
from cooplab.notifications.sms import LocmemSMSBackend
from cooplab.orders import services
from cooplab.orders.models import CooperativeOrderStatus, Order
from cooplab.orders.states import Actor, InvalidTransition

from .factories import advance, place, product_with_stock, variant_of

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _clean_outboxes():
    from cooplab.catalog.categories import categories_sync
    from cooplab.catalog.models import Category

    categories_sync(Category)
    LocmemSMSBackend.outbox.clear()
    mail.outbox.clear()


def _sms_to(phone: str) -> list[str]:
    return [m.body for m in LocmemSMSBackend.outbox if m.to == phone]


def test_rolled_back_order_sends_no_email_and_no_sms():
    cooperative = CooperativeFactory()
    manager_of(cooperative)
    variant = variant_of(product_with_stock(cooperative, stock=5))
    LocmemSMSBackend.outbox.clear()
    mail.outbox.clear()

    with pytest.raises(RuntimeError), transaction.atomic():
        place([(variant, 1)])
        assert OutboundMessage.objects.exists()
        raise RuntimeError("the transaction fails after the order was written")

    assert Order.objects.count() == 0
    assert OutboundMessage.objects.count() == 0
    assert LocmemSMSBackend.outbox == []
    assert mail.outbox == []


def test_placed_order_tells_the_customer_with_a_code_and_each_cooperative_once():
    first, second = CooperativeFactory(), CooperativeFactory()
    manager_a, manager_b = manager_of(first), manager_of(second)
    LocmemSMSBackend.outbox.clear()
    mail.outbox.clear()
    order = place(
        [
            (variant_of(product_with_stock(first, stock=5)), 1),
            (variant_of(product_with_stock(second, stock=5)), 1),
        ]
    )

    customer_sms = _sms_to(order.phone)
    assert len(customer_sms) == 2
    assert any(order.number in body for body in customer_sms)
    code_sms = next(body for body in customer_sms if "code" in body)
    code = re.search(r"\b(\d{6})\b", code_sms).group(1)
    assert [m for m in mail.outbox if m.to == [order.email]]
    for manager in (manager_a, manager_b):
        assert len([m for m in mail.outbox if m.to == [manager.email]]) == 1
    # The code message is sensitive: the staff page must not show it.
    assert OutboundMessage.objects.get(template="orders/cod_confirm").sensitive

    services.order_confirm_with_code(order=order, code=code)
    assert set(order.parts.values_list("status", flat=True)) == {
        CooperativeOrderStatus.CONFIRMED
    }
    confirmed = [b for b in _sms_to(order.phone) if b not in customer_sms]
    assert len(confirmed) == 1  # one message for the order, not one per cooperative


def test_shipping_tells_the_customer_the_carrier_and_tracking_number():
    order = place()
    LocmemSMSBackend.outbox.clear()
    advance(order, "confirm", "ship")
    shipped = [b for b in _sms_to(order.phone) if "RR123456789MA" in b]
    assert len(shipped) == 1


def test_the_same_transition_cannot_message_twice():
    order = place()
    part = order.parts.get()
    services.part_transition(part=part, action="confirm", actor=Actor.COOPERATIVE, user=None)
    count = OutboundMessage.objects.count()
    with pytest.raises(InvalidTransition):
        services.part_transition(part=part, action="confirm", actor=Actor.COOPERATIVE, user=None)
    assert OutboundMessage.objects.count() == count


def test_confirmation_link_confirms_only_on_post():
    order = place()
    body = next(b for b in _sms_to(order.phone) if "http" in b)
    path = re.search(r"https?://[^/]+(/\S+)", body).group(1)
    client = Client()
    assert client.get(path).status_code == 200
    assert set(order.parts.values_list("status", flat=True)) == {"awaiting_confirmation"}
    response = client.post(path)
    assert response.status_code == 302
    assert set(order.parts.values_list("status", flat=True)) == {"confirmed"}
    # The guest may now see the order page from this browser.
    assert client.get(response["Location"]).status_code == 200
