"""Writes for sources and articles. `article_ingest` is the one door every article comes in by."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction

from claims.extraction import detect_language
from claims.extraction.header import DateHeaderError, PartialDate, split_date_header
from core.errors import DomainError
from core.text import clean_article_text, fold_spaces
from sources.models import Article, Source

logger = logging.getLogger(__name__)

# What the extractor handles; other languages are stored as unsupported for manual entry.
SUPPORTED_LANGUAGES = frozenset({"fr", "en"})


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def content_hash(text: str) -> str:
    """Same words, same hash: case, accents and white space do not make a new article."""
    return hashlib.sha256(fold_spaces(text).encode("utf-8")).hexdigest()


def article_ingest(
    *,
    text: str,
    url: str | None = None,
    title: str = "",
    language: str | None = None,
    published: PartialDate | None = None,
    source: Source | None = None,
    ingested_by: Any = None,
    enqueue: bool = True,
) -> IngestResult:
    """Store an article once and have its claims extracted after the transaction commits.

    `enqueue=False` leaves the new article pending for the caller to batch (bulk ingest);
    the sweep picks it up if the caller never does.

    A leading `date YYYY[-MM[-DD]]` header sets the publication date (unless `published` is
    given) and is cut off the text. The same text (or URL) twice returns the first article.
    """
    try:
        split = split_date_header(text)
    except DateHeaderError as exc:
        raise DomainError(str(exc), field="text") from None
    body = clean_article_text(split.body)
    if not body:
        raise DomainError("The article has no text.", code="empty", field="text")
    if "\x00" in body:
        raise DomainError("The article text contains NUL bytes: is it a binary file?", field="text")
    if len(body) > settings.ARTICLE_MAX_CHARS:
        raise DomainError(
            f"The article has {len(body):,} characters; the limit is "
            f"{settings.ARTICLE_MAX_CHARS:,} (ARTICLE_MAX_CHARS).",
            code="too_long",
            field="text",
        )
    published = published or split.published
    digest = content_hash(body)

    existing = _find_existing(url=url, digest=digest)
    if existing is not None:
        return IngestResult(article=existing, created=False)

    language = (language or "").strip().lower() or detect_language(body)
    unsupported = language not in SUPPORTED_LANGUAGES
    article = Article(
        source=source,
        url=url or None,
        title=title.strip()[:500],
        language=language,
        published_on=published.first_day() if published else None,
        published_precision=published.precision if published else "",
        text=body,
        content_hash=digest,
        ingested_by=ingested_by,
        extraction_state=(
            Article.ExtractionState.UNSUPPORTED if unsupported else Article.ExtractionState.PENDING
        ),
        extraction_error=(
            f"Language '{language}' is not supported for automatic extraction (supported: "
            f"{', '.join(sorted(SUPPORTED_LANGUAGES))}). Claims can still be added by hand."
            if unsupported
            else ""
        ),
    )
    try:
        with transaction.atomic():
            article.save()
            if enqueue and not unsupported:
                transaction.on_commit(lambda: enqueue_extraction(article.pk))
    except IntegrityError:
        # Another request stored the same article between our lookup and our insert.
        existing = _find_existing(url=url, digest=digest)
        if existing is None:
            raise
        return IngestResult(article=existing, created=False)
    return IngestResult(article=article, created=True)


def _find_existing(*, url: str | None, digest: str) -> Article | None:
    if url:
        by_url = Article.objects.filter(url=url).first()
        if by_url is not None:
            return by_url
    return Article.objects.filter(content_hash=digest).first()


def enqueue_extraction(article_id: int) -> None:
    """Wake a worker. The article row is already pending, so a lost message only delays it:
    the periodic sweep re-enqueues it. Hence failures are logged, never raised."""
    from claims.tasks import extract_claims

    try:
        extract_claims.delay(article_id)
    except Exception:
        logger.exception("could not enqueue extraction of article %s; the sweep will", article_id)


def enqueue_extraction_batch(article_ids: list[int]) -> None:
    """Bulk ingest: one message, one batched spaCy pass. Same loss rules as above."""
    from claims.tasks import extract_claims_batch

    if not article_ids:
        return
    try:
        extract_claims_batch.delay(article_ids)
    except Exception:
        logger.exception(
            "could not enqueue extraction of %d articles; the sweep will", len(article_ids)
        )


def read_article_file(path: Path) -> str:
    """Read a UTF-8 text file, or raise DomainError saying what is wrong with it."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise DomainError(f"{path}: is a directory") from None
    except OSError as exc:
        raise DomainError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise DomainError(f"{path}: the file is empty")
    if b"\x00" in raw[:8192]:
        raise DomainError(f"{path}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DomainError(
            f"{path}: is not UTF-8 (invalid byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "convert it with e.g. iconv -f latin1 -t utf-8"
        ) from None
    return text


def article_ingest_file(
    *, path: Path, ingested_by: Any = None, enqueue: bool = True
) -> IngestResult:
    text = read_article_file(path)
    try:
        return article_ingest(text=text, ingested_by=ingested_by, enqueue=enqueue)
    except DomainError as exc:
        raise DomainError(f"{path}: {exc.message}", code=exc.code, field=exc.field) from None
