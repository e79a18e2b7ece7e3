"""Writes for matching. Import from here: `from matching.services import claim_merge`."""

from matching.services.embeddings import (
    claim_embeddings_write,
    claim_match_index_write,
    embeddings_backfill,
)
from matching.services.matching import (
    ExtractedMatch,
    appearance_record_match,
    extracted_claim_match,
    on_published_claim_reappeared,
    suggestions_create,
)
from matching.services.merge import appearance_split, claim_merge
from matching.services.review import suggestion_confirm, suggestion_reject
from matching.services.signatures import claim_signatures_write, signatures_backfill

__all__ = [
    "ExtractedMatch",
    "appearance_record_match",
    "appearance_split",
    "claim_embeddings_write",
    "claim_match_index_write",
    "claim_merge",
    "claim_signatures_write",
    "embeddings_backfill",
    "extracted_claim_match",
    "on_published_claim_reappeared",
    "signatures_backfill",
    "suggestion_confirm",
    "suggestion_reject",
    "suggestions_create",
]
