"""Rate limits that fail open: the counters live in Redis, which only wakes workers and
holds counters (DESIGN.md). While Redis is down or restarting the API keeps answering,
unthrottled, instead of failing every request with a 500."""

from __future__ import annotations

import logging

from rest_framework import throttling

logger = logging.getLogger(__name__)


class _FailOpen:
    def allow_request(self, request, view) -> bool:
        try:
            return super().allow_request(request, view)  # type: ignore[misc]
        except Exception as exc:  # redis.ConnectionError, TimeoutError, …: let it through
            logger.warning("rate-limit cache unavailable, not throttling: %s", exc)
            return True


class AnonRateThrottle(_FailOpen, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_FailOpen, throttling.UserRateThrottle):
    pass
