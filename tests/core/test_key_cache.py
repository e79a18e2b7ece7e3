"""API keys cached per process (core.key_cache), against the machine's real Redis.

Two KeyCache objects stand for two web processes: each has its own rows and its own
listener thread, and they share only Redis, as gunicorn workers do. The last test goes
through real processes: the API in this one, `manage.py revoke_token` in another.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from django.test import override_settings
from rest_framework.test import APIClient

from core.key_cache import KEYS, KeyCache
from core.services import token_issue
from tests.worker import test_database_url as subprocess_database_url

ROOT = Path(__file__).resolve().parents[2]


def _redis_caches(url: str) -> dict:
    return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}}


def _free_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s")
        time.sleep(0.01)


class Loader:
    """Stands in for the database lookup: counts how often the cache had to read."""

    def __init__(self) -> None:
        self.reads = 0

    def __call__(self, key_hash: str):
        self.reads += 1
        return (["reviewer"], key_hash, self.reads)


@pytest.fixture
def processes(redis_url, db):
    """Two caches on one fresh channel, subscribed and ready."""
    channel = f"test-keys-{uuid.uuid4().hex}"
    with override_settings(CACHES=_redis_caches(redis_url)):
        first, second = KeyCache(channel=channel), KeyCache(channel=channel)
        for keys in (first, second):
            keys.row("warm-up", Loader())  # starts the listener
            _wait_for(lambda keys=keys: keys.listening)
        yield first, second
        first.stop()
        second.stop()


def test_a_row_is_read_once_then_served_from_memory(processes):
    first, _second = processes
    load = Loader()
    assert first.row("h1", load) == (["reviewer"], "h1", 1)
    assert first.row("h1", load) == (["reviewer"], "h1", 1)
    assert load.reads == 1


def test_a_change_announced_by_one_process_empties_the_others(processes):
    first, second = processes
    load = Loader()
    first.row("h1", load)
    second.changed()  # e.g. a token revoked in another process
    _wait_for(lambda: first.row("h1", load)[2] == 2, timeout=2.0)
    assert load.reads == 2


def test_missing_keys_are_not_remembered(processes):
    first, _second = processes
    reads = []
    assert first.row("nope", lambda h: reads.append(h)) is None
    assert first.row("nope", lambda h: reads.append(h)) is None
    assert reads == ["nope", "nope"]


def test_rows_expire_after_max_age(processes, monkeypatch):
    first, _second = processes
    load = Loader()
    first.row("h1", load)
    monkeypatch.setattr("core.key_cache.MAX_AGE", 0.0)
    first.row("h1", load)
    assert load.reads == 2


def test_a_lost_subscription_empties_the_cache_until_it_is_back(processes, redis_url):
    first, _second = processes
    load = Loader()
    first.row("h1", load)
    # Close the listener's connection from the server side, as a Redis restart would.
    port = first._listener.subscription.connection._sock.getsockname()[1]
    redis.Redis.from_url(redis_url).client_kill_filter(_type=None, addr=f"127.0.0.1:{port}")
    _wait_for(lambda: first.row("h1", load)[2] > 1, timeout=3.0)
    _wait_for(lambda: first.listening, timeout=5.0)  # resubscribed, starting empty
    reads = load.reads
    first.row("h1", load)
    first.row("h1", load)
    assert load.reads == reads + 1


def test_nothing_is_cached_when_redis_is_unreachable(db):
    with override_settings(CACHES=_redis_caches(f"redis://127.0.0.1:{_free_port()}/0")):
        keys = KeyCache(channel=f"test-keys-{uuid.uuid4().hex}")
        load = Loader()
        try:
            for _ in range(3):
                assert keys.row("h1", load)[1] == "h1"
            time.sleep(0.3)
            assert keys.row("h1", load)[2] == 4  # every request read the database
            assert not keys.listening
            keys.changed()  # announcing fails quietly: the change itself must not
        finally:
            keys.stop()


def test_nothing_is_cached_without_a_shared_redis_cache():
    keys = KeyCache()  # the test settings' per-process cache
    load = Loader()
    keys.row("h1", load)
    keys.row("h1", load)
    assert load.reads == 2
    assert keys._listener is None


@pytest.mark.django_db(transaction=True)
def test_a_key_revoked_by_another_process_is_refused_at_once(redis_url):
    """This process serves the API with the key cached; `manage.py revoke_token` runs in a
    second process against the same database and Redis."""
    issued = token_issue(username="kim", role=None)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {issued.key}")
    with override_settings(CACHES=_redis_caches(redis_url)):
        try:
            assert client.get("/api/v1/users/me/").status_code == 200
            _wait_for(lambda: KEYS.listening)
            assert client.get("/api/v1/users/me/").status_code == 200  # now cached
            assert KEYS._entries, "the key's row should be cached by now"

            env = dict(
                os.environ,
                DJANGO_SETTINGS_MODULE="config.settings.local",
                # A TCP server or the embedded one's Unix socket alike.
                DATABASE_URL=subprocess_database_url(),
                REDIS_URL=redis_url,
            )
            done = subprocess.run(
                [sys.executable, "manage.py", "revoke_token", issued.key[:8]],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
            assert "kim: revoked" in done.stdout

            _wait_for(lambda: client.get("/api/v1/users/me/").status_code == 401, timeout=2.0)
            response = client.get("/api/v1/users/me/")
            assert response.json()["error"]["message"] == "Invalid or revoked token."
        finally:
            KEYS.stop()


def test_a_quiet_subscription_is_kept_alive_by_pings(processes, monkeypatch):
    """Pings go out every PING_SECONDS and their answers keep the subscription (and the
    rows) in place; a missing answer would drop both."""
    first, _second = processes
    monkeypatch.setattr("core.key_cache.PING_SECONDS", 0.1)
    load = Loader()
    first.row("h1", load)
    time.sleep(1.5)  # ~10 pings; get_message wakes every 0.5 s at the latest
    assert first.listening
    first.row("h1", load)
    assert load.reads == 1
