"""The claim detail the API returns everywhere (GET, after each write, on a lease)."""

from __future__ import annotations

from typing import Any

from rest_framework.response import Response

from claims import selectors
from claims.api.serializers import (
    AppearanceSerializer,
    ChangeSerializer,
    ClaimDetailSerializer,
    EvidenceSerializer,
)
from core.api import etag_for
from core.compiled import CompiledValues
from core.errors import NotFound

# Built once per connection (core.compiled): these four run on every detail, write and lease.
_CLAIM = CompiledValues(
    lambda pk: selectors.claim_list().filter(pk=pk).values(*ClaimDetailSerializer.row_lookups())
)
_APPEARANCES = CompiledValues(
    lambda pk: (
        selectors.appearance_list().filter(claim_id=pk).values(*AppearanceSerializer.row_lookups())
    )
)
_EVIDENCE = CompiledValues(
    lambda pk: (
        selectors.evidence_list().filter(claim_id=pk).values(*EvidenceSerializer.row_lookups())
    )
)
_HISTORY = CompiledValues(
    lambda pk: selectors.change_list().filter(claim_id=pk).values(*ChangeSerializer.row_lookups())
)


def claim_detail_row(claim_id: int) -> dict[str, Any]:
    """The claim and its appearances, evidence and history as plain rows (four queries),
    for ClaimDetailSerializer's fast path (core.rows)."""
    found = _CLAIM.rows(claim_id)
    if not found:
        raise NotFound(f"Claim {claim_id} does not exist.")
    row = found[0]
    row["appearances"] = _APPEARANCES.rows(claim_id)
    row["evidence"] = _EVIDENCE.rows(claim_id)
    row["history"] = _HISTORY.rows(claim_id)
    return row


def claim_detail_response(claim_id: int) -> Response:
    row = claim_detail_row(claim_id)
    response = Response(ClaimDetailSerializer(row).data)
    response["ETag"] = etag_for("claim", row["id"], row["version"])
    return response
