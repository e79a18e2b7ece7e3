"""Waking the fetchers (core.enqueue: fail fast, log, the fetch sweep re-sends).

The task is registered under this name (sources.tasks); sending by name keeps the services,
which enqueue, from importing the tasks, which call the services.
"""

from __future__ import annotations

import logging

from core.enqueue import send

logger = logging.getLogger(__name__)

FETCH = "sources.tasks.fetch_article"


def enqueue_fetch(article_id: int) -> None:
    """The row is already `fetching`, so a lost message only waits for the fetch sweep."""
    send(FETCH, [article_id], what=f"fetch of article {article_id}", logger=logger)
