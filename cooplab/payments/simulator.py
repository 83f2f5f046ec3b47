"""A local stand-in for CMI's hosted payment page, for development and tests ONLY.

Kept apart from the real client (``cmi.py``): its own module, its own URLs under
``/dev/cmi-simulator/``, mounted only when ``settings.CMI_SIMULATOR_ENABLED`` (dev and test;
``check --deploy`` refuses it in production).

It behaves like the gateway as seen from the shop:

1. receives the browser's form POST, checks the ``ver3`` hash and the client id;
2. shows a page where the developer picks a test card (approve or decline);
3. posts the server-to-server callback, signed with ``ver3``, to ``CallbackURL`` through a
   pluggable transport (``urllib_transport`` by default; tests plug in Django's test client);
4. sends the browser on to ``okUrl`` (approved AND the shop answered ``ACTION=POSTAUTH``) or
   ``failUrl`` (anything else), with an auto-submitting POST form, as CMI does.

What the real gateway does when the shop answers anything but ``ACTION=POSTAUTH`` to an approved
payment is not documented publicly; the simulator treats it as a failure (the cautious reading).
"""

from __future__ import annotations

import secrets
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final
from urllib.parse import urlencode, urlsplit

from django.utils import timezone

from .cmi import HASH_ALGORITHM, CallbackAnswer, CMIConfig, hash_matches, parse_amount, ver3_hash

#: Test cards: number -> (ProcReturnCode, Response, ErrMsg).
APPROVED_CARD: Final = "4111111111111111"
DECLINED_CARD: Final = "4000000000000002"
TEST_CARDS: Final[dict[str, tuple[str, str, str]]] = {
    APPROVED_CARD: ("00", "Approved", ""),
    DECLINED_CARD: ("05", "Declined", "Do not honour"),
}
UNKNOWN_CARD: Final = ("99", "Error", "Unknown test card")
REQUIRED_FIELDS: Final = (
    "clientid",
    "amount",
    "currency",
    "oid",
    "okUrl",
    "failUrl",
    "CallbackURL",
)
CALLBACK_TIMEOUT_SECONDS: Final = 10
MAX_ANSWER_BYTES: Final = 10_000


@dataclass(frozen=True)
class CallbackDelivery:
    """What the shop answered to the callback (``status`` 0 when it could not be reached)."""

    status: int
    body: str
    error: str = ""


Transport = Callable[[str, Mapping[str, str]], CallbackDelivery]


def urllib_transport(url: str, fields: Mapping[str, str]) -> CallbackDelivery:
    """POST ``fields`` form-encoded to ``url`` (http or https only)."""
    if urlsplit(url).scheme not in ("http", "https"):
        return CallbackDelivery(status=0, body="", error="CallbackURL must be http or https.")
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url,
        data=urlencode(dict(fields)).encode("utf-8"),
        headers={"Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=CALLBACK_TIMEOUT_SECONDS) as response:  # noqa: S310
            body = response.read(MAX_ANSWER_BYTES).decode("utf-8", "replace")
            return CallbackDelivery(status=response.status, body=body)
    except urllib.error.HTTPError as exc:
        return CallbackDelivery(status=exc.code, body="", error=str(exc))
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        return CallbackDelivery(status=0, body="", error=str(exc))


def request_errors(params: Mapping[str, str], *, config: CMIConfig) -> list[str]:
    """Why CMI would refuse this payment request (empty when it is acceptable)."""
    errors = [f"Missing field: {name}" for name in REQUIRED_FIELDS if not params.get(name)]
    if params.get("hashAlgorithm") != HASH_ALGORITHM:
        errors.append("hashAlgorithm must be ver3.")
    if not hash_matches(params, config.store_key):
        errors.append("The HASH does not match (wrong store key or altered fields).")
    if params.get("clientid") and params.get("clientid") != config.client_id:
        errors.append("Unknown clientid.")
    if params.get("amount") and parse_amount(params["amount"]) is None:
        errors.append("The amount must look like 123.45.")
    if params.get("currency") and params.get("currency") != config.currency:
        errors.append("Only the currency 504 (MAD) is accepted.")
    return errors


def _mask(card: str) -> str:
    digits = "".join(char for char in card if char.isdigit())
    return f"{digits[:6]}***{digits[-4:]}" if len(digits) >= 10 else "***"


def callback_fields(
    params: Mapping[str, str], *, card: str, config: CMIConfig, trans_id: str | None = None
) -> dict[str, str]:
    """The fields CMI posts to ``CallbackURL`` (and then to okUrl/failUrl), signed with ver3.

    The request's fields are echoed back (without its HASH) with the outcome added.
    """
    code, response, message = TEST_CARDS.get(card.replace(" ", ""), UNKNOWN_CARD)
    approved = code == "00"
    fields = {name: value for name, value in params.items() if name.lower() != "hash"}
    fields.update(
        {
            "ProcReturnCode": code,
            "Response": response,
            "ErrMsg": message,
            "TransId": trans_id or secrets.token_hex(8).upper(),
            "AuthCode": secrets.token_hex(3).upper() if approved else "",
            "mdStatus": "1" if approved else "0",
            "maskedCreditCard": _mask(card),
            "EXTRA.TRXDATE": timezone.now().strftime("%Y%m%d %H:%M:%S"),
            "hashAlgorithm": HASH_ALGORITHM,
        }
    )
    fields["HASH"] = ver3_hash(fields, config.store_key)
    return fields


@dataclass(frozen=True)
class Simulation:
    approved: bool
    callback: dict[str, str]
    delivery: CallbackDelivery
    redirect_url: str
    redirect_fields: dict[str, str]


def simulate_payment(
    params: Mapping[str, str], *, card: str, config: CMIConfig, transport: Transport
) -> Simulation:
    """Run steps 3 and 4 for a request that passed ``request_errors``."""
    fields = callback_fields(params, card=card, config=config)
    delivery = transport(params["CallbackURL"], fields)
    approved = fields["ProcReturnCode"] == "00"
    captured = (
        approved and delivery.status == 200 and delivery.body.strip() == (CallbackAnswer.POSTAUTH)
    )
    return Simulation(
        approved=approved,
        callback=fields,
        delivery=delivery,
        redirect_url=params["okUrl"] if captured else params["failUrl"],
        redirect_fields=fields,
    )


def django_client_transport(client: object) -> Transport:
    """A transport that posts through a Django test ``Client`` (tests: no network)."""

    def transport(url: str, fields: Mapping[str, str]) -> CallbackDelivery:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        response = client.post(path, dict(fields))  # type: ignore[attr-defined]
        return CallbackDelivery(status=response.status_code, body=response.content.decode())

    return transport
