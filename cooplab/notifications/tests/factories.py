from __future__ import annotations

import factory

from cooplab.notifications.models import Channel, MessageStatus, OutboundMessage


class OutboundMessageFactory(factory.django.DjangoModelFactory[OutboundMessage]):
    class Meta:
        model = OutboundMessage

    channel = Channel.SMS
    recipient = factory.Sequence(lambda n: f"+2126120{n:05d}")
    language = "fr"
    body = "CoopLab : commande CL-1 expédiée."
    template = "orders/shipped"
    status = MessageStatus.SENT
