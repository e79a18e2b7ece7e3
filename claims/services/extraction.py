"""Turning an article into claims, safely under retries and concurrency.

The article's `extraction_state` is the lock: a worker claims it by compare-and-set
(pending → extracting), runs the extractor outside any transaction, then writes every claim
and appearance and marks the article done in one transaction. A second run, or a second
worker at the same time, finds nothing to claim and writes nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.extraction import ExtractedClaim, UnsupportedLanguageError, extract
from claims.extraction.header import PartialDate
from claims.models import Appearance, Claim
from claims.services.history import claim_record_change
from claims.services.priority import claim_priority
from core.errors import DomainError, NotFound
from core.text import fold_spaces
from sources.models import Article

logger = logging.getLogger(__name__)
State = Article.ExtractionState


@dataclass(frozen=True)
class ExtractionOutcome:
    article_id: int
    state: str
    claims_created: int = 0
    appearances_created: int = 0
    skipped_reason: str = ""


def article_extract(*, article_id: int) -> ExtractionOutcome:
    started_at = timezone.now()
    claimed = Article.objects.filter(pk=article_id, extraction_state=State.PENDING).update(
        extraction_state=State.EXTRACTING,
        extraction_started_at=started_at,
        extraction_attempts=F("extraction_attempts") + 1,
        extraction_error="",
        updated_at=started_at,
    )
    if not claimed:
        state = Article.objects.filter(pk=article_id).values_list("extraction_state", flat=True)
        if not state:
            raise NotFound(f"Article {article_id} does not exist.")
        return ExtractionOutcome(article_id, state[0], skipped_reason=f"article is {state[0]}")

    article = Article.objects.get(pk=article_id)
    try:
        extracted = extract(
            article.text, language=article.language or None, published=_published(article)
        )
    except UnsupportedLanguageError as exc:
        return _finish_without_claims(article_id, started_at, State.UNSUPPORTED, str(exc))
    except Exception as exc:  # the extractor must never leave an article stuck
        logger.exception("extraction of article %s failed", article_id)
        return _finish_without_claims(
            article_id, started_at, State.FAILED, f"{type(exc).__name__}: {exc}"
        )
    return _write_claims(article_id, started_at, extracted)


def _published(article: Article) -> PartialDate | None:
    if article.published_on is None:
        return None
    d = article.published_on
    precision = article.published_precision
    return PartialDate(
        d.year,
        d.month if precision in ("month", "day") else None,
        d.day if precision == "day" else None,
    )


def _still_ours(article_id: int, started_at: Any) -> Article | None:
    """Lock the article and check no sweep handed it to another worker meanwhile."""
    article = Article.objects.select_for_update().get(pk=article_id)
    if article.extraction_state != State.EXTRACTING or article.extraction_started_at != started_at:
        logger.warning("article %s was taken over during extraction; dropping result", article_id)
        return None
    return article


def _finish_without_claims(
    article_id: int, started_at: Any, state: str, error: str
) -> ExtractionOutcome:
    with transaction.atomic():
        article = _still_ours(article_id, started_at)
        if article is None:
            return ExtractionOutcome(article_id, State.EXTRACTING, skipped_reason="taken over")
        article.extraction_state = state
        article.extraction_error = error[:5000]
        article.save(update_fields=["extraction_state", "extraction_error", "updated_at"])
    return ExtractionOutcome(article_id, state)


def _write_claims(
    article_id: int, started_at: Any, extracted: list[ExtractedClaim]
) -> ExtractionOutcome:
    threshold = settings.REVIEW_QUEUE_THRESHOLD
    claims_created = appearances_created = 0
    with transaction.atomic():
        article = _still_ours(article_id, started_at)
        if article is None:
            return ExtractionOutcome(article_id, State.EXTRACTING, skipped_reason="taken over")
        # Re-runs (an editor asking again) must not duplicate what an earlier run wrote.
        known = {
            (a.start, a.end, a.claim.normalized): a.claim
            for a in Appearance.objects.filter(article=article).select_related("claim")
        }
        by_text: dict[str, Claim] = {claim.normalized: claim for claim in known.values()}
        for item in extracted:
            normalized = fold_spaces(item.text)
            if (item.start, item.end, normalized) in known:
                continue
            claim = by_text.get(normalized)
            if claim is None:
                claim = _create_claim(item, normalized, article, threshold)
                by_text[normalized] = claim
                claims_created += 1
            Appearance.objects.create(
                claim=claim,
                article=article,
                start=item.start,
                end=item.end,
                sentence=item.sentence,
                is_quote=item.is_quote,
                speaker_as_written=(item.speaker_as_written or "")[:200],
            )
            known[(item.start, item.end, normalized)] = claim
            appearances_created += 1
        article.extraction_state = State.DONE
        article.extracted_at = timezone.now()
        article.save(update_fields=["extraction_state", "extracted_at", "updated_at"])
    return ExtractionOutcome(article_id, State.DONE, claims_created, appearances_created)


def _create_claim(
    item: ExtractedClaim, normalized: str, article: Article, threshold: float
) -> Claim:
    queued = item.check_worthiness >= threshold
    data = item.to_dict()
    claim = Claim.objects.create(
        statement=item.text,
        normalized=normalized,
        language=item.language or article.language,
        speaker=(item.speaker or "")[:200],
        kind=item.kind,
        check_worthiness=item.check_worthiness,
        quantities=data.get("quantities", []),
        entities=data.get("entities", []),
        dates=data.get("dates", []),
        status=Claim.Status.QUEUED if queued else Claim.Status.NEW,
        queued_at=timezone.now() if queued else None,
        priority=claim_priority(
            check_worthiness=item.check_worthiness,
            published_on=article.published_on,
            appearances=1,
        ),
    )
    claim_record_change(
        claim=claim, field="created", before=None, after=claim.statement, reason="extracted"
    )
    if queued:
        claim_record_change(
            claim=claim,
            field="status",
            before=Claim.Status.NEW,
            after=Claim.Status.QUEUED,
            reason=f"check-worthiness {item.check_worthiness:.2f} ≥ threshold {threshold:.2f}",
        )
    return claim


def article_retry_extraction(*, article_id: int) -> Article:
    """Put a failed (or unsupported, after a language fix) article back in line."""
    retriable = [State.FAILED, State.UNSUPPORTED]
    updated = Article.objects.filter(pk=article_id, extraction_state__in=retriable).update(
        extraction_state=State.PENDING, extraction_error="", updated_at=timezone.now()
    )
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"Article {article_id} does not exist.")
    if not updated:
        raise DomainError(
            f"Article {article_id} is {article.extraction_state}; only failed or unsupported "
            "articles can be retried.",
            code="invalid_state",
        )
    from sources.services import enqueue_extraction

    transaction.on_commit(lambda: enqueue_extraction(article_id))
    return article


def extraction_requeue_stale(*, now: Any = None) -> int:
    """The sweep: hand back extractions whose worker died and re-send lost messages."""
    from sources.services import enqueue_extraction

    now = now or timezone.now()
    stale_before = now - timezone.timedelta(seconds=settings.EXTRACTION_STALE_AFTER_SECONDS)
    stale = Article.objects.filter(
        extraction_state=State.EXTRACTING, extraction_started_at__lt=stale_before
    )
    stale_ids = list(stale.values_list("pk", flat=True)[:1000])
    # Same filter again in the UPDATE: a worker that finished meanwhile keeps its result.
    stale.filter(pk__in=stale_ids).update(extraction_state=State.PENDING, updated_at=now)
    # A pending article untouched for a minute has lost its message (or never had one).
    lost = Article.objects.filter(
        extraction_state=State.PENDING, updated_at__lt=now - timezone.timedelta(seconds=60)
    ).exclude(pk__in=stale_ids)
    article_ids = stale_ids + list(lost.values_list("pk", flat=True)[:1000])
    for article_id in article_ids:
        enqueue_extraction(article_id)
    return len(article_ids)
