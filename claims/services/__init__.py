"""Writes for claims. Import from here: `from claims.services import article_extract`."""

from claims.services.extraction import (
    ExtractionOutcome,
    article_extract,
    article_retry_extraction,
    extraction_requeue_stale,
)
from claims.services.history import claim_record_change
from claims.services.priority import claim_priority

__all__ = [
    "ExtractionOutcome",
    "article_extract",
    "article_retry_extraction",
    "claim_priority",
    "claim_record_change",
    "extraction_requeue_stale",
]
