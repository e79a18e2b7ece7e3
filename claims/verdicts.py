"""Our verdicts on the schema.org ClaimReview rating scale.

ClaimReview wants a numeric `ratingValue` between `worstRating` and `bestRating` plus a
human `alternateName`. We use 1 (false) to 5 (true). Verdicts that are not a point on the
true/false line (misleading, unverifiable) still need a number for consumers that only read
`ratingValue`; they take the value closest to what a reader should conclude, and the
`alternateName` carries the nuance.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Verdict

WORST_RATING = 1
BEST_RATING = 5


@dataclass(frozen=True)
class Rating:
    rating_value: int
    alternate_name: str


RATINGS: dict[str, Rating] = {
    Verdict.TRUE: Rating(5, "True"),
    Verdict.MOSTLY_TRUE: Rating(4, "Mostly true"),
    Verdict.MIXED: Rating(3, "Mixed"),
    Verdict.MOSTLY_FALSE: Rating(2, "Mostly false"),
    Verdict.FALSE: Rating(1, "False"),
    # Misleading: the facts may be right, the conclusion drawn is not.
    Verdict.MISLEADING: Rating(2, "Misleading"),
    # Unverifiable: neither side can be shown; the middle of the scale says "no verdict".
    Verdict.UNVERIFIABLE: Rating(3, "Unverifiable"),
}


def verdict_rating(verdict: str) -> dict[str, object]:
    """The schema.org `reviewRating` object for a verdict."""
    rating = RATINGS[Verdict(verdict)]
    return {
        "@type": "Rating",
        "ratingValue": rating.rating_value,
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": rating.alternate_name,
    }
