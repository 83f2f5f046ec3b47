"""Every order message renders in ar, fr and en, completely, and SMS stay short."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from django.conf import settings

from cooplab.notifications.services import Recipient, message_render

ORDER_EVENTS = [
    "orders/placed",
    "orders/cod_confirm",
    "orders/confirmed",
    "orders/shipped",
    "orders/delivered",
    "orders/cancelled",
    "orders/expired",
    "orders/refund_issued",
    "orders/coop_new",
    "orders/coop_cancelled",
    "orders/coop_withdrawal_requested",
]
LANGUAGES = ["ar", "fr", "en"]
TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates" / "notifications"


def fake_context(number: str = "CL-2026-000123") -> dict[str, Any]:
    cooperative = SimpleNamespace(name="Le Safran d'Argan & Co")
    coop_order = SimpleNamespace(
        number=f"{number}-A",
        cooperative=cooperative,
        total=Decimal("1234.50"),
        get_status_display=lambda: "Expédiée",
        carrier="Amana",
        tracking_number="RR123456789MA",
        tracking_url="https://amana.example/track/RR123456789MA",
        cancel_reason="Rupture de stock",
    )
    order = SimpleNamespace(
        number=number,
        total=Decimal("1264.50"),
        customer_name="Amina El Idrissi",
        created_at=dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC),
    )
    return {
        "order": order,
        "coop_order": coop_order,
        "coop_orders": [coop_order, SimpleNamespace(**{**vars(coop_order), "number": "B"})],
        "tracking_url": "https://cooplab.ma/fr/orders/t/Ab3dE5gH/",
        "code": "482913",
        "confirm_url": "https://cooplab.ma/fr/orders/c/Ab3dE5gH/",
        "withdrawal_deadline": dt.date(2026, 3, 12),
        "review_url": "https://cooplab.ma/fr/orders/t/Ab3dE5gH/#review",
        "backoffice_url": "https://cooplab.ma/fr/coop/orders/CL-2026-000123-A/",
        "cancelled_by": "cooperative",
        "reason": "",
        "amount": Decimal("90.00"),
        "recipient": Recipient(name="Amina", language="fr"),
    }


def test_every_order_event_has_its_three_templates():
    for event in ORDER_EVENTS:
        for part in ("subject", "body", "sms"):
            assert (TEMPLATES_DIR / f"{event}_{part}.txt").is_file(), (event, part)


def test_body_templates_document_their_context():
    for event in ORDER_EVENTS:
        head = (TEMPLATES_DIR / f"{event}_body.txt").read_text().split("{% endcomment %}")[0]
        assert "{% comment %}" in head and "Context:" in head, event


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("event", ORDER_EVENTS)
def test_order_message_renders_completely(event: str, language: str):
    context = fake_context()
    subject, body, _html = message_render(
        channel="email", template=event, context=context, language=language
    )
    _subject, sms, _ = message_render(
        channel="sms", template=event, context=context, language=language
    )
    for text in (subject, body, sms):
        assert text.strip()
        assert "{{" not in text and "{%" not in text and "}}" not in text
        assert "&#x27;" not in text and "&amp;" not in text  # plain text is not HTML-escaped
        assert "\n\n\n" not in text
    assert "\n" not in subject and "\n" not in sms
    assert "CL-2026-000123" in subject + body
    assert "CL-2026-000123" in sms
    if language == "ar":
        assert re.search("[\u0600-\u06ff]", body + sms), "Arabic text expected"
        # One Arabic SMS part holds 70 characters; only the link of cod_confirm needs two.
        assert len(sms) <= (160 if event == "orders/cod_confirm" else 70), (len(sms), sms)
    else:
        assert len(sms) <= 160, (len(sms), sms)


def test_money_code_and_links_appear_where_promised():
    context = fake_context()
    _s, body, _h = message_render(
        channel="email", template="orders/placed", context=context, language="fr"
    )
    assert "1\u202f264,50\xa0DH" in body or "1 264,50 DH" in body.replace("\u202f", " ").replace(
        "\xa0", " "
    )
    assert "https://cooplab.ma/fr/orders/t/Ab3dE5gH/" in body
    assert body.count("Le Safran d'Argan & Co") == 2
    _s, sms, _h = message_render(
        channel="sms", template="orders/cod_confirm", context=context, language="fr"
    )
    assert "482913" in sms and "https://cooplab.ma/fr/orders/c/Ab3dE5gH/" in sms
    _s, body, _h = message_render(
        channel="email", template="orders/delivered", context=context, language="en"
    )
    assert "withdraw" in body
    _s, body, _h = message_render(
        channel="email",
        template="orders/delivered",
        context={**context, "withdrawal_deadline": None},
        language="en",
    )
    assert "withdraw" not in body
    _s, body, _h = message_render(
        channel="email", template="orders/cancelled", context=context, language="en"
    )
    assert "The cooperative cancelled it." in body and "Reason: Rupture de stock" in body


def test_unknown_language_falls_back_to_french_and_bad_keys_are_refused():
    _s, sms, _h = message_render(
        channel="sms", template="orders/expired", context=fake_context(), language="de"
    )
    assert sms.startswith("CoopLab")
    with pytest.raises(ValueError):
        message_render(channel="sms", template="../secret", context={}, language="fr")
