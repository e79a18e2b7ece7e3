"""Celery tasks for sources: thin wrappers that load ids and call services. Safe to run twice."""

from __future__ import annotations

from celery import shared_task

from sources.enqueue import FETCH
from sources.services import article_fetch, fetch_requeue_stale


@shared_task(name=FETCH, acks_late=True)
def fetch_article(article_id: int) -> dict[str, object]:
    outcome = article_fetch(article_id=article_id)
    return {
        "article_id": outcome.article_id,
        "state": outcome.state,
        "error_code": outcome.error_code,
        "duplicate_of": outcome.duplicate_of,
        "skipped": outcome.skipped_reason,
    }


@shared_task(name="sources.tasks.requeue_stale_fetches")
def requeue_stale_fetches() -> int:
    return fetch_requeue_stale()
