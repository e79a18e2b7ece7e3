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
