"""Turning a URL article (`fetching`, no text yet) into a text article (`pending`).

Like extraction, the row is the lock: a fetcher claims the article by compare-and-set on
`extraction_started_at` while it is `fetching`, does the network I/O outside any transaction,
then writes the text (or the failure) in one short transaction, only if the claim is still
its own. Running the task twice, or two at once, fetches at most once per claim and writes
once.

A fetched text that is already stored (same content hash) does not make a second article:
the URL row becomes a pointer (`duplicate_of`, state `done`, no text) and ingesting that
URL again returns the original article (see docs/decisions.md).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from claims.extraction import detect_language
from claims.extraction.header import PartialDate
from core.errors import DomainError, NotFound
from core.ssrf import Resolver
from core.text import clean_article_text
from sources.enqueue import enqueue_fetch
from sources.fetching import extract_article, fetch_page
from sources.hooks import announce_pending
from sources.models import Article
from sources.services.article_text import (
    SUPPORTED_LANGUAGES,
    check_article_text,
    content_hash,
    unsupported_message,
)

logger = logging.getLogger(__name__)
State = Article.ExtractionState


@dataclass(frozen=True)
class FetchOutcome:
    article_id: int
    state: str
    error_code: str = ""
    error: str = ""
    duplicate_of: int | None = None
    skipped_reason: str = ""


def fetch_stale_after_seconds() -> float:
    """A claim older than this belongs to a fetcher that died: the fetch itself is bounded by
    FETCH_TIMEOUT_SECONDS, extraction by trafilatura takes seconds."""
    return settings.FETCH_TIMEOUT_SECONDS * 2 + 30


def article_fetch(
    *, article_id: int, enqueue: bool = True, resolver: Resolver | None = None
) -> FetchOutcome:
    """Fetch, extract and store one URL article (the `fetch_article` task's unit of work).

    `enqueue=False` leaves the article `pending` for the caller to batch its extraction.
    """
    started_at = timezone.now()
    if not _claim(article_id, started_at):
        state = Article.objects.filter(pk=article_id).values_list("extraction_state", flat=True)
        if not state:
            raise NotFound(f"Article {article_id} does not exist.")
        return FetchOutcome(article_id, state[0], skipped_reason=f"article is {state[0]}")
    url = Article.objects.values_list("url", flat=True).get(pk=article_id)
    try:
        page = fetch_page(url, resolver=resolver)
        extracted = extract_article(page)
        body = check_article_text(clean_article_text(extracted.text))
    except DomainError as exc:
        code = "too_large" if exc.code == "too_long" else exc.code
        return _fail(article_id, started_at, code, exc.message)
    except Exception as exc:  # a fetcher must never leave an article stuck in `fetching`
        logger.exception("fetching article %s failed", article_id)
        return _fail(article_id, started_at, "internal_error", f"{type(exc).__name__}: {exc}")
    published = (
        PartialDate(extracted.published.year, extracted.published.month, extracted.published.day)
        if extracted.published
        else None
    )
    language = detect_language(body) or extracted.language
    return _store(
        article_id,
        started_at,
        body=body,
        title=extracted.title,
        author=extracted.author,
        language=language,
        published=published,
        enqueue=enqueue,
    )


def _claim(article_id: int, started_at: Any) -> bool:
    stale_before = started_at - timezone.timedelta(seconds=fetch_stale_after_seconds())
    return bool(
        Article.objects.filter(pk=article_id, extraction_state=State.FETCHING)
        .filter(Q(extraction_started_at__isnull=True) | Q(extraction_started_at__lt=stale_before))
        .update(extraction_started_at=started_at, updated_at=started_at)
    )


def _still_ours(article_id: int, started_at: Any) -> Article | None:
    article = Article.objects.select_for_update().get(pk=article_id)
    if article.extraction_state != State.FETCHING or article.extraction_started_at != started_at:
        logger.warning("article %s was taken over during its fetch; dropping result", article_id)
        return None
    return article


def _fail(article_id: int, started_at: Any, code: str, message: str) -> FetchOutcome:
    error = f"Fetch failed [{code}]: {message}"[:5000]
    with transaction.atomic():
        article = _still_ours(article_id, started_at)
        if article is None:
            return FetchOutcome(article_id, State.FETCHING, skipped_reason="taken over")
        article.extraction_state = State.FAILED
        article.extraction_error = error
        article.save(update_fields=["extraction_state", "extraction_error", "updated_at"])
    return FetchOutcome(article_id, State.FAILED, error_code=code, error=message)


def _store(
    article_id: int,
    started_at: Any,
    *,
    body: str,
    title: str,
    author: str,
    language: str,
    published: PartialDate | None,
    enqueue: bool,
) -> FetchOutcome:
    digest = content_hash(body)
    for _attempt in range(2):
        try:
            with transaction.atomic():
                article = _still_ours(article_id, started_at)
                if article is None:
                    return FetchOutcome(article_id, State.FETCHING, skipped_reason="taken over")
                return _attach(
                    article,
                    body=body,
                    digest=digest,
                    title=title,
                    author=author,
                    language=language,
                    published=published,
                    enqueue=enqueue,
                )
        except IntegrityError:
            # The same text was stored by someone else since we looked: go round again, the
            # lookup inside _attach now finds it and records a duplicate.
            continue
    raise RuntimeError(f"could not store fetched text of article {article_id}")


def _attach(
    article: Article,
    *,
    body: str,
    digest: str,
    title: str,
    author: str,
    language: str,
    published: PartialDate | None,
    enqueue: bool,
    origin: str = Article.TextOrigin.FETCHED,
) -> FetchOutcome:
    """Give a locked, text-less URL article its text, or make it point at its twin."""
    original = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
    if original is not None:
        article.duplicate_of = original
        article.extraction_state = State.DONE
        article.extraction_error = ""
        article.title = article.title or title[:500]
        article.save(
            update_fields=[
                "duplicate_of",
                "extraction_state",
                "extraction_error",
                "title",
                "updated_at",
            ]
        )
        return FetchOutcome(article.pk, State.DONE, duplicate_of=original.pk)
    # What the person who ingested the URL said wins over what the page says.
    article.language = article.language or language
    article.title = article.title or title[:500]
    article.author = author[:200]
    if article.published_on is None and published is not None:
        article.published_on = published.first_day()
        article.published_precision = published.precision
    unsupported = article.language not in SUPPORTED_LANGUAGES
    article.text = body
    article.text_origin = origin
    article.content_hash = digest
    article.extraction_state = State.UNSUPPORTED if unsupported else State.PENDING
    article.extraction_error = unsupported_message(article.language) if unsupported else ""
    with transaction.atomic():  # a savepoint: a hash collision leaves the outer block usable
        article.save()
    if enqueue and not unsupported:
        pk = article.pk
        transaction.on_commit(lambda: announce_pending([pk]))
    return FetchOutcome(article.pk, article.extraction_state)


def article_refetch(*, article_id: int) -> Article:
    """Fetch a failed URL article again (the admin action, or a person after a fix)."""
    updated = Article.objects.filter(pk=article_id, extraction_state=State.FAILED, text="").update(
        extraction_state=State.FETCHING,
        extraction_started_at=None,
        extraction_error="",
        updated_at=timezone.now(),
    )
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"Article {article_id} does not exist.")
    if not updated:
        raise DomainError(
            f"Article {article_id} is {article.extraction_state}; only URL articles whose fetch "
            "failed can be fetched again.",
            code="invalid_state",
        )
    transaction.on_commit(lambda: enqueue_fetch(article_id))
    return article


def fetch_requeue_stale(*, now: Any = None) -> int:
    """The sweep: re-send fetches whose message was lost or whose fetcher died."""
    now = now or timezone.now()
    stale_before = now - timezone.timedelta(seconds=fetch_stale_after_seconds())
    lost_before = now - timezone.timedelta(seconds=settings.FETCH_LOST_AFTER_SECONDS)
    due = Article.objects.filter(extraction_state=State.FETCHING).filter(
        Q(extraction_started_at__isnull=True, updated_at__lt=lost_before)
        | Q(extraction_started_at__lt=stale_before)
    )
    article_ids = list(due.values_list("pk", flat=True)[:1000])
    # Stamp what we re-send, as the extraction sweep does: under a backlog the message may
    # still be queued, and without the stamp every round would add another copy. The same
    # filter again, so a fetch that claimed the article meanwhile keeps its claim; a fetcher
    # presumed dead that was only slow finds its claim gone and drops its result.
    due.filter(pk__in=article_ids).update(extraction_started_at=None, updated_at=now)
    for article_id in article_ids:
        enqueue_fetch(article_id)
    return len(article_ids)


def article_attach_text(
    *,
    article_id: int,
    body: str,
    title: str = "",
    language: str = "",
    published: PartialDate | None = None,
    enqueue: bool = True,
) -> Article:
    """Pasted text for a URL article that has none yet (a paywall, a failed fetch): it fills
    the same row, and a fetch still running for it finds the row taken and drops its result."""
    digest = content_hash(body)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.text or article.duplicate_of_id:
            return article.duplicate_of or article
        article.title = article.title or title.strip()[:500]
        _attach(
            article,
            body=body,
            digest=digest,
            title="",
            author=article.author,
            language=(language or "").strip().lower() or detect_language(body),
            published=published,
            enqueue=enqueue,
            origin=Article.TextOrigin.SUPPLIED,
        )
    return article.duplicate_of or article


def fetch_release(*, article_id: int) -> None:
    """Hand back a claim whose fetch was interrupted (Ctrl-C in a bulk ingest), so the next
    run fetches it at once instead of waiting for the claim to go stale."""
    Article.objects.filter(pk=article_id, extraction_state=State.FETCHING).update(
        extraction_started_at=None, updated_at=timezone.now()
    )
