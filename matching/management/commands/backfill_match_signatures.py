"""python manage.py backfill_match_signatures [--batch-size N] [--rewrite] [--after-id ID]:
write the duplicate matcher's signatures for claims that have none (claims written before
the signature table existed, or by a path that does not write them)."""

from __future__ import annotations

from matching.management.backfill import BackfillCommand
from matching.services.signatures import signatures_backfill


class Command(BackfillCommand):
    help = "Fill matching_claimsignature in batches (one transaction per batch)."
    default_batch_size = 10_000

    def backfill(self, **kwargs):
        return signatures_backfill(**kwargs)

    def summary(self, outcome) -> str:
        return (
            f"{outcome.claims} claims, {outcome.signatures} signatures written "
            f"(last claim id {outcome.last_id})"
        )
