"""Shared fixtures. Tests run against a real PostgreSQL (DATABASE_URL, or the embedded one)."""

from __future__ import annotations

import os

import pytest


def _require_redis() -> str:
    """REDIS_URL for tests that need a real broker: skip without one, fail on CI."""
    url = os.environ.get("REDIS_URL", "")
    if not url:
        reason = "REDIS_URL is not set: this test needs a real Redis broker"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true makes that a failure)")
        pytest.skip(reason)
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        reason = f"Redis at {url} does not answer: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return url


@pytest.fixture
def redis_url() -> str:
    return _require_redis()


# One person in each role (claims.roles): fixture name -> (role, username).
# tests/api/conftest.py overrides viewer, reviewer and editor with API clients holding a key.
PEOPLE = {
    "viewer": ("viewer", "vera"),
    "reviewer": ("reviewer", "rita"),
    "other_reviewer": ("reviewer", "remi"),
    "editor": ("editor", "eddie"),
}


def _person_fixture(name: str):
    role, username = PEOPLE[name]

    @pytest.fixture(name=name)
    def person(db):
        from tests.factories import user_in_group

        return user_in_group(role, username=username)

    return person


viewer, reviewer, other_reviewer, editor = (_person_fixture(name) for name in PEOPLE)
