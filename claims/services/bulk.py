"""Admin actions over many claims: one service call per claim, each in its own
transaction, so one refusal does not undo the others and every claim gets its own
history rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from core.errors import DomainError


@dataclass
class BulkOutcome:
    done: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)


def claims_bulk(action: Any, *, claim_ids: Iterable[int], **kwargs: Any) -> BulkOutcome:
    """Run a one-claim service over many claims, each in its own transaction, so one
    refusal does not undo the others; every claim gets its own history rows."""
    outcome = BulkOutcome()
    for claim_id in claim_ids:
        try:
            action(claim_id=claim_id, expected_version=None, **kwargs)
        except DomainError as exc:
            outcome.refused.append((claim_id, exc.message))
        else:
            outcome.done.append(claim_id)
    return outcome
