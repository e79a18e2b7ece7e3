"""The claims list, `GET /claims/`: which rows a request asks for, and how they are fetched.

`claim_rows(view)` is all a view needs: what its paginator pages through, as plain rows for
its serializer (core.rows shapes them). Behind it:
- with `q`, ranked full-text search through the ORM: its ranking is a different query,
  and its targets are met without compiling it;
- otherwise SQL compiled once per shape of request (core.compiled): which filters,
  booleans, ordering, cursor direction and page size. Only the first request of a shape
  builds the query with the ORM, through the same ClaimFilter.apply as any other filtered
  queryset, so the SQL is what the ORM would have run; DRF's cursor logic pages it
  (core.pagination.RowsPage).
"""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from claims import selectors
from claims.api.filters import ClaimFilter
from claims.api.serializers import ClaimSerializer
from claims.models import Claim
from core.api import StrictFilterBackend
from core.compiled import CompiledShapes
from core.pagination import RowsPage

# Not a filter name (those are identifiers): where the cursor's position goes in `values`.
_POSITION = "cursor position"


def search_terms(request: Any) -> str:
    """`q` as searched: every place that asks whether there is a search must agree, or
    `?q=%C2%A0` (blank once stripped) ordered by a rank no query computed (a 500)."""
    return request.query_params.get("q", "").strip()


class ClaimOrdering(OrderingFilter):
    """Like DRF's, but an unknown ordering is an error instead of being silently ignored."""

    def remove_invalid_fields(self, queryset, fields, view, request):
        valid = super().remove_invalid_fields(queryset, fields, view, request)
        if len(valid) != len(fields):
            allowed = ", ".join(f"{sign}{f}" for f in view.ordering_fields for sign in ("", "-"))
            raise ValidationError({"ordering": [f"Unknown ordering; use one of: {allowed}."]})
        return valid

    def get_default_ordering(self, view):
        if search_terms(view.request):
            return ["-rank"]
        return super().get_default_ordering(view)


def claim_rows(view: Any) -> Any:
    """What `view`'s paginator pages through for its request: the claims it asks for, as
    rows of `view.get_serializer_class()`, fetched the fastest way that gives the same rows
    (see the module docstring)."""
    request = view.request
    if search_terms(request):
        queryset = view.filter_queryset(view.get_queryset())
        return queryset.values(*view.get_serializer_class().row_lookups())
    filters = StrictFilterBackend().validated_filterset(request, Claim.objects.all(), view)
    return claim_page(filters)


def _build(shape: tuple, values: dict[str, Any]):
    filters, ordering, position_lookup, offset, limit = shape
    queryset = ClaimFilter().apply(
        selectors.claim_list(), ClaimFilter.cleaned_from(filters, values)
    )
    queryset = queryset.order_by(*ordering)
    if position_lookup is not None:
        queryset = queryset.filter(**{position_lookup: values[_POSITION]})
    return queryset.values(*ClaimSerializer.row_lookups())[offset : offset + limit]


_PAGE = CompiledShapes(_build)


def claim_page(filterset: ClaimFilter) -> RowsPage:
    """The claims `filterset` (valid) selects, for the cursor paginator, from compiled SQL."""
    filters, values = filterset.shape_and_values()

    def fetch(ordering, position, offset, limit) -> list[dict[str, Any]]:
        page_values = dict(values)
        lookup = None
        if position is not None:
            lookup, page_values[_POSITION] = position
        return _PAGE.rows((filters, ordering, lookup, offset, limit), page_values)

    return RowsPage(Claim, fetch)
