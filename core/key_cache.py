"""API keys already looked up, kept in each web process until something about keys, users
or groups changes anywhere.

Every API request found its key in PostgreSQL: a round trip plus rebuilding the token and
the user, about 0.4 ms, as long as the claims list's own query. A process now keeps the row
that lookup returned, keyed by the key's hash (never the key itself).

Any change that can alter what a key authenticates as (a token saved or deleted, which
revokes it; a user saved, deactivated or deleted; group membership or permissions changed;
a group renamed) is announced on a Redis channel, once at once and once when its
transaction commits (core.signals). Each process listens on a thread of its own and
forgets every row it holds on each announcement, so a revoked key is refused by every
process within milliseconds. Rows are only kept while that thread is subscribed: without
a shared Redis cache (the demo's per-process cache, the test settings), before the first
subscription, and from the moment the connection fails until it is back, every request
reads PostgreSQL, as before, and a reconnect starts from an empty cache. Rows also expire
after MAX_AGE seconds, which bounds how long a change made around Django's signals (raw
SQL, a queryset `update()`) goes unseen.

Why not check a version key in Redis on each request instead: that is a round trip of its
own, about 0.1 ms through redis-py, which gave back most of what the cache saves.

Views never see it: the API's authentication (core.auth) asks `KEYS.row`. What it buys, by
benchmarks/api.py (2026-12-04, 100,000 claims, a shared 2-core VM, four runs each way taken
in turns, medians): with every request reading its key from PostgreSQL, the claims list
went from 3.0x its SQL to 3.5x (its target is 3x) and `/users/me/`, what any
authenticated request costs, from 5.8x to 7.4x.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from redis.client import PubSub

logger = logging.getLogger(__name__)

MAX_AGE = 60.0  # seconds a row is kept at most
MAX_ENTRIES = 4096  # keys per process; past this the cache starts again
CHANNEL = "api-keys-changed"
PING_SECONDS = 5.0  # a subscription that stops answering pings is treated as lost
RETRY_SECONDS = 1.0

Row = tuple[Any, ...]


class KeyCache:
    def __init__(self, cache_alias: str = "default", channel: str = CHANNEL) -> None:
        self.cache_alias = cache_alias
        self.channel = channel
        # key hash -> (epoch, monotonic time read, row). Shared by a worker's threads:
        # single dict operations are atomic and entries are never mutated.
        self._entries: dict[str, tuple[int, float, Row]] = {}
        # Bumped on every announcement and (re)subscription: a row read under an older
        # epoch is never served, even if it was stored after the announcement.
        self._epoch = 0
        self._listening = False
        self._listener: _Listener | None = None
        self._pid: int | None = None
        self._lock = threading.Lock()

    @property
    def listening(self) -> bool:
        """Whether rows are being kept (subscribed to the announcements)."""
        return self._listening

    # -- requests --------------------------------------------------------------------
    def row(self, key_hash: str, load: Callable[[str], Row | None]) -> Row | None:
        """The lookup row for `key_hash`: this process's copy while it is current, else
        `load(key_hash)`'s (read from the database)."""
        if not self._usable():
            return load(key_hash)
        epoch = self._epoch
        entry = self._entries.get(key_hash)
        now = time.monotonic()
        if entry is not None and entry[0] == epoch and now - entry[1] < MAX_AGE:
            return entry[2]
        row = load(key_hash)  # after reading the epoch: see _epoch
        if row is None:
            self._entries.pop(key_hash, None)
        elif self._listening:
            if len(self._entries) >= MAX_ENTRIES:
                self._entries.clear()
            self._entries[key_hash] = (epoch, now, row)
        return row

    def forget(self, key_hash: str) -> None:
        """Drop one key in this process only (its row is known to be out of date)."""
        self._entries.pop(key_hash, None)

    # -- writers ---------------------------------------------------------------------
    def changed(self) -> None:
        """Something a cached row reflects has changed: every process forgets its rows.

        Announced now, and again after commit: between the two a request may re-read the
        old rows (the change not yet visible to it) and keep them.
        """
        self._invalidate()
        self._announce()
        transaction.on_commit(self._announce, robust=True)

    def _announce(self) -> None:
        cache = caches[self.cache_alias]
        if not isinstance(cache, RedisCache):
            return
        try:
            cache._cache.get_client(write=True).publish(cache.make_key(self.channel), b"")
        except Exception as exc:  # redis.ConnectionError, …
            # Listeners lose their connection too, and start empty when it is back; one
            # that somehow stays subscribed sees the change within MAX_AGE.
            logger.warning("API-key change not announced (Redis unavailable): %s", exc)

    # -- the listener ----------------------------------------------------------------
    def _usable(self) -> bool:
        if not isinstance(caches[self.cache_alias], RedisCache):
            return False
        if self._pid != os.getpid():  # first use in this process (or a forked child)
            self._start_listener()
        return self._listening

    def _start_listener(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                return
            self._entries.clear()
            self._listening = False
            self._listener = _Listener(self, caches[self.cache_alias])
            self._listener.start()
            self._pid = os.getpid()

    def stop(self) -> None:
        """Stop listening (tests; a process exiting needs nothing, the thread is a daemon).
        The next request starts a new listener."""
        with self._lock:
            listener, self._listener, self._pid = self._listener, None, None
        if listener is not None:
            listener.stop()
        self._subscribed(False)

    def _invalidate(self) -> None:
        self._epoch += 1
        self._entries.clear()

    def _subscribed(self, subscribed: bool) -> None:
        self._listening = subscribed
        self._invalidate()


class _Subscription(PubSub):
    """redis-py reconnects and resubscribes a PubSub by itself; messages published in
    between are lost, so every (re)connection first empties the cache."""

    def __init__(self, *args: Any, keys: KeyCache, **kwargs: Any) -> None:
        self.keys = keys
        super().__init__(*args, **kwargs)

    def on_connect(self, connection: Any) -> None:
        self.keys._subscribed(False)  # until the (re)subscription is confirmed
        super().on_connect(connection)


class _Listener(threading.Thread):
    def __init__(self, keys: KeyCache, cache: RedisCache) -> None:
        super().__init__(name="api-key-cache", daemon=True)
        self.keys = keys
        self.client = cache._cache.get_client(write=True)
        self.channel = cache.make_key(keys.channel)
        self._stopping = threading.Event()

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=5)

    def run(self) -> None:
        while not self._stopping.is_set():
            subscription = self.subscription = _Subscription(
                self.client.connection_pool, keys=self.keys
            )
            try:
                self._listen(subscription)
            except Exception as exc:
                logger.warning("API-key cache off, Redis subscription lost: %s", exc)
            finally:
                self.keys._subscribed(False)
                subscription.close()
            self._stopping.wait(RETRY_SECONDS)

    def _listen(self, subscription: _Subscription) -> None:
        subscription.subscribe(self.channel)
        pinged_at: float | None = None
        last_ping = time.monotonic()
        while not self._stopping.is_set():
            message = subscription.get_message(timeout=0.5)
            kind = message and message["type"]
            if kind == "message":
                self.keys._invalidate()
            elif kind == "subscribe":
                self.keys._subscribed(True)
            elif kind == "pong":
                pinged_at = None
            now = time.monotonic()
            if pinged_at is not None and now - pinged_at > PING_SECONDS:
                raise TimeoutError(f"no answer to a ping in {PING_SECONDS:.0f} s")
            if pinged_at is None and now - last_ping > PING_SECONDS:
                subscription.ping()
                pinged_at = last_ping = now


KEYS = KeyCache()
