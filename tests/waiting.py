"""Waiting, with a deadline, for something another process does (a worker, a server)."""

from __future__ import annotations

import time


def wait_until(predicate, *, timeout: float, interval: float = 0.2, what: str = "condition"):
    """`predicate()`'s first true value, polled every `interval` s; TimeoutError after
    `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"{what} not met within {timeout:.0f} s")
