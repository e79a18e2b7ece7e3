"""A database outage answers 503 with a clear message and Retry-After, never 500; a Redis
outage does not stop the API (the rate limits fail open)."""

from __future__ import annotations

import json

import pytest
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.test import RequestFactory

from core.middleware import DatabaseUnavailableMiddleware


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
