"""Matching a freshly extracted claim against the claims we already hold.

Called by claims.services.extraction inside its write transaction, so the claims written
earlier in the same article are candidates too (the same claim said twice in one article
becomes one claim with two appearances).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings

from claims.models import Appearance, Claim, ClaimStatus
from claims.services.history import claim_record_change
from matching import hooks
from matching.models import DuplicateSuggestion, MatchedAppearance
from matching.scoring import MatchScore, claim_features, score_candidate
from matching.selectors import claim_candidates, rejected_partners

# A new claim gets at most this many suggestions: a reviewer reads each one.
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class ExtractedMatch:
    same: Claim | None = None  # the canonical claim this one is another appearance of
    score: MatchScore | None = None
    # (canonical claim id, score) between the two thresholds, best first
    suggestions: list[tuple[int, MatchScore]] = field(default_factory=list)


def extracted_claim_match(
    *,
    text: str,
    normalized: str,
    language: str,
    speaker: str = "",
    entities: Iterable[dict[str, Any]] = (),
    embedding: Sequence[float] | None = None,
) -> ExtractedMatch:
    """Score the lexical and the nearest-embedding candidates (those in another language
    too); group them under their canonical claim."""
    mine = claim_features(text=text, language=language, speaker=speaker, entities=entities)
    best: dict[int, MatchScore] = {}
    for candidate in claim_candidates(
        normalized=normalized, language=language, embedding=embedding
    ):
        result = score_candidate(mine, candidate)
        root = candidate.canonical_id or candidate.id
        if root not in best or result.score > best[root].score:
            best[root] = result
    ranked = sorted(best.items(), key=lambda kv: (-kv[1].score, kv[0]))
    if ranked and ranked[0][1].score >= settings.MATCH_SAME_THRESHOLD:
        root_id, result = ranked[0]
        return ExtractedMatch(same=Claim.objects.get(pk=root_id), score=result)
    suggestions = [
        (root_id, result)
        for root_id, result in ranked
        if result.score >= settings.MATCH_SUGGEST_THRESHOLD
    ][:MAX_SUGGESTIONS]
    return ExtractedMatch(suggestions=suggestions)


def suggestions_create(
    *, claim: Claim, suggestions: Sequence[tuple[int, MatchScore]]
) -> list[DuplicateSuggestion]:
    """Pending suggestions for a new claim, except pairs a reviewer already rejected."""
    if not suggestions:
        return []
    rejected = rejected_partners(claim_ids=[claim.pk])
    rows = [
        DuplicateSuggestion(
            claim=claim,
            candidate_id=candidate_id,
            score=min(max(result.score, 0.0), 1.0),
            reasons=list(result.reasons),
        )
        for candidate_id, result in suggestions
        if candidate_id != claim.pk
        and (min(claim.pk, candidate_id), max(claim.pk, candidate_id)) not in rejected
    ]
    # The unordered-pair unique constraint makes an existing pair (even rejected) a no-op.
    return DuplicateSuggestion.objects.bulk_create(rows, ignore_conflicts=True)


def appearance_record_match(
    *, appearance: Appearance, statement: str, normalized: str, score: MatchScore
) -> MatchedAppearance | None:
    """The extracted sentence became an appearance of an existing claim: keep what was
    extracted, and log it in the claim's history (or tell the published-claim hook)."""
    claim = appearance.claim
    record = None
    if normalized != claim.normalized:
        record = MatchedAppearance.objects.create(
            appearance=appearance,
            statement=statement,
            normalized=normalized,
            score=min(max(score.score, 0.0), 1.0),
        )
    if claim.status == ClaimStatus.PUBLISHED:
        on_published_claim_reappeared(claim, appearance)
    else:
        claim_record_change(
            claim=claim,
            field="appearance",
            before=None,
            after=_appearance_summary(appearance, statement=statement, score=score.score),
            reason=f"matched an extracted claim (score {score.score:.2f})",
        )
    return record


def on_published_claim_reappeared(claim: Claim, appearance: Appearance) -> None:
    """A claim whose verdict is already published was made again somewhere.

    It is not queued for a second review (the verdict stands); the appearance is listed
    with the others and the history says so, and its reviewer and the editors are told
    (notifications writes the event row from the signal, inside the same transaction).
    """
    claim_record_change(
        claim=claim,
        field="appearance",
        before=None,
        after=_appearance_summary(appearance),
        reason="appeared again after publication",
    )
    hooks.published_claim_reappeared.send(sender=Claim, claim=claim, appearance=appearance)


def _appearance_summary(
    appearance: Appearance, *, statement: str = "", score: float | None = None
) -> dict[str, Any]:
    summary: dict[str, Any] = {"appearance": appearance.pk, "article": appearance.article_id}
    if statement:
        summary["statement"] = statement
    if score is not None:
        summary["score"] = round(score, 4)
    return summary
