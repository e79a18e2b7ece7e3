"""One JSON error shape for the whole API.

Every 4xx body is {"error": {"code", "message", "fields": {field: [messages]}}} so that a
client (or a person reading curl output) always finds the problem in the same place.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from core.errors import DomainError


def _flatten(detail: Any) -> dict[str, list[str]]:
    if isinstance(detail, dict):
        return {
            str(key): [str(m) for m in (value if isinstance(value, list) else [value])]
            for key, value in detail.items()
        }
    return {}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DomainError):
        fields = {exc.field: [exc.message]} if exc.field else {}
        body = {"error": {"code": exc.code, "message": exc.message, "fields": fields}}
        return Response(body, status=exc.status_code)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = response.data
    if isinstance(detail, dict) and set(detail) == {"detail"}:
        message, fields = str(detail["detail"]), {}
    elif isinstance(detail, dict):
        fields = _flatten(detail)
        message = "; ".join(f"{k}: {' '.join(v)}" for k, v in fields.items())
    else:
        message, fields = " ".join(str(d) for d in detail), {}
    code = getattr(exc, "default_code", "error")
    if response.status_code == status.HTTP_400_BAD_REQUEST and fields:
        code = "invalid"
    response.data = {"error": {"code": code, "message": message, "fields": fields}}
    return response
