"""claims' answers to the layers below it, connected from ClaimsConfig.ready().

sources announces articles waiting for extraction (sources.hooks) without knowing who
extracts; claims wakes its extraction workers for them.
"""

from __future__ import annotations

from typing import Any

from claims.enqueue import enqueue_extraction, enqueue_extraction_batch
from sources.hooks import articles_pending


def extract_pending(sender: Any, *, article_ids: list[int], **kwargs: Any) -> None:
    """One article, one message; a bulk ingest's batch, one message for one batched pass."""
    if len(article_ids) == 1:
        enqueue_extraction(article_ids[0])
    else:
        enqueue_extraction_batch(article_ids)


def connect() -> None:
    articles_pending.connect(extract_pending, dispatch_uid="claims.extract_pending")
