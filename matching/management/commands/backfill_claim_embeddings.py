"""python manage.py backfill_claim_embeddings [--batch-size N] [--rewrite] [--after-id ID]:
embed claims that have no sentence embedding (written before embeddings existed, or by a
path that does not write them); with --rewrite, every claim (after a model change)."""

from __future__ import annotations

from matching.management.backfill import BackfillCommand
from matching.services import embeddings_backfill


class Command(BackfillCommand):
    help = "Fill matching_claimembedding in batches (one transaction per batch, resumable)."
    default_batch_size = 256
    rewrite_help = "re-embed every claim, not only missing ones"

    def backfill(self, **kwargs):
        return embeddings_backfill(**kwargs)

    def summary(self, outcome) -> str:
        return (
            f"{outcome.claims} claims embedded (last claim id {outcome.last_id}); "
            f"rerun with --after-id {outcome.last_id} to resume after an interruption"
        )
