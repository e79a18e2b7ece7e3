"""Storing an article once, from its text or its URL, and announcing it after commit (to the
fetcher, or to whoever extracts: sources.hooks)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from claims.extraction import detect_language
from claims.extraction.header import DateHeaderError, PartialDate, split_date_header
from core.errors import DomainError
from core.ssrf import refuse_literal_address
from core.text import clean_article_text
from sources.enqueue import enqueue_fetch
from sources.hooks import announce_pending
from sources.models import Article, Source
from sources.services.article_text import (
    SUPPORTED_LANGUAGES,
    check_article_text,
    content_hash,
    unsupported_message,
)
from sources.services.fetch import article_attach_text
from sources.urls import normalize_url

State = Article.ExtractionState


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def article_ingest(
    *,
    text: str | None = None,
    url: str | None = None,
    title: str = "",
    language: str | None = None,
    published: PartialDate | None = None,
    source: Source | None = None,
    ingested_by: Any = None,
    enqueue: bool = True,
) -> IngestResult:
    """Store an article once and have it fetched and/or extracted after the transaction commits.

    With text: a leading `date YYYY[-MM[-DD]]` header sets the publication date (unless
    `published` is given) and is cut off the text. With only a URL: the article is stored as
    `fetching` and the `fetch_article` task fills in its text. The same text, or the same
    canonical URL, twice returns the first article.

    `enqueue=False` leaves the new article for the caller to fetch or batch (bulk ingest); the
    sweeps pick it up if the caller never does.
    """
    canonical = normalize_url(url) if url else None
    if not (text or "").strip() and canonical:
        return _ingest_url(
            url=canonical,
            title=title,
            language=language,
            published=published,
            source=source,
            ingested_by=ingested_by,
            enqueue=enqueue,
        )
    try:
        split = split_date_header(text or "")
    except DateHeaderError as exc:
        raise DomainError(str(exc), field="text") from None
    body = check_article_text(clean_article_text(split.body))
    published = published or split.published
    digest = content_hash(body)

    existing = _find_existing(url=canonical, digest=digest)
    if existing is not None and not existing.text and existing.duplicate_of_id is None:
        filled = article_attach_text(
            article_id=existing.pk,
            body=body,
            title=title,
            language=language or "",
            published=published,
            enqueue=enqueue,
        )
        return IngestResult(article=filled, created=filled.pk == existing.pk)
    if existing is not None:
        return IngestResult(article=existing, created=False)

    language = (language or "").strip().lower() or detect_language(body)
    unsupported = language not in SUPPORTED_LANGUAGES
    article = Article(
        source=source,
        url=canonical,
        title=title.strip()[:500],
        language=language,
        published_on=published.first_day() if published else None,
        published_precision=published.precision if published else "",
        text=body,
        text_origin=Article.TextOrigin.SUPPLIED,
        content_hash=digest,
        ingested_by=ingested_by,
        extraction_state=State.UNSUPPORTED if unsupported else State.PENDING,
        extraction_error=unsupported_message(language) if unsupported else "",
    )
    try:
        with transaction.atomic():
            article.save()
            if enqueue and not unsupported:
                transaction.on_commit(lambda: announce_pending([article.pk]))
    except IntegrityError:
        # Another request stored the same article between our lookup and our insert.
        existing = _find_existing(url=canonical, digest=digest)
        if existing is None:
            raise
        return IngestResult(article=existing, created=False)
    return IngestResult(article=article, created=True)


def _ingest_url(
    *,
    url: str,
    title: str,
    language: str | None,
    published: PartialDate | None,
    source: Source | None,
    ingested_by: Any,
    enqueue: bool,
) -> IngestResult:
    # Numeric private addresses are refused now, with a 400; names are checked at fetch time.
    refuse_literal_address(url)
    existing = _known_url(url, enqueue=enqueue)
    if existing is not None:
        return IngestResult(article=existing, created=False)
    article = Article(
        source=source,
        url=url,
        title=title.strip()[:500],
        language=(language or "").strip().lower(),
        published_on=published.first_day() if published else None,
        published_precision=published.precision if published else "",
        text="",
        content_hash=None,
        ingested_by=ingested_by,
        extraction_state=State.FETCHING,
    )
    try:
        with transaction.atomic():
            article.save()
            if enqueue:
                transaction.on_commit(lambda: enqueue_fetch(article.pk))
    except IntegrityError:
        existing = _known_url(url, enqueue=enqueue)
        if existing is None:
            raise
        return IngestResult(article=existing, created=False)
    return IngestResult(article=article, created=True)


def _known_url(url: str, *, enqueue: bool) -> Article | None:
    """The article already stored under this URL: the original if it was a duplicate; a
    failed fetch is put back to `fetching` (the failure may have been a passing one)."""
    existing = Article.objects.filter(url=url).select_related("duplicate_of").first()
    if existing is None:
        return None
    if existing.duplicate_of is not None:
        return existing.duplicate_of
    if existing.extraction_state == State.FAILED and not existing.text:
        now = timezone.now()
        reset = Article.objects.filter(
            pk=existing.pk, extraction_state=State.FAILED, text=""
        ).update(
            extraction_state=State.FETCHING,
            extraction_started_at=None,
            extraction_error="",
            updated_at=now,
        )
        if reset:
            existing.extraction_state = State.FETCHING
            existing.extraction_error = ""
            existing.extraction_started_at = None
            if enqueue:
                pk = existing.pk
                transaction.on_commit(lambda: enqueue_fetch(pk))
    return existing


def _find_existing(*, url: str | None, digest: str) -> Article | None:
    if url:
        by_url = Article.objects.filter(url=url).select_related("duplicate_of").first()
        if by_url is not None:
            return by_url.duplicate_of or by_url
    return Article.objects.filter(content_hash=digest).first()


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
