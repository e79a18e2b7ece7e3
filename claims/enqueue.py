"""Waking the extraction workers (core.enqueue: fail fast, log, the extraction sweep
re-sends, since the article row is already `pending`).

The tasks are registered under these names (claims.tasks); sending by name keeps the
services, which enqueue, from importing the tasks, which call the services.
"""

from __future__ import annotations

import logging

from core.enqueue import send

logger = logging.getLogger(__name__)

EXTRACT = "claims.tasks.extract_claims"
EXTRACT_BATCH = "claims.tasks.extract_claims_batch"


def enqueue_extraction(article_id: int) -> None:
    send(EXTRACT, [article_id], what=f"extraction of article {article_id}", logger=logger)


def enqueue_extraction_batch(article_ids: list[int]) -> None:
    """Bulk ingest: one message, one batched spaCy pass."""
    if not article_ids:
        return
    send(
        EXTRACT_BATCH,
        [list(article_ids)],
        what=f"extraction of {len(article_ids)} articles",
        logger=logger,
    )
