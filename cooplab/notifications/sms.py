"""Sending SMS. The backend is named by the SMS_BACKEND setting (a dotted path; the settings
accept the short names console, file, locmem and http, see config/settings/env.py):

- ConsoleSMSBackend: development, logs the message (codes included) at WARNING;
- FileSMSBackend: appends one JSON line per message to SMS_FILE_PATH (var/sms/outbox.jsonl),
  so developers running `make run` can read verification codes;
- LocmemSMSBackend: tests, keeps messages in the class attribute `outbox`;
- HttpSMSBackend: a provider's JSON HTTP API (SMS_HTTP_URL, SMS_HTTP_TOKEN, SMS_SENDER,
  SMS_HTTP_TIMEOUT).

A backend is any class with `send(message: SMSMessage) -> str | None` returning the provider's
message id (or None); it raises SMSDeliveryError (or any exception) when the message did not go.
Backends run in the task worker, called by cooplab.notifications.services.message_deliver."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SMSMessage:
    to: str
    body: str


class SMSDeliveryError(Exception):
    """The provider refused the message or could not be reached; the outbox retries later."""


class SMSBackend(Protocol):
    def send(self, message: SMSMessage) -> str | None: ...


class ConsoleSMSBackend:
    """Development: print the message where the developer sees it (codes included)."""

    def send(self, message: SMSMessage) -> str | None:
        logger.warning("SMS to %s: %s", message.to, message.body)
        return None


class LocmemSMSBackend:
    """Tests: keep messages in memory, like Django's locmem email backend."""

    outbox: list[SMSMessage] = []

    def send(self, message: SMSMessage) -> str | None:
        LocmemSMSBackend.outbox.append(message)
        return None


class FileSMSBackend:
    """Development and staging: one JSON object per line in SMS_FILE_PATH."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path or settings.SMS_FILE_PATH)

    def send(self, message: SMSMessage) -> str | None:
        message_id = f"file-{uuid.uuid4().hex}"
        line = {
            "id": message_id,
            "at": timezone.now().isoformat(),
            "to": message.to,
            "from": settings.SMS_SENDER,
            "text": message.body,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
        logger.info("SMS to %s written to %s", message.to, self.path)
        return message_id


class HttpSMSBackend:
    """A generic JSON provider: POST {"to", "from", "text"} to SMS_HTTP_URL with
    `Authorization: Bearer SMS_HTTP_TOKEN`. A 2xx answer means accepted; the provider's message
    id is read from the JSON answer (`id`, `message_id` or `messageId`) when there is one.
    Anything else (other status, timeout, connection error) raises SMSDeliveryError."""

    ID_KEYS = ("id", "message_id", "messageId")

    def __init__(
        self,
        *,
        url: str | None = None,
        token: str | None = None,
        sender: str | None = None,
        timeout: float | None = None,
    ) -> None:
        self.url = url if url is not None else settings.SMS_HTTP_URL
        self.token = token if token is not None else settings.SMS_HTTP_TOKEN
        self.sender = sender if sender is not None else settings.SMS_SENDER
        self.timeout = timeout if timeout is not None else settings.SMS_HTTP_TIMEOUT
        if urlparse(self.url).scheme not in {"http", "https"} or not urlparse(self.url).netloc:
            raise SMSDeliveryError("SMS_HTTP_URL must be an http(s) URL.")

    def send(self, message: SMSMessage) -> str | None:
        payload = json.dumps({"to": message.to, "from": self.sender, "text": message.body})
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(  # noqa: S310 - scheme checked in __init__
            self.url, data=payload.encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                status = response.status
                raw = response.read(65536)
        except urllib.error.HTTPError as error:
            detail = error.read(500).decode("utf-8", "replace")
            raise SMSDeliveryError(
                f"SMS provider answered HTTP {error.code}: {detail.strip()}"
            ) from error
        except TimeoutError as error:
            raise SMSDeliveryError(
                f"SMS provider did not answer within {self.timeout:g} s."
            ) from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise SMSDeliveryError(
                    f"SMS provider did not answer within {self.timeout:g} s."
                ) from error
            raise SMSDeliveryError(f"SMS provider unreachable: {error.reason}") from error
        if not 200 <= status < 300:  # urllib raises for most, not for every, non-2xx status
            raise SMSDeliveryError(f"SMS provider answered HTTP {status}.")
        return _provider_id(raw, self.ID_KEYS)


def _provider_id(raw: bytes, keys: tuple[str, ...]) -> str | None:
    try:
        data: Any = json.loads(raw.decode("utf-8")) if raw else None
    except (UnicodeDecodeError, ValueError):
        return None
    if isinstance(data, dict):
        for key in keys:
            if data.get(key) not in (None, ""):
                return str(data[key])[:255]
    return None


def get_backend() -> SMSBackend:
    backend: SMSBackend = import_string(settings.SMS_BACKEND)()
    return backend


def send_sms(*, to: str, body: str) -> str | None:
    """Send now, without the outbox (the outbox calls this; other code should queue instead)."""
    return get_backend().send(SMSMessage(to=to, body=body))
