"""System checks for payment settings, run by `manage.py check --deploy` (production)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def cmi_settings_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    if getattr(settings, "CMI_SIMULATOR_ENABLED", False):
        messages.append(
            Error(
                "The CMI gateway simulator is enabled.",
                hint="Set CMI_SIMULATOR_ENABLED = False: it approves any payment.",
                id="payments.E001",
            )
        )
    if getattr(settings, "CMI_ENABLED", False):
        missing = [
            name
            for name in ("CMI_GATEWAY_URL", "CMI_CLIENT_ID", "CMI_STORE_KEY")
            if not getattr(settings, name, "")
        ]
        if missing:
            messages.append(
                Warning(
                    "Card payment (CMI_ENABLED) is on but CMI is not configured.",
                    hint=f"Set {', '.join(missing)} in the environment.",
                    id="payments.W001",
                )
            )
        elif not settings.CMI_GATEWAY_URL.startswith("https://"):
            messages.append(
                Warning(
                    "CMI_GATEWAY_URL does not use HTTPS.",
                    hint="Use the https:// address CMI gave you.",
                    id="payments.W002",
                )
            )
    if "bank_transfer" in getattr(settings, "ORDER_PAYMENT_METHODS", []):
        from cooplab.core.rib import is_valid_rib

        if not is_valid_rib(getattr(settings, "PLATFORM_BANK_RIB", "")):
            messages.append(
                Warning(
                    "Bank transfer is offered but PLATFORM_BANK_RIB is missing or not a valid RIB.",
                    hint="Set PLATFORM_BANK_RIB, PLATFORM_BANK_NAME and PLATFORM_BANK_HOLDER.",
                    id="payments.W003",
                )
            )
    return messages
