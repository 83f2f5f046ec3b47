r"""The CMI hosted-payment protocol (Centre Monétique Interbancaire, Morocco's card gateway).

Pure functions, no models and no network: the orders and payments services call them.

Flow (see docs/architecture.md, "Card payments with CMI"):

1. ``build_payment_request`` returns the URL of CMI's hosted page and the fields of a form
   that the customer's browser POSTs there (3D_PAY_HOSTING, PreAuth, MAD = ISO 4217 "504").
2. CMI calls ``CallbackURL`` server to server with the outcome. ``verify_callback`` checks the
   ``ver3`` hash and parses the fields; the caller then checks the order id, amount and
   currency against its own records (``CallbackResult.matches``), deduplicates, and answers
   with one of ``CallbackAnswer``.
3. CMI redirects the browser to ``okUrl`` or ``failUrl``. Those requests prove nothing: only
   the verified server-to-server callback changes a payment.

The ``ver3`` hash (``ver3_hash``), as the public PHP client ``cmi-payment-php`` computes it:

- every parameter except ``hash`` and ``encoding`` (names compared case-insensitively; so
  ``HASH`` is excluded too, ``hashAlgorithm`` is included);
- names sorted case-insensitively, in natural order (PHP's ``natcasesort``: "a2" before
  "a10"); the names CMI uses differ before any digit, so this is plain case-insensitive order;
- each value escaped: first ``\`` becomes ``\\``, then ``|`` becomes ``\|`` (in this order, so
  the backslash added for a ``|`` is not doubled again);
- the escaped values joined, each FOLLOWED by ``|``, then the escaped store key appended;
- SHA-512 of that text encoded as UTF-8, then base64 of the raw 64-byte digest.

There is no timestamp in the protocol: replay defence is the caller's deduplication and the
payment's terminal state.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from django.conf import settings

from cooplab.core.money import CENT

#: ISO 4217 numeric code of the Moroccan dirham.
MAD_NUMERIC: Final = "504"
HASH_ALGORITHM: Final = "ver3"
LANGUAGES: Final = frozenset({"fr", "ar", "en"})
#: Parameter names left out of the hash (compared lower-cased).
_UNHASHED: Final = frozenset({"hash", "encoding"})
_AMOUNT = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,2})?", re.ASCII)
_DIGIT_RUNS = re.compile(r"([0-9]+)")


class CallbackAnswer:
    """The body CMI expects in reply to its server-to-server callback."""

    #: Approved payment, recorded: capture the pre-authorisation.
    POSTAUTH: Final = "ACTION=POSTAUTH"
    #: Callback received and recorded, nothing to capture (a declined attempt, a duplicate).
    APPROVED: Final = "APPROVED"
    #: Technical failure or a callback that could not be trusted (bad hash, wrong amount).
    FAILURE: Final = "FAILURE"


@dataclass(frozen=True)
class CMIConfig:
    """Merchant settings given by CMI. ``store_key`` is a secret: it never appears in repr."""

    gateway_url: str
    client_id: str
    store_key: str = field(repr=False)
    currency: str = MAD_NUMERIC
    store_type: str = "3D_PAY_HOSTING"
    tran_type: str = "PreAuth"

    @classmethod
    def from_settings(cls) -> CMIConfig:
        """Read ``CMI_GATEWAY_URL``, ``CMI_CLIENT_ID`` and ``CMI_STORE_KEY`` from settings."""
        return cls(
            gateway_url=settings.CMI_GATEWAY_URL,
            client_id=settings.CMI_CLIENT_ID,
            store_key=settings.CMI_STORE_KEY,
        )

    @property
    def is_complete(self) -> bool:
        return bool(self.gateway_url and self.client_id and self.store_key)


@dataclass(frozen=True)
class PaymentRequest:
    """Where the browser posts (``url``) and what (``fields``, ``HASH`` included)."""

    url: str
    fields: dict[str, str]


@dataclass(frozen=True)
class CallbackResult:
    """A parsed callback. ``approved`` is never True when the hash is invalid."""

    valid_hash: bool
    order_id: str
    amount: Decimal | None
    currency: str
    approved: bool
    proc_return_code: str
    provider_reference: str
    error_message: str
    params: dict[str, str] = field(repr=False)

    def matches(self, *, order_id: str, amount: Decimal, currency: str = MAD_NUMERIC) -> bool:
        """True when the hash is valid and the callback is about this order, amount, currency."""
        return (
            self.valid_hash
            and self.order_id == order_id
            and self.amount is not None
            and self.amount == amount
            and self.currency == currency
        )


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|")


def _natural_case_insensitive(name: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key like PHP's natcasesort: case folded, runs of digits compared as numbers."""
    return tuple(
        (0, int(run), "") if run.isdigit() else (1, 0, run.upper())
        for run in _DIGIT_RUNS.split(name)
        if run
    )


