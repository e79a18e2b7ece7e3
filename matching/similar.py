"""Claims that say nearly the same thing as a given claim, ranked by the matcher's score.

The same candidate search and scorer that extraction uses, read-only: the API's
`claims/{id}/similar/` shows reviewers what the matcher sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Claim
from matching.models import ClaimEmbedding
from matching.scoring import MatchScore, claim_features, score_candidate
from matching.selectors import claim_candidates

# Looser than the suggestion threshold: a reviewer browsing similar claims wants the near
# misses too; the score says how near.
SIMILAR_FLOOR = 0.3


@dataclass(frozen=True, slots=True)
class SimilarClaim:
    claim_id: int
    score: MatchScore


def claim_similar(*, claim: Claim, limit: int = 10) -> list[SimilarClaim]:
    mine = claim_features(
        text=claim.statement,
        language=claim.language,
        speaker=claim.speaker,
        entities=claim.entities,
    )
    scored = []
    stored = ClaimEmbedding.objects.filter(claim=claim).values_list("embedding", flat=True)
    embedding = next(iter(stored), None)
    for candidate in claim_candidates(
        normalized=claim.normalized,
        language=claim.language,
        exclude_ids=[claim.pk],
        limit=limit * 3,
        embedding=[float(x) for x in embedding] if embedding is not None else None,
    ):
        result = score_candidate(mine, candidate)
        if result.score >= SIMILAR_FLOOR:
            scored.append(SimilarClaim(candidate.id, result))
    scored.sort(key=lambda s: (-s.score.score, s.claim_id))
    return scored[:limit]
