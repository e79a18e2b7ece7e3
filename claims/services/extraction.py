"""Turning an article into claims, safely under retries and concurrency.

The article's `extraction_state` is the lock: a worker claims it by compare-and-set
(pending → extracting), runs the extractor outside any transaction, then writes every claim
and appearance and marks the article done in one transaction. A second run, or a second
worker at the same time, finds nothing to claim and writes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims import hooks
from claims.enqueue import enqueue_extraction
from claims.extraction import ExtractedClaim, UnsupportedLanguageError, extract, extract_many
from claims.extraction.header import PartialDate
from claims.models import Appearance, Claim
from claims.services.history import claim_record_change
from claims.services.priority import claim_priority
from claims.services.queue import claim_recompute_priority
from core.errors import DomainError, NotFound
from core.text import fold_spaces
from sources.models import Article
from sources.services import article_refetch

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
    """Extract one article (the Celery task's unit of work)."""
    outcome = articles_extract(article_ids=[article_id])[0]
    if outcome.skipped_reason == "does not exist":
        raise NotFound(f"Article {article_id} does not exist.")
    return outcome


def articles_extract(*, article_ids: Sequence[int]) -> list[ExtractionOutcome]:
    """Extract several articles through one batched spaCy pass (bulk ingest).

    Each article is claimed, and its result written, on its own: one bad article fails
    alone, and an article another worker holds is skipped, not waited for.
    """
    started_at = timezone.now()
    claimed = _claim_pending(article_ids, started_at)
    outcomes: dict[int, ExtractionOutcome] = {}
    skipped = [pk for pk in article_ids if pk not in claimed]
    states = dict(Article.objects.filter(pk__in=skipped).values_list("pk", "extraction_state"))
    for pk in skipped:
        state = states.get(pk)
        reason = f"article is {state}" if state else "does not exist"
        outcomes[pk] = ExtractionOutcome(pk, state or "", skipped_reason=reason)

    articles = list(Article.objects.filter(pk__in=claimed).order_by("pk"))
    for article, result in zip(articles, _run_extractor(articles), strict=True):
        if isinstance(result, UnsupportedLanguageError):
            outcome = _finish_without_claims(article.pk, started_at, State.UNSUPPORTED, str(result))
        elif isinstance(result, Exception):
            outcome = _finish_without_claims(
                article.pk, started_at, State.FAILED, f"{type(result).__name__}: {result}"
            )
        else:
            outcome = _write_claims(article.pk, started_at, result)
        outcomes[article.pk] = outcome
    return [outcomes[pk] for pk in article_ids]


def _claim_pending(article_ids: Sequence[int], started_at: Any) -> set[int]:
    """Compare-and-set pending → extracting; rows another transaction holds are skipped."""
    with transaction.atomic():
        ids = list(
            Article.objects.select_for_update(skip_locked=True)
            .filter(pk__in=article_ids, extraction_state=State.PENDING)
            .values_list("pk", flat=True)
        )
        Article.objects.filter(pk__in=ids).update(
            extraction_state=State.EXTRACTING,
            extraction_started_at=started_at,
            extraction_attempts=F("extraction_attempts") + 1,
            extraction_error="",
            updated_at=started_at,
        )
    return set(ids)


def _run_extractor(articles: list[Article]) -> list[list[ExtractedClaim] | Exception]:
    """Run outside any transaction. A batch that fails is retried article by article so
    that the one bad article is found and the others still get their claims."""
    items = [(a.text, a.language or None, _published(a)) for a in articles]
    try:
        return list(extract_many(items))
    except Exception as exc:
        if len(items) == 1:
            if not isinstance(exc, UnsupportedLanguageError):
                logger.exception("extraction of article %s failed", articles[0].pk)
            return [exc]
    results: list[list[ExtractedClaim] | Exception] = []
    for article, (text, language, published) in zip(articles, items, strict=True):
        try:
            results.append(extract(text, language=language, published=published))
        except UnsupportedLanguageError as exc:
            results.append(exc)
        except Exception as exc:  # the extractor must never leave an article stuck
            logger.exception("extraction of article %s failed", article.pk)
            results.append(exc)
    return results


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
        if state == State.FAILED:
            hooks.extraction_failed.send(sender=Article, article=article)
    return ExtractionOutcome(article_id, state)


def _write_claims(
    article_id: int, started_at: Any, extracted: list[ExtractedClaim]
) -> ExtractionOutcome:
    threshold = settings.REVIEW_QUEUE_THRESHOLD
    claims_created = appearances_created = 0
    grown: set[int] = set()  # existing claims that gained an appearance
    items = [one for claim in extracted for one in claim.appearances()]
    matcher = hooks.matcher()  # matching's (claims.hooks)
    # The whole article in one batch, before the transaction: the model must not hold locks.
    vectors = matcher.embed_texts([item.text for item in items])
    with transaction.atomic():
        article = _still_ours(article_id, started_at)
        if article is None:
            return ExtractionOutcome(article_id, State.EXTRACTING, skipped_reason="taken over")
        # Re-runs (an editor asking again) must not duplicate what an earlier run wrote. A
        # span matched to an existing claim is known by the wording extracted for it.
        known: dict[tuple[int, int, str], Claim] = {}
        for a in Appearance.objects.filter(article=article).select_related("claim", "match"):
            known[(a.start, a.end, a.claim.normalized)] = a.claim
            match = getattr(a, "match", None)
            if match is not None:
                known[(a.start, a.end, match.normalized)] = a.claim
        by_text: dict[str, Claim] = {claim.normalized: claim for claim in known.values()}
        # A claim the article repeats is one claim with an appearance per place.
        for item, vector in zip(items, vectors, strict=True):
            normalized = fold_spaces(item.text)
            if (item.start, item.end, normalized) in known:
                continue
            claim = by_text.get(normalized)
            match = None
            if claim is None:
                # Claims written earlier in this transaction are candidates too.
                match = matcher.extracted_claim_match(
                    text=item.text,
                    normalized=normalized,
                    language=item.language or article.language,
                    speaker=item.speaker or "",
                    entities=[e.to_dict() for e in item.entities],
                    embedding=vector,
                )
                if match.same is not None:
                    claim = match.same
                else:
                    claim = _create_claim(item, normalized, article, threshold)
                    # A candidate for the next ones, by its words and by its meaning.
                    matcher.claim_match_index_write(claims=[claim], vectors=[vector])
                    matcher.suggestions_create(claim=claim, suggestions=match.suggestions)
                    claims_created += 1
                by_text[normalized] = claim
            if Appearance.objects.filter(
                claim=claim, article=article, start=item.start, end=item.end
            ).exists():
                # Two extracted claims of one span that match one claim: one appearance.
                known[(item.start, item.end, normalized)] = claim
                continue
            appearance = Appearance.objects.create(
                claim=claim,
                article=article,
                start=item.start,
                end=item.end,
                sentence=item.sentence,
                is_quote=item.is_quote,
                speaker_as_written=(item.speaker_as_written or "")[:200],
            )
            if match is not None and match.same is not None and match.score is not None:
                matcher.appearance_record_match(
                    appearance=appearance,
                    statement=item.text,
                    normalized=normalized,
                    score=match.score,
                )
                grown.add(claim.pk)
            elif match is None:
                grown.add(claim.pk)  # same wording as a claim already in the article
            known[(item.start, item.end, normalized)] = claim
            appearances_created += 1
        # More appearances, higher priority (a published claim's priority is moot but
        # harmless). Its status is left alone: a published claim is not queued again.
        for claim_id in sorted(grown):
            claim_recompute_priority(claim_id=claim_id)
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
        speaker_affiliation=(item.speaker_affiliation or "")[:200],
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
        hooks.claim_status_changed.send(sender=Claim, claim=claim, actor=None)
    return claim


def article_retry_extraction(*, article_id: int) -> Article:
    """Put a failed (or unsupported, after a language fix) article back in line."""
    retriable = [State.FAILED, State.UNSUPPORTED]
    updated = (
        Article.objects.filter(pk=article_id, extraction_state__in=retriable)
        .exclude(text="")
        .update(extraction_state=State.PENDING, extraction_error="", updated_at=timezone.now())
    )
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        raise NotFound(f"Article {article_id} does not exist.")
    if not updated and (refetched := refetch_if_never_fetched(article)) is not None:
        return refetched
    if not updated:
        raise DomainError(
            f"Article {article_id} is {article.extraction_state}; only failed or unsupported "
            "articles can be retried.",
            code="invalid_state",
        )
    transaction.on_commit(lambda: enqueue_extraction(article_id))
    return article


def refetch_if_never_fetched(article: Article) -> Article | None:
    """A URL article whose fetch failed has no text to extract: retrying it means fetching
    it again (sources' service), not extracting."""
    if article.text or not article.url or article.extraction_state != State.FAILED:
        return None
    return article_refetch(article_id=article.pk)


def extraction_requeue_stale(*, now: Any = None) -> int:
    """The sweep: hand back extractions whose worker died and re-send lost messages."""
    now = now or timezone.now()
    stale_before = now - timezone.timedelta(seconds=settings.EXTRACTION_STALE_AFTER_SECONDS)
    stale = Article.objects.filter(
        extraction_state=State.EXTRACTING, extraction_started_at__lt=stale_before
    )
    stale_ids = list(stale.values_list("pk", flat=True)[:1000])
    # Same filter again in the UPDATE: a worker that finished meanwhile keeps its result.
    stale.filter(pk__in=stale_ids).update(extraction_state=State.PENDING, updated_at=now)
    # A pending article untouched for a while has lost its message (or never had one).
    lost_before = now - timezone.timedelta(seconds=settings.EXTRACTION_LOST_AFTER_SECONDS)
    lost = Article.objects.filter(
        extraction_state=State.PENDING, updated_at__lt=lost_before
    ).exclude(pk__in=stale_ids)
    lost_ids = list(lost.values_list("pk", flat=True)[:1000])
    # Stamp what we re-send: under a backlog the message may still be queued, and without
    # the stamp every round would add another copy of it (harmless, but it feeds the backlog).
    Article.objects.filter(pk__in=lost_ids, extraction_state=State.PENDING).update(updated_at=now)
    article_ids = stale_ids + lost_ids
    for article_id in article_ids:
        enqueue_extraction(article_id)
    return len(article_ids)
