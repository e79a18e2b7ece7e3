"""Rate limits: a sliding window estimated from two counters, failing open.

DRF's own throttles keep, per client, the list of its request times in the cache: every
request reads and writes the whole list (1,200 floats at the default user rate), so the
throttle cost grows with the rate. Here each request is one counter increment: the window
is estimated, as many API gateways do, from the count of the current fixed window plus the
previous window's count weighted by how much of it still overlaps the sliding window. With
Redis that is one round trip (INCR, EXPIRE and GET in one pipeline).

The counters live in Redis, which only wakes workers and holds counters (DESIGN.md): while
Redis is down or restarting the API keeps answering, unthrottled, instead of failing every
request with a 500. Rejected requests count too, so a client that keeps hammering stays
limited until it slows down.
"""

from __future__ import annotations

import logging
import math

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache import cache as default_cache
from django.core.cache.backends.redis import RedisCache
from rest_framework import throttling

logger = logging.getLogger(__name__)


def _redis_client(cache: RedisCache):
    """The redis-py client of `cache`, made once: Django builds a new one (a dict of ~170
    response callbacks) on every get_client call, a fifth of the throttle's time. Django
    keeps one cache object per thread, so the client is not shared across threads."""
    client = getattr(cache, "_throttle_client", None)
    if client is None:
        client = cache._throttle_client = cache._cache.get_client(write=True)
    return client


def _hit(cache, current_key: str, previous_key: str, ttl: int) -> tuple[int, int]:
    """Count one request in `current_key`; return (current, previous) window counts."""
    if cache is default_cache:  # DRF's default: a proxy, not the backend itself
        cache = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(cache, RedisCache):
        # Django's RedisCache stores integers as plain Redis integers, so INCR works on
        # the keys it makes; its public API has no atomic "increment or create".
        current_key = cache.make_and_validate_key(current_key)
        previous_key = cache.make_and_validate_key(previous_key)
        pipe = _redis_client(cache).pipeline(transaction=False)
        pipe.incr(current_key)
        pipe.expire(current_key, ttl)
        pipe.get(previous_key)
        current, _expiry_set, previous = pipe.execute()
        return int(current), int(previous or 0)
    # Any other cache (per-process memory in the demo and the tests): two steps, fine there.
    if cache.add(current_key, 1, ttl):
        current = 1
    else:
        try:
            current = cache.incr(current_key)
        except ValueError:  # expired between add and incr
            cache.add(current_key, 1, ttl)
            current = 1
    return current, int(cache.get(previous_key) or 0)


class _SlidingWindow(throttling.SimpleRateThrottle):
    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        now = self.timer()
        window = int(now // self.duration)
        elapsed = now - window * self.duration
        try:
            current, previous = _hit(
                self.cache,
                f"{self.key}:{window}",
                f"{self.key}:{window - 1}",
                ttl=2 * self.duration + 1,
            )
        except Exception as exc:  # redis.ConnectionError, TimeoutError, …: let it through
            logger.warning("rate-limit cache unavailable, not throttling: %s", exc)
            return True
        overlap = 1 - elapsed / self.duration
        if previous * overlap + current <= self.num_requests:
            return True
        self._wait = self._seconds_until_allowed(elapsed, current, previous)
        return False

    def _seconds_until_allowed(self, elapsed: float, current: int, previous: int) -> float:
        """When the estimate first leaves room for one more request (for Retry-After)."""
        # The next request counts too: allowed once previous * overlap + current + 1 <= limit.
        limit, duration = self.num_requests, self.duration
        if current < limit and previous:
            # Still in this window: wait for the previous window's weight to shrink.
            wait = duration * (1 - (limit - current - 1) / previous) - elapsed
            if wait <= duration - elapsed:
                return max(wait, 0.0)
        # In the next window this window's count becomes the weighted "previous" one.
        return (duration - elapsed) + duration * max(0.0, 1 - (limit - 1) / current)

    def wait(self) -> float | None:
        wait = getattr(self, "_wait", None)
        # Whole seconds for Retry-After, and never 0 (DRF would then send no header).
        return None if wait is None else max(1, math.ceil(wait))


class AnonRateThrottle(_SlidingWindow, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_SlidingWindow, throttling.UserRateThrottle):
    pass
