"""Celery tasks: thin wrappers that load ids and call services. Safe to run twice.

The ones the services wake are registered under the names in claims.enqueue, which sends
them by name."""

from __future__ import annotations

from celery import shared_task

from claims.enqueue import EXTRACT, EXTRACT_BATCH
from claims.services import (
    article_extract,
    articles_extract,
    extraction_requeue_stale,
    queue_expire_leases,
)


@shared_task(name=EXTRACT, acks_late=True)
def extract_claims(article_id: int) -> dict[str, object]:
    outcome = article_extract(article_id=article_id)
    return {
        "article_id": outcome.article_id,
        "state": outcome.state,
        "claims_created": outcome.claims_created,
        "skipped": outcome.skipped_reason,
    }


@shared_task(name=EXTRACT_BATCH, acks_late=True)
def extract_claims_batch(article_ids: list[int]) -> dict[str, int]:
    """Bulk ingest: one batched spaCy pass over several articles."""
    outcomes = articles_extract(article_ids=article_ids)
    return {"articles": len(outcomes), "claims_created": sum(o.claims_created for o in outcomes)}


@shared_task(name="claims.tasks.requeue_stale_extractions")
def requeue_stale_extractions() -> int:
    return extraction_requeue_stale()


@shared_task(name="claims.tasks.expire_review_leases")
def expire_review_leases() -> int:
    return queue_expire_leases()
