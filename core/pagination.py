"""Cursor pagination for every list: DRF's cursor logic, made strict.

A cursor is opaque: the only valid ones are those a `next` or `previous` link carried. DRF
reads any base64 it can decode and takes missing parts as defaults, so `' OR 1=1--` or a
random string silently gave the first page; a client that mangled its cursor then walked
the same page forever. Here a cursor must be exactly what DRF would write for the position
it decodes to, else it is a 404 like every other bad cursor.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, pagination


class CursorPagination(pagination.CursorPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200
    ordering = "-created_at"
    # A cursor that decodes to nothing is a page that does not exist: 404, as DRF does.
    invalid_cursor_message = "Invalid cursor: use the `next` or `previous` link of a page."

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        if not raw.isdigit() or not 1 <= int(raw) <= self.max_page_size:
            raise exceptions.ValidationError(
                {"page_size": [f"Must be a whole number from 1 to {self.max_page_size}."]}
            )
        return int(raw)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_page_size,
                }
        return parameters

    def decode_cursor(self, request):
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None  # `?cursor=` is the first page, as if absent
        cursor = super().decode_cursor(request)  # NotFound when it does not decode at all
        # DRF's own writing of the position it decoded (base_url is set by then).
        written = parse_qs(urlsplit(self.encode_cursor(cursor)).query)
        if written.get(self.cursor_query_param, [""])[0] != raw:
            raise exceptions.NotFound(self.invalid_cursor_message)
        return cursor

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except DjangoValidationError:
            # A cursor that decodes but whose position is not a value of the ordering field
            # (hand-made, or from another ordering): the same 404 as an undecodable one.
            raise exceptions.NotFound(self.invalid_cursor_message) from None


class RowsPage:
    """Stands in for a queryset in CursorPagination.paginate_queryset and fetches the page
    with `fetch(ordering, position, offset, limit)`, which runs precompiled SQL.

    DRF's paginator orders the queryset, filters it on the cursor's position and slices one
    page (and a row more): this object records the first two calls and makes the slice
    run `fetch`, so that the cursor logic, links included, stays DRF's own while the query
    skips the ORM (core.compiled). `position` is (lookup, value) with the value converted
    by the model field, as the ORM would, or None on the first page.
    """

    def __init__(self, model, fetch) -> None:
        self.model = model
        self.fetch = fetch
        self.ordering: tuple[str, ...] = ()
        self.position: tuple[str, Any] | None = None

    def order_by(self, *fields: str) -> RowsPage:
        self.ordering = fields
        return self

    def filter(self, **lookups: Any) -> RowsPage:
        ((lookup, raw),) = lookups.items()
        field = self.model._meta.get_field(lookup.rsplit("__", 1)[0])
        self.position = (lookup, field.to_python(raw))  # ValidationError: a bad cursor
        return self

    def __getitem__(self, window: slice) -> list[dict[str, Any]]:
        return self.fetch(self.ordering, self.position, window.start, window.stop - window.start)
