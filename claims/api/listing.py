"""The claims list (`GET /claims/` without `q`): one page of rows from SQL compiled once
per shape of request (core.compiled), paged by DRF's cursor logic (core.api.RowsPage).

Only the first request of each shape (which filters, booleans, ordering, cursor direction,
page size) builds the query with the ORM: through the same ClaimFilter.apply as any other
filtered queryset, so the SQL is what the ORM would have run. Full-text search keeps the
ORM path: its ranking is a different query, and its targets are met without this.
"""

from __future__ import annotations

from typing import Any

from claims import selectors
from claims.api.filters import ClaimFilter
from claims.api.serializers import ClaimSerializer
from claims.models import Claim
from core.compiled import CompiledShapes
from core.pagination import RowsPage

# Not a filter name (those are identifiers): where the cursor's position goes in `values`.
_POSITION = "cursor position"


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
    """What the cursor paginator pages through: the claims `filterset` (valid) selects."""
    filters, values = filterset.shape_and_values()

    def fetch(ordering, position, offset, limit) -> list[dict[str, Any]]:
        page_values = dict(values)
        lookup = None
        if position is not None:
            lookup, page_values[_POSITION] = position
        return _PAGE.rows((filters, ordering, lookup, offset, limit), page_values)

    return RowsPage(Claim, fetch)
