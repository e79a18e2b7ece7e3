"""A database outage answers 503 with a clear message and Retry-After, never 500; a Redis
outage does not stop the API (the rate limits fail open)."""

from __future__ import annotations

import json

import pytest
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.test import RequestFactory

from core.middleware import DatabaseUnavailableMiddleware
from core.throttling import UserRateThrottle


@pytest.mark.parametrize("exc", [OperationalError("server closed"), InterfaceError("closed")])
def test_database_errors_become_503_with_retry_after(exc):
    request = RequestFactory().get("/api/v1/claims/")
    middleware = DatabaseUnavailableMiddleware(lambda r: HttpResponse())
    response = middleware.process_exception(request, exc)
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    body = json.loads(response.content)
    assert body["error"]["code"] == "unavailable" and body["error"]["fields"] == {}
    assert "database" in body["error"]["message"]


def test_other_errors_are_left_to_django():
    request = RequestFactory().get("/")
    middleware = DatabaseUnavailableMiddleware(lambda r: HttpResponse())
    assert middleware.process_exception(request, ValueError("bug")) is None


def test_throttle_lets_requests_through_when_its_cache_is_down(monkeypatch):
    class DownCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("redis is down")

    throttle = UserRateThrottle()
    monkeypatch.setattr(throttle, "cache", DownCache())
    request = RequestFactory().get("/api/v1/claims/")
    request.user = type("U", (), {"is_authenticated": True, "pk": 1})()
    assert throttle.allow_request(request, view=None) is True
