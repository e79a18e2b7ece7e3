"""API plumbing every app shares: one JSON error shape, strict query parameters and bodies,
and ETag / If-Match for optimistic locking (cursor pagination: core.pagination).

Every 4xx body is {"error": {"code", "message", "fields": {field: [messages]}}} so that a
client (or a person reading curl output) always finds the problem in the same place.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.forms.utils import ErrorDict, ErrorList
from django.http import Http404, QueryDict
from django_filters import BooleanFilter, CharFilter
from django_filters.constants import EMPTY_VALUES
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, serializers, status
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from core.errors import DomainError

# Cursor pagination lives in core.pagination; imported from here by older callers.
from core.pagination import CursorPagination, RowsPage  # noqa: F401

# A stale version sent in If-Match is a failed precondition (RFC 9110), not a conflict; a
# URL we will not fetch (core.ssrf) is a refusal of policy, not malformed input.
_STATUS_BY_CODE = {
    "stale_version": status.HTTP_412_PRECONDITION_FAILED,
    "refused_address": status.HTTP_403_FORBIDDEN,
}


# http(s) URLs in ASCII (IDN hosts as punycode, other characters percent-encoded) with a
# real port: what the schema documents is exactly what the serializers check. The length
# leaves room for normalisation, which may percent-encode (x3) within sources.urls' limit.
_PORT_AND_REST = (
    r"(:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))?"
    r"([/?][!-~]*)?$"
)
URL_PATTERN = r"^https?://([A-Za-z0-9_-]{1,63}\.)*[A-Za-z0-9_-]{1,63}" + _PORT_AND_REST
# Links shown to readers (evidence): a dotted host name whose last label starts with a
# letter, so never an address written as a number (core.ssrf.public_link_refusal says why
# a private one is refused; a public one is no citation a reader can judge either).
PUBLIC_LINK_PATTERN = (
    r"^https?://([A-Za-z0-9_-]{1,63}\.)+[A-Za-z][A-Za-z0-9_-]{0,62}" + _PORT_AND_REST
)
URL_MAX_LENGTH = 600


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_code = "precondition_required"
    default_detail = (
        "Send the claim's ETag in an If-Match header (GET the claim first) so that your "
        "change cannot overwrite someone else's."
    )


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "precondition_failed"


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"
    default_detail = "The request body is larger than the server accepts."


def _flatten(detail: Any, prefix: str = "") -> dict[str, list[str]]:
    if isinstance(detail, dict):
        flat: dict[str, list[str]] = {}
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, dict):
                flat.update(_flatten(value, name))
            elif isinstance(value, list) and value and isinstance(value[0], dict):
                for i, item in enumerate(value):
                    flat.update(_flatten(item, f"{name}[{i}]"))
            else:
                flat[name] = [str(m) for m in (value if isinstance(value, list) else [value])]
        return flat
    return {}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, DomainError):
        fields = {exc.field: [exc.message]} if exc.field else {}
        body = {"error": {"code": exc.code, "message": exc.message, "fields": fields}}
        return Response(body, status=_STATUS_BY_CODE.get(exc.code, exc.status_code))
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        exc = PayloadTooLarge()
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
    if isinstance(exc, exceptions.ValidationError):
        code = "invalid"
    response.data = {"error": {"code": code, "message": message, "fields": fields}}
    return response


class StrictFieldsMixin:
    """Refuse body fields the serializer does not know: a misspelt field must not be
    silently dropped (the schema says additionalProperties: false, see core.schema)."""

    # True where a body must change something even without partial=True (PATCH bodies
    # validated by a plain serializer).
    requires_a_field = False

    def writable_fields_text(self) -> str:
        return ", ".join(name for name, field in self.fields.items() if not field.read_only)

    def to_internal_value(self, data):
        if isinstance(data, dict) and not data and (self.partial or self.requires_a_field):
            # An empty PATCH changed nothing and answered 200, hiding a client's bug (a body
            # lost on the way, a wrong content type): the schema says minProperties: 1.
            message = f"Send at least one field to change; allowed: {self.writable_fields_text()}."
            raise exceptions.ValidationError({api_settings.NON_FIELD_ERRORS_KEY: [message]})
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise exceptions.ValidationError(
                    {
                        name: [f"Unknown field; allowed: {', '.join(self.fields)}."]
                        for name in unknown
                    }
                )
            # DRF's CharField turns 0 into "0"; a number where text belongs is a client bug.
            not_text = sorted(
                name
                for name, field in self.fields.items()
                if isinstance(field, serializers.CharField | serializers.ChoiceField)
                and data.get(name) is not None
                and not isinstance(data[name], str)
            )
            if not_text:
                raise exceptions.ValidationError({name: ["Must be a string."] for name in not_text})
        return super().to_internal_value(data)


MAX_ID = 2**63 - 1
ID_SCHEMA = {"type": "integer", "format": "int64", "minimum": -MAX_ID - 1, "maximum": MAX_ID}


class IdField(forms.IntegerField):
    """A bigint id: past PostgreSQL's bigint the query would fail (a 500), not find nothing.
    (A negative id is valid and finds nothing.)"""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", -MAX_ID - 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


# The schema says so too (django-filter's NumberFilter was documented as "number").
@extend_schema_field(ID_SCHEMA)
class IntegerFilter(django_filters.NumberFilter):
    """Ids are whole numbers: `?source=1.5` is an error, not a search for source 1.5."""

    field_class = IdField


class FilterSet(django_filters.FilterSet):
    """django-filter's FilterSet, validating query strings without a Form per request.

    django-filter deep-copies every filter and then builds a Form, which deep-copies every
    form field again, before it cleans the query string: about 0.6 ms of a 5 ms list
    request, for fields that only ever turn strings into values. Here the filters and their
    form fields are built once per class and shared: each request cleans its values with
    the same widgets and fields a Form would use and collects the same errors, then applies
    the filters (method filters are called on this instance, which holds the request).
    `form` still works, for the browsable API's filter form.
    """

    _form_classes: dict[type, type] = {}

    @classmethod
    def get_filters(cls):
        """Every number filter on an id column is an id filter (IntegerFilter): a whole
        number within bigint, documented so. django-filter's NumberFilter is a Decimal the
        schema calls `number` but which it refused past 1e50 (`?claim=9.2e71` was a 400 the
        schema allowed) and which let `?claim=1.5` through."""
        filters = super().get_filters()
        for name, filter_ in list(filters.items()):
            column = filter_.field_name or name
            is_id = column == "id" or column.endswith("_id")
            if type(filter_) is django_filters.NumberFilter and is_id:
                filters[name] = IntegerFilter(
                    field_name=filter_.field_name,
                    lookup_expr=filter_.lookup_expr,
                    method=filter_.method,
                    **filter_.extra,
                )
        return filters

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if queryset is None:
            queryset = self._meta.model._default_manager.all()
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset
        self.request = request
        self.form_prefix = prefix
        # Shared, never modified per request (see the class docstring).
        self.filters = self.base_filters
        for filter_ in self.filters.values():
            filter_.model = queryset.model

    def get_form_class(self):
        form_class = FilterSet._form_classes.get(type(self))
        if form_class is None:
            form_class = FilterSet._form_classes[type(self)] = super().get_form_class()
        return form_class

    def _clean(self) -> None:
        """What Form.full_clean does for these fields: `cleaned_data` and `_errors`, except
        that optional filters absent from the query string are left out rather than cleaned
        to their empty value (which filters nothing): a request names one or two of them."""
        if hasattr(self, "_cleaned_data"):
            return
        cleaned, errors = {}, ErrorDict()
        for name, filter_ in self.filters.items():
            field = filter_.field  # built once, cached on the shared filter
            html_name = f"{self.form_prefix}-{name}" if self.form_prefix else name
            if not field.required and field.widget.value_omitted_from_data(
                self.data, {}, html_name
            ):
                continue
            raw = field.widget.value_from_datadict(self.data, {}, html_name)
            try:
                cleaned[name] = field.clean(raw)
            except DjangoValidationError as exc:
                errors[name] = ErrorList(exc.error_list)
        self._cleaned_data, self._errors = cleaned, errors

    def is_valid(self):
        if not self.is_bound:
            return False
        self._clean()
        return not self._errors

    @property
    def errors(self):
        self._clean()
        return self._errors

    def filter_queryset(self, queryset):
        self._clean()
        return self.apply(queryset, self._cleaned_data)

    def apply(self, queryset, cleaned: dict[str, Any]):
        """`queryset` filtered by already cleaned values (core.compiled passes markers)."""
        for name, value in cleaned.items():
            if value in EMPTY_VALUES:
                continue
            filter_ = self.filters[name]
            if filter_.method is not None:
                method = filter_.method
                method = method if callable(method) else getattr(self, method)
                queryset = method(queryset, filter_.field_name, value)
            else:
                queryset = filter_.filter(queryset, value)
        return queryset

    def shape_and_values(self) -> tuple[tuple, dict[str, Any]]:
        """The cleaned filters split as core.compiled.CompiledShapes takes them.

        Which filters are present is shape; so are booleans and enum members, which change
        the SQL itself (IS NULL or IS NOT NULL); every other value is a parameter. Filters
        must then pass those values to the ORM as they are (see core.compiled).
        """
        self._clean()
        shape, values = [], {}
        for name, value in self._cleaned_data.items():
            if value in EMPTY_VALUES:
                continue
            if isinstance(value, bool | enum.Enum):
                shape.append((name, value))
            else:
                shape.append((name,))
                values[name] = list(value) if isinstance(value, list | tuple) else value
        return tuple(shape), values

    @staticmethod
    def cleaned_from(shape: tuple, values: dict[str, Any]) -> dict[str, Any]:
        """The inverse of shape_and_values: cleaned values to `apply`."""
        return {entry[0]: entry[1] if len(entry) == 2 else values[entry[0]] for entry in shape}


class StrictFilterBackend(DjangoFilterBackend):
    """Refuse query parameters nobody reads: a typo in a filter must not silently return
    everything."""

    ALWAYS_ALLOWED = frozenset({"cursor", "page_size", "format"})

    def filter_queryset(self, request, queryset, view):
        filterset = self.validated_filterset(request, queryset, view)
        return queryset if filterset is None else filterset.qs

    def validated_filterset(self, request, queryset, view):
        """The view's filterset, bound to the query string and valid (or a 400 is raised)."""
        allowed = set(self.ALWAYS_ALLOWED) | set(getattr(view, "extra_query_params", ()))
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None:
            allowed |= set(filterset_class.base_filters)
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            raise exceptions.ValidationError(
                {
                    name: [f"Unknown query parameter; allowed: {', '.join(sorted(allowed))}."]
                    for name in unknown
                }
            )
        if filterset_class is not None:
            # django-filter reads `?created_before=` as "no filter"; for anything but a
            # substring search an empty value is a mistake worth naming.
            empty = sorted(
                name
                for name, flt in filterset_class.base_filters.items()
                if request.query_params.get(name, None) == ""
                and not (isinstance(flt, CharFilter) and flt.lookup_expr == "icontains")
            )
            if empty:
                raise exceptions.ValidationError({name: ["Must not be empty."] for name in empty})
            # django-filter reads anything but true/false as "no filter" for booleans.
            not_boolean = sorted(
                name
                for name, flt in filterset_class.base_filters.items()
                if isinstance(flt, BooleanFilter)
                and any(v not in ("true", "false") for v in request.query_params.getlist(name))
            )
            if not_boolean:
                raise exceptions.ValidationError(
                    {name: ["Must be true or false."] for name in not_boolean}
                )
        filterset = self.get_filterset(request, queryset, view)
        if filterset is not None and not filterset.is_valid():
            raise translate_validation(filterset.errors)
        return filterset


_ETAG = re.compile(r'^(?:W/)?"(?P<tag>[^"]*)"$')


def etag_for(kind: str, pk: int, version: int) -> str:
    return f'"{kind}-{pk}-v{version}"'


def expected_version(
    request, *, kind: str, pk: int, required: bool, current: Callable[[], int | None] | None = None
) -> int | None:
    """The version the client saw, from If-Match; None when absent and not required.
    `current` looks the object's version up, for a 412 that names the ETag to send."""
    header = request.headers.get("If-Match", "").strip()
    if not header:
        if required:
            raise PreconditionRequired()
        return None
    match = _ETAG.match(header)
    tag = match.group("tag") if match else ""
    prefix = f"{kind}-{pk}-v"
    if not tag.startswith(prefix) or not tag[len(prefix) :].isdigit():
        # Not this object's ETag, so it cannot match: a failed precondition (RFC 9110).
        now = current() if current is not None else None
        hint = f'its current ETag is "{prefix}{now}"' if now is not None else "send its ETag"
        raise PreconditionFailed(f"If-Match does not match this {kind}: {hint} (from a GET).")
    return int(tag[len(prefix) :])
