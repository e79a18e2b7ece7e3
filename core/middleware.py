"""A database that is restarting or has dropped our connection is an outage, not a bug:
answer 503 with a clear message and Retry-After instead of a 500 (see docs/operations.md).

The next request reconnects by itself (CONN_HEALTH_CHECKS), so clients only need to retry.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError, connections
from django.http import JsonResponse

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5
MESSAGE = (
    "The database is unavailable for a moment (restarting or reconnecting). Try again shortly."
)


def unavailable_response() -> JsonResponse:
    body = {"error": {"code": "unavailable", "message": MESSAGE, "fields": {}}}
    response = JsonResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseUnavailableMiddleware:
    """Django hands it what any view (DRF included, whose handler passes database errors
    on) raises; it sits first in MIDDLEWARE so that every other layer is inside it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError):
            return self._unavailable(request, exception)
        return None

    def _unavailable(self, request, exc: Exception) -> JsonResponse:
        logger.warning("database unavailable for %s %s: %s", request.method, request.path, exc)
        # Drop the broken connection now rather than at the end of the request: the next
        # request in this process then opens a fresh one.
        for conn in connections.all(initialized_only=True):
            conn.close_if_unusable_or_obsolete()
        return unavailable_response()
