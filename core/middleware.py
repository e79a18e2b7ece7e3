"""Requests that must not become 500s.

A database that is restarting or has dropped our connection is an outage, not a bug:
answer 503 with a clear message and Retry-After (see docs/operations.md). The next request
reconnects by itself (CONN_HEALTH_CHECKS), so clients only need to retry.

Every response carries a Content-Security-Policy (settings.CONTENT_SECURITY_POLICY; Django
5.2 has none built in): scripts and styles only from this origin, no framing, no plugins.

A NUL character in a query string or path cannot be stored or compared by PostgreSQL
(DataError on any filter, search or admin list that passes it on): it is refused with a
400 saying so, in the API's error shape under /api/ and as plain text elsewhere.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponseBadRequest, JsonResponse

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


NUL_MESSAGE = "The request contains a NUL character (%00), which no field accepts; remove it."


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in request.path or "%00" in query or "\x00" in query or _nul_in(request.GET):
            if request.path.startswith("/api/"):
                body = {"error": {"code": "invalid", "message": NUL_MESSAGE, "fields": {}}}
                return JsonResponse(body, status=400)
            return HttpResponseBadRequest(NUL_MESSAGE, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


def _nul_in(params) -> bool:
    return any("\x00" in key or any("\x00" in v for v in values) for key, values in params.lists())


class ContentSecurityPolicyMiddleware:
    """Adds settings.CONTENT_SECURITY_POLICY to responses that do not set their own. The
    admin needs inline styles (style attributes in its templates), not inline scripts; the
    Swagger page is served as HTML plus a separate script (SpectacularSwaggerSplitView)."""

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response
