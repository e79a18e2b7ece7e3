"""Rate limits (core.throttling): a sliding window from two counters, failing open."""

from __future__ import annotations

import uuid

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.test import RequestFactory

from core.throttling import UserRateThrottle


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _throttle(cache, clock: Clock, rate: str = "3/min") -> UserRateThrottle:
    throttle = UserRateThrottle()
    throttle.cache = cache
    throttle.timer = clock
    throttle.rate = rate
    throttle.num_requests, throttle.duration = throttle.parse_rate(rate)
    return throttle


def _request(user_pk: int):
    request = RequestFactory().get("/api/v1/claims/")
    request.user = type("U", (), {"is_authenticated": True, "pk": user_pk})()
    return request


def _allowed(cache, clock: Clock, user_pk: int = 1, rate: str = "3/min") -> bool:
    return _throttle(cache, clock, rate).allow_request(_request(user_pk), view=None)


def test_limit_within_one_window():
    cache, clock = LocMemCache("t1", {}), Clock(600.0)
    assert [_allowed(cache, clock) for _ in range(4)] == [True, True, True, False]
    assert _allowed(cache, clock, user_pk=2)  # each user has their own counters


def test_previous_window_still_counts_while_it_overlaps():
    cache, clock = LocMemCache("t2", {}), Clock(600.0 + 50)  # late in window 10
    assert all(_allowed(cache, clock) for _ in range(3))
    clock.now = 660.0 + 5  # window 11 has begun, but 55 s of the last minute are in window 10
    assert not _allowed(cache, clock)
    clock.now = 660.0 + 59  # window 10 weighs 1/60 now: 3/60 + 1 refusal + this one <= 3
    assert _allowed(cache, clock)
    assert not _allowed(cache, clock)  # 3/60 + 3
    clock.now = 720.0 + 30  # window 12: window 11 (3 counted) weighs half: 1.5 + 1
    assert _allowed(cache, clock)


@pytest.mark.parametrize(
    ("earlier", "now", "burst"),
    [(None, 10.0, 4), (50.0, 65.0, 1), (5.0, 70.0, 2), (59.0, 61.0, 3), (None, 59.9, 9)],
)
def test_retry_after_is_when_the_next_request_gets_through(earlier, now, burst):
    """Replays the same history into fresh caches: right after Retry-After a request
    passes; a second before, it would not have."""

    def refused_at(cache) -> UserRateThrottle:
        clock = Clock(0.0)
        if earlier is not None:
            clock.now = earlier
            for _ in range(3):
                _allowed(cache, clock)
        clock.now = now
        for _ in range(burst):
            throttle = _throttle(cache, clock)
            if not throttle.allow_request(_request(1), view=None):
                return throttle
        raise AssertionError("the burst was never refused")

    wait = refused_at(LocMemCache(f"a-{earlier}-{now}", {}))._wait
    assert 0 <= wait <= 120

    after = LocMemCache(f"b-{earlier}-{now}", {})
    refused_at(after)
    assert _allowed(after, Clock(now + wait + 0.01))

    if wait >= 1:
        before = LocMemCache(f"c-{earlier}-{now}", {})
        refused_at(before)
        assert not _allowed(before, Clock(now + wait - 1))


def test_counts_in_redis_with_one_pipeline(redis_url):
    cache = RedisCache(redis_url, {"KEY_PREFIX": f"throttle-test-{uuid.uuid4().hex}"})
    clock = Clock(6000.0 + 10)
    try:
        assert [_allowed(cache, clock, rate="2/min") for _ in range(3)] == [True, True, False]
        window = int(clock.now // 60)
        key = cache.make_and_validate_key(f"throttle_user_1:{window}")
        client = cache._cache.get_client(key)
        assert int(client.get(key)) == 3  # refusals count
        assert 0 < client.ttl(key) <= 121
        clock.now = 6060.0 + 59  # next window, the last one weighs 1/60
        assert _allowed(cache, clock, rate="2/min")
    finally:
        cache.clear()


def test_lets_requests_through_when_redis_is_down():
    cache = RedisCache("redis://127.0.0.1:1/0", {})  # nothing listens on port 1
    assert all(_allowed(cache, Clock(1.0), rate="1/min") for _ in range(3))


def test_lets_requests_through_when_any_cache_fails():
    class DownCache:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise ConnectionError("cache is down")

            return fail

    assert all(_allowed(DownCache(), Clock(1.0), rate="1/min") for _ in range(3))
