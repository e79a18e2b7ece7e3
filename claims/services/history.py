"""The audit trail: every change to a claim is a ClaimChange row."""

from __future__ import annotations

from typing import Any

from claims.models import Claim, ClaimChange


def claim_record_change(
    *,
    claim: Claim,
    field: str,
    before: Any,
    after: Any,
    actor: Any = None,
    reason: str = "",
) -> ClaimChange:
    return ClaimChange.objects.create(
        claim=claim, field=field, before=before, after=after, actor=actor, reason=reason
    )


def claim_record_changes(
    *, claim: Claim, changes: list[tuple[str, Any, Any]], actor: Any = None, reason: str = ""
) -> list[ClaimChange]:
    """Several fields changed by one move, (field, before, after) each: one INSERT."""
    return ClaimChange.objects.bulk_create(
        ClaimChange(
            claim=claim, field=field, before=before, after=after, actor=actor, reason=reason
        )
        for field, before, after in changes
    )
