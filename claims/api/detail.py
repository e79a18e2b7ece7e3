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
from core.errors import NotFound


def claim_detail_row(claim_id: int) -> dict[str, Any]:
    """The claim and its appearances, evidence and history as plain rows (four queries),
    for ClaimDetailSerializer's fast path (core.rows)."""
    row = (
        selectors.claim_list()
        .filter(pk=claim_id)
        .values(*ClaimDetailSerializer.row_lookups())
        .first()
    )
    if row is None:
        raise NotFound(f"Claim {claim_id} does not exist.")
    row["appearances"] = list(
        selectors.appearance_list()
        .filter(claim_id=claim_id)
        .values(*AppearanceSerializer.row_lookups())
    )
    row["evidence"] = list(
        selectors.evidence_list()
        .filter(claim_id=claim_id)
        .values(*EvidenceSerializer.row_lookups())
    )
    row["history"] = list(
        selectors.change_list().filter(claim_id=claim_id).values(*ChangeSerializer.row_lookups())
    )
    return row


def claim_detail_response(claim_id: int) -> Response:
    row = claim_detail_row(claim_id)
    response = Response(ClaimDetailSerializer(row).data)
    response["ETag"] = etag_for("claim", row["id"], row["version"])
    return response