def hash_plaintext(params: Mapping[str, str], store_key: str) -> str:
    """The text that ``ver3_hash`` digests (useful to debug a mismatch; contains the key)."""
    names = sorted(
        (name for name in params if name.lower() not in _UNHASHED),
        key=_natural_case_insensitive,
    )
    return "".join(f"{_escape(params[name])}|" for name in names) + _escape(store_key)


def ver3_hash(params: Mapping[str, str], store_key: str) -> str:
    """The CMI ``ver3`` hash of ``params`` with the merchant's ``store_key`` (module doc)."""
    digest = hashlib.sha512(hash_plaintext(params, store_key).encode("utf-8")).digest()
    return base64.b64encode(digest).decode("ascii")


def format_amount(amount: Decimal) -> str:
    """ "1234.50": two decimals, a dot, no grouping. Refuses amounts that would need rounding."""
    if isinstance(amount, bool) or not isinstance(amount, Decimal) or not amount.is_finite():
        raise ValueError("A CMI amount must be a finite Decimal.")
    if amount <= 0:
        raise ValueError("A CMI amount must be positive.")
    if amount != amount.quantize(CENT):
        raise ValueError("A CMI amount has at most two decimal places.")
    return f"{amount.quantize(CENT):f}"


def parse_amount(text: str) -> Decimal | None:
    """The amount of a callback ("1234.5", "1234.50"), or None when it is not a plain amount."""
    text = text.strip()
    if not _AMOUNT.fullmatch(text):
        return None
    try:
        return Decimal(text).quantize(CENT)
    except InvalidOperation:  # pragma: no cover - the pattern only lets plain numbers through
        return None


def build_payment_request(
    *,
    config: CMIConfig,
    order_id: str,
    amount: Decimal,
    ok_url: str,
    fail_url: str,
    callback_url: str,
    shop_url: str,
    lang: str,
    email: str,
    bill_to_name: str,
    rnd: str | None = None,
) -> PaymentRequest:
    """The signed form that sends the customer's browser to CMI's hosted payment page.

    ``amount`` is a Decimal with at most two decimals (``ValueError`` otherwise: never round
    what a customer pays); ``lang`` is "fr", "ar" or "en"; ``rnd`` defaults to a fresh random
    value (CMI wants it different on every request).
    """
    if not config.is_complete:
        raise ValueError(
            "CMI is not configured: set CMI_GATEWAY_URL, CMI_CLIENT_ID, CMI_STORE_KEY."
        )
    if not order_id:
        raise ValueError("A CMI payment needs an order id.")
    if lang not in LANGUAGES:
        raise ValueError(f"CMI pages exist in fr, ar and en, not {lang!r}.")
    fields = {
        "clientid": config.client_id,
        "storetype": config.store_type,
        "trantype": config.tran_type,
        "amount": format_amount(amount),
        "currency": config.currency,
        "oid": order_id,
        "okUrl": ok_url,
        "failUrl": fail_url,
        "CallbackURL": callback_url,
        "shopurl": shop_url,
        "lang": lang,
        "email": email,
        "BillToName": bill_to_name,
        "rnd": rnd if rnd is not None else secrets.token_hex(10),
        "hashAlgorithm": HASH_ALGORITHM,
        "encoding": "UTF-8",
    }
    fields["HASH"] = ver3_hash(fields, config.store_key)
    return PaymentRequest(url=config.gateway_url, fields=fields)


def hash_matches(params: Mapping[str, str], store_key: str) -> bool:
    """Constant-time check of the ``HASH`` (or ``hash``) parameter of ``params``."""
    received = params.get("HASH", params.get("hash", ""))
    if not received or not store_key:
        return False
    expected = ver3_hash(params, store_key)
    return hmac.compare_digest(expected.encode("utf-8"), received.encode("utf-8"))


def _plain(params: Mapping[str, Any]) -> dict[str, str]:
    """A copy with string values; a QueryDict gives the last value of each name."""
    return {str(name): str(params[name]) for name in params}


def verify_callback(params: Mapping[str, str], *, config: CMIConfig) -> CallbackResult:
    """Check the ``ver3`` hash of a callback and read its outcome.

    Approved means: valid hash, ``ProcReturnCode == "00"`` and ``Response == "Approved"``.
    The order id, amount and currency are NOT compared here (this module does not know the
    order): call ``CallbackResult.matches`` before trusting the result.
    """
    plain = _plain(params)
    valid = plain.get("hashAlgorithm", HASH_ALGORITHM) == HASH_ALGORITHM and hash_matches(
        plain, config.store_key
    )
    code = plain.get("ProcReturnCode", "")
    return CallbackResult(
        valid_hash=valid,
        order_id=plain.get("oid", ""),
        amount=parse_amount(plain.get("amount", "")),
        currency=plain.get("currency", ""),
        approved=valid and code == "00" and plain.get("Response", "") == "Approved",
        proc_return_code=code,
        provider_reference=plain.get("TransId", ""),
        error_message=plain.get("ErrMsg", ""),
        params=plain,
    )
