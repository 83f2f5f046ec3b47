"""Views of the CMI gateway simulator (development and tests only, see simulator.py)."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.module_loading import import_string
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import simulator
from .cmi import CMIConfig


def _enabled_config() -> CMIConfig:
    if not settings.CMI_SIMULATOR_ENABLED:
        raise Http404
    return CMIConfig.from_settings()


def _params(request: HttpRequest) -> dict[str, str]:
    return {name: request.POST[name] for name in request.POST if name != "card"}


# The real gateway is another site: the shop's form carries no CSRF token, and the HASH
# authenticates the fields. The simulator behaves the same.
@csrf_exempt
@require_POST
def gateway(request: HttpRequest) -> HttpResponse:
    """Step 1-2: check the request, then offer test cards."""
    config = _enabled_config()
    params = _params(request)
    errors = simulator.request_errors(params, config=config)
    context = {
        "errors": errors,
        "params": params,
        "approved_card": simulator.APPROVED_CARD,
        "declined_card": simulator.DECLINED_CARD,
    }
    return render(
        request, "payments/simulator/gateway.html", context, status=400 if errors else 200
    )


@csrf_exempt
@require_POST
def pay(request: HttpRequest) -> HttpResponse:
    """Step 3-4: post the signed callback to the shop, then send the browser back."""
    config = _enabled_config()
    params = _params(request)
    errors = simulator.request_errors(params, config=config)
    if errors:
        context = {"errors": errors, "params": params}
        return render(request, "payments/simulator/gateway.html", context, status=400)
    transport = import_string(settings.CMI_SIMULATOR_TRANSPORT)
    result = simulator.simulate_payment(
        params, card=request.POST.get("card", ""), config=config, transport=transport
    )
    return render(request, "payments/simulator/redirect.html", {"result": result})
