"""Other outlets' ratings on our verdict scale.

Outlets name their ratings in their own words ("Pants on Fire!", "Plutôt vrai", "Trompeur")
and may or may not give a number. A known name wins: it carries nuance a number cannot
(misleading is not "2 out of 5"). Without a known name, a number is placed on our five-point
true/false line by where it falls between worstRating and bestRating.
"""

from __future__ import annotations

import re

from claims.models import Verdict
from core.errors import DomainError
from core.text import fold
from sources.models import Stance

_NAMES: dict[str, tuple[str, ...]] = {
    Verdict.TRUE: ("true", "vrai", "correct", "accurate", "exact", "juste", "confirme"),
    Verdict.MOSTLY_TRUE: (
        "mostly true",
        "largely true",
        "mostly correct",
        "plutot vrai",
        "globalement vrai",
        "en grande partie vrai",
        "essentiellement vrai",
    ),
    Verdict.MIXED: (
        "half true",
        "mixed",
        "mixture",
        "partly true",
        "partially true",
        "partly false",
        "partially false",
        "en partie vrai",
        "en partie faux",
        "partiellement vrai",
        "partiellement faux",
        "a moitie vrai",
        "moitie vrai",
        "vrai et faux",
        "mitige",
        "nuance",
        "a nuancer",
    ),
    Verdict.MOSTLY_FALSE: (
        "mostly false",
        "largely false",
        "mostly incorrect",
        "plutot faux",
        "en grande partie faux",
        "globalement faux",
        "exaggerated",
        "exagere",
    ),
    Verdict.FALSE: (
        "false",
        "faux",
        "pants on fire",
        "incorrect",
        "wrong",
        "fake",
        "inexact",
        "totalement faux",
        "fabricated",
        "four pinocchios",
        "infonde",
    ),
    Verdict.MISLEADING: (
        "misleading",
        "trompeur",
        "trompeuse",
        "out of context",
        "missing context",
        "lacks context",
        "hors contexte",
        "sorti de son contexte",
        "manque de contexte",
        "deceptive",
        "spin",
    ),
    Verdict.UNVERIFIABLE: (
        "unverifiable",
        "unproven",
        "unsubstantiated",
        "no evidence",
        "insufficient evidence",
        "inverifiable",
        "non verifiable",
        "pas de preuve",
        "pas de preuves",
        "impossible a verifier",
    ),
}
VERDICT_BY_NAME = {name: verdict for verdict, names in _NAMES.items() for name in names}
# Where a fraction of the way from worst to best lands: 1..5 maps 1→false ... 5→true.
_SCALE = [
    (0.875, Verdict.TRUE),
    (0.625, Verdict.MOSTLY_TRUE),
    (0.375, Verdict.MIXED),
    (0.125, Verdict.MOSTLY_FALSE),
    (0.0, Verdict.FALSE),
]
STANCE_BY_VERDICT = {
    Verdict.TRUE: Stance.SUPPORTS,
    Verdict.MOSTLY_TRUE: Stance.SUPPORTS,
    Verdict.MIXED: Stance.CONTEXT,
    Verdict.UNVERIFIABLE: Stance.CONTEXT,
    Verdict.MOSTLY_FALSE: Stance.REFUTES,
    Verdict.FALSE: Stance.REFUTES,
    Verdict.MISLEADING: Stance.REFUTES,
}


def normalize_rating_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(name)).split())


def verdict_from_rating(rating: object) -> str:
    """Our verdict for a schema.org Rating object, or DomainError saying why there is none."""
    if not isinstance(rating, dict):
        raise DomainError("reviewRating is missing or not an object.", field="reviewRating")
    name = rating.get("alternateName") or rating.get("name") or ""
    if isinstance(name, list):
        name = name[0] if name else ""
    if not isinstance(name, str):
        raise DomainError("reviewRating.alternateName is not text.", field="reviewRating")
    verdict = VERDICT_BY_NAME.get(normalize_rating_name(name)) if name else None
    if verdict is not None:
        return verdict
    if rating.get("ratingValue") not in (None, ""):
        return _verdict_from_number(rating)
    if name:
        raise DomainError(
            f"Unknown rating {name!r} and no ratingValue to place it on the scale.",
            code="unknown_rating",
            field="reviewRating",
        )
    raise DomainError(
        "reviewRating has neither alternateName nor ratingValue.", field="reviewRating"
    )


def _verdict_from_number(rating: dict) -> str:
    try:
        value = float(rating["ratingValue"])
        best = float(rating.get("bestRating") or 5)
        worst = float(rating.get("worstRating") or 1)
    except (TypeError, ValueError):
        raise DomainError(
            f"ratingValue/bestRating/worstRating are not numbers: {rating!r}.",
            field="reviewRating",
        ) from None
    if best == worst or not (min(best, worst) <= value <= max(best, worst)):
        raise DomainError(
            f"ratingValue {value:g} is not within worstRating {worst:g} … bestRating {best:g}.",
            field="reviewRating",
        )
    position = (value - worst) / (best - worst)
    return next(verdict for floor, verdict in _SCALE if position >= floor)
