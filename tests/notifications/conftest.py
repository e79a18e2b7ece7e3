"""Real receivers for notifications: an SMTP server (aiosmtpd) and an HTTP server that
verifies Standard Webhooks signatures, both on 127.0.0.1 at a free port."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller
from django.utils import translation


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Collect:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=default_policy))
        return "250 OK"


@pytest.fixture
def smtp(settings):
    """Mail goes to a real SMTP server; `smtp.messages` is what it received."""
    handler = _Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    handler.port = controller.port  # type: ignore[attr-defined]
    try:
        yield handler
    finally:
        controller.stop()


def verify(secret: str, headers, body: bytes) -> bool:
    """What a receiver does (docs/notifications.md, "Verifying a signature")."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    given = [
        s.split(",", 1)[1] for s in headers["webhook-signature"].split() if s.startswith("v1,")
    ]
    fresh = abs(time.time() - int(headers["webhook-timestamp"])) < 300
    return fresh and any(hmac.compare_digest(expected, g) for g in given)


@dataclass
class Received:
    webhook_id: str | None
    body: bytes
    verified: bool | None
    path: str

    @property
    def json(self):
        return json.loads(self.body)


@dataclass
class Receiver:
    """The answers to give are queued in `script` (status, headers, delay); then 200."""

    port: int = 0
    secret: str = ""
    script: list[tuple[int, dict, float]] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def ids(self) -> Counter:
        with self.lock:
            return Counter(r.webhook_id for r in self.received)

    def answer(self, status: int, headers: dict | None = None, delay: float = 0.0) -> None:
        self.script.append((status, headers or {}, delay))


@pytest.fixture
def receiver(settings):
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            with state.lock:
                status, headers, delay = state.script.pop(0) if state.script else (200, {}, 0)
                verified = (
                    verify(state.secret, self.headers, body)
                    if "webhook-signature" in self.headers
                    else None
                )
                state.received.append(
                    Received(self.headers.get("webhook-id"), body, verified, self.path)
                )
            time.sleep(delay)
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.SSRF_ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield
    translation.activate("en")
