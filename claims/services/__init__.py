"""Writes for claims. Import from here: `from claims.services import article_extract`."""

from claims.services.bulk import BulkOutcome, claims_bulk
from claims.services.create import claim_create
from claims.services.evidence import claim_add_evidence
from claims.services.extraction import (
    ExtractionOutcome,
    article_extract,
    article_retry_extraction,
    articles_extract,
    extraction_requeue_stale,
)
from claims.services.history import claim_record_change
from claims.services.priority import claim_priority
from claims.services.queue import (
    claim_recompute_priority,
    queue_expire_leases,
    queue_next_claim,
    queue_reassign,
    queue_release,
    reviewer_languages,
    reviewer_set_languages,
)
from claims.services.reextract import article_reextract
from claims.services.workflow import (
    TRANSITIONS,
    DismissalReason,
    allowed_transitions,
    claim_dismiss,
    claim_promote,
    claim_propose_verdict,
    claim_publish,
    claim_take,
    claim_transition,
    claim_update,
)

__all__ = [
    # review workflow and queue
    "TRANSITIONS",
    "BulkOutcome",
    "DismissalReason",
    "ExtractionOutcome",
    "allowed_transitions",
    "article_extract",
    "article_reextract",
    "article_retry_extraction",
    "articles_extract",
    "claim_add_evidence",
    "claim_create",
    "claim_dismiss",
    "claim_priority",
    "claim_promote",
    "claim_propose_verdict",
    "claim_publish",
    "claim_recompute_priority",
    "claim_record_change",
    "claim_take",
    "claim_transition",
    "claim_update",
    "claims_bulk",
    "extraction_requeue_stale",
    "queue_expire_leases",
    "queue_next_claim",
    "queue_reassign",
    "queue_release",
    "reviewer_languages",
    "reviewer_set_languages",
]
