"""A fake shop for simulator tests: a callback view that verifies like the real one will, and a
transport that reaches it through Django's test client (no network)."""

from __future__ import annotations

from collections.abc import Mapping

from django.http import HttpRequest, HttpResponse
from django.test import Client
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt

from cooplab.payments.cmi import CallbackAnswer, CMIConfig, verify_callback
from cooplab.payments.simulator import CallbackDelivery, django_client_transport

#: Callbacks received by the fake shop (reset by the tests).
RECEIVED: list[dict[str, str]] = []
#: What the fake shop answers to an approved payment.
ANSWER = {"approved": CallbackAnswer.POSTAUTH}


@csrf_exempt
def callback(request: HttpRequest) -> HttpResponse:
    result = verify_callback(request.POST, config=CMIConfig.from_settings())
    RECEIVED.append(dict(result.params))
    if not result.valid_hash:
        return HttpResponse(CallbackAnswer.FAILURE, content_type="text/plain")
    answer = ANSWER["approved"] if result.approved else CallbackAnswer.APPROVED
    return HttpResponse(answer, content_type="text/plain")


urlpatterns = [
    path("shop/cmi/callback/", callback),
    path("dev/cmi-simulator/", include("cooplab.payments.simulator_urls")),
]


def transport(url: str, fields: Mapping[str, str]) -> CallbackDelivery:
    return django_client_transport(Client())(url, fields)
