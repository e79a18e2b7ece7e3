"""What sources tells the layers above it.

sources sits below claims (docs/architecture.md) and never imports it. Extracting claims is
claims' work, so claims connects itself here, from ClaimsConfig.ready(), and wakes its own
workers (claims.receivers).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.dispatch import Signal

from sources.models import Article

# Articles that now have text in a supported language and wait, `pending`, for extraction.
# Sent after the commit that stored them, with `article_ids` (a list, several for a bulk
# ingest). The pending rows are the outbox: claims' extraction sweep re-sends any article
# whose message never went out, so a receiver that fails only delays the work.
articles_pending = Signal()


def announce_pending(article_ids: Iterable[int]) -> None:
    """Tell whoever extracts that these articles wait (call it after the commit)."""
    ids = list(article_ids)
    if ids:
        articles_pending.send(sender=Article, article_ids=ids)
