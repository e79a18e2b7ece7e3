"""Writes for sources and articles. Import from here: `from sources.services import article_ingest`.

`article_ingest` is the one door every article comes in by (text or URL); `article_fetch`
turns a URL article into text. Waking the fetchers is `sources.enqueue`; extraction is claims'
work, announced through `sources.hooks`.
"""

from sources.services.article_text import SUPPORTED_LANGUAGES, content_hash
from sources.services.fetch import (
    FetchOutcome,
    article_fetch,
    article_refetch,
    fetch_release,
    fetch_requeue_stale,
)
from sources.services.ingest import (
    IngestResult,
    article_ingest,
    article_ingest_file,
    read_article_file,
)
from sources.services.source import source_create, source_get_or_create, source_update

__all__ = [
    "SUPPORTED_LANGUAGES",
    "FetchOutcome",
    "IngestResult",
    "article_fetch",
    "article_ingest",
    "article_ingest_file",
    "article_refetch",
    "content_hash",
    "fetch_release",
    "fetch_requeue_stale",
    "read_article_file",
    "source_create",
    "source_get_or_create",
    "source_update",
]
