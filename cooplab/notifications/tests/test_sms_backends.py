from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from config.settings.env import sms_backend_path
from cooplab.notifications.sms import (
    FileSMSBackend,
    HttpSMSBackend,
    SMSDeliveryError,
    SMSMessage,
)


class Provider(BaseHTTPRequestHandler):
    received: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers["Content-Length"])
        Provider.received.append(
            {
                "path": self.path,
                "auth": self.headers.get("Authorization"),
                "type": self.headers.get("Content-Type"),
                "json": json.loads(self.rfile.read(length)),
            }
        )
        if self.path == "/slow":
            time.sleep(1.5)
        status, body = {
            "/ok": (201, b'{"message_id": "prov-42", "status": "accepted"}'),
            "/plain": (200, b"OK"),
            "/refused": (400, b'{"error": "invalid number"}'),
            "/down": (503, b"maintenance"),
        }.get(self.path, (200, b"{}"))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def provider() -> Iterator[str]:
    Provider.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Provider)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


MESSAGE = SMSMessage(to="+212612345678", body="CoopLab : code 123456")


def _backend(url: str, **options: Any) -> HttpSMSBackend:
    return HttpSMSBackend(url=url, token="secret-token", sender="CoopLab", **options)


def test_http_backend_posts_json_with_bearer_token_and_returns_provider_id(provider):
    assert _backend(f"{provider}/ok").send(MESSAGE) == "prov-42"
    (request,) = Provider.received
    assert request["auth"] == "Bearer secret-token"
    assert request["type"] == "application/json"
    assert request["json"] == {"to": "+212612345678", "from": "CoopLab", "text": MESSAGE.body}


def test_http_backend_accepts_an_answer_without_id(provider):
    assert _backend(f"{provider}/plain").send(MESSAGE) is None


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/refused", 'SMS provider answered HTTP 400: {"error": "invalid number"}'),
        ("/down", "SMS provider answered HTTP 503: maintenance"),
    ],
)
def test_http_backend_raises_a_clear_error_on_refusal(provider, path, error):
    with pytest.raises(SMSDeliveryError) as caught:
        _backend(f"{provider}{path}").send(MESSAGE)
    assert str(caught.value) == error


def test_http_backend_raises_on_timeout(provider):
    with pytest.raises(SMSDeliveryError, match=r"did not answer within 0.3 s"):
        _backend(f"{provider}/slow", timeout=0.3).send(MESSAGE)


def test_http_backend_raises_when_provider_unreachable():
    with pytest.raises(SMSDeliveryError, match="unreachable"):
        _backend("http://127.0.0.1:9/none", timeout=1).send(MESSAGE)


def test_http_backend_refuses_a_non_http_url():
    with pytest.raises(SMSDeliveryError, match="http"):
        _backend("file:///etc/passwd")


def test_file_backend_appends_json_lines(tmp_path):
    path = tmp_path / "sms" / "outbox.jsonl"
    backend = FileSMSBackend(path)
    first = backend.send(MESSAGE)
    backend.send(SMSMessage(to="+212700000000", body="مرحبا"))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(line["to"], line["text"]) for line in lines] == [
        ("+212612345678", "CoopLab : code 123456"),
        ("+212700000000", "مرحبا"),
    ]
    assert lines[0]["id"] == first
    assert "مرحبا" in path.read_text(encoding="utf-8")  # readable, not \\u-escaped


def test_short_backend_names_map_to_classes():
    assert sms_backend_path("http") == "cooplab.notifications.sms.HttpSMSBackend"
    assert sms_backend_path(" File ") == "cooplab.notifications.sms.FileSMSBackend"
    assert sms_backend_path("my.Backend") == "my.Backend"


def test_core_sms_still_exposes_the_locmem_outbox():
    from cooplab.core.sms import LocmemSMSBackend as Legacy
    from cooplab.notifications.sms import LocmemSMSBackend

    assert Legacy is LocmemSMSBackend
