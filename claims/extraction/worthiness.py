"""Claim kind and check-worthiness, from cheap surface features.

score = 0.30 + 0.25 (a quantity) + 0.15 (a named entity) + 0.05 (a second one)
        + 0.10 (finite past-tense event) + 0.05 (a date) + 0.10 (a comparison)
        - 0.20 (opinion / hedge) - 0.35 (a feeling, with no figure) - 0.10 (prediction)
        - 0.30 (fragment: no finite verb)
        - 0.15 (fewer than five words), clamped to 0..1.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .tokens import Tok

DROP_BELOW = 0.15
_WORD = re.compile(r"\w+", re.UNICODE)


def assess(
    text: str,
    toks: list[Tok],
    *,
    language: str,
    n_quantities: int,
    n_entities: int,
    n_dates: int,
    is_quote: bool,
    allow_fragment: bool = False,
) -> tuple[str, float, bool]:
    """(kind, check_worthiness, keep)."""
    words = [w.lower() for w in _WORD.findall(text)]
    wordset = set(words)
    finite = [t for t in toks if t.finite or t.pos == "AUX"]
    past = any(t.tense in ("Past", "Imp") for t in finite) or any(
        t.pos == "AUX" and t.lower in ("a", "ont", "avait", "avaient", "has", "have", "had")
        for t in finite
    )
    future = any(t.tense in ("Fut", "Cnd") for t in finite) or bool(
        wordset & {"will", "would", "expected", "prévoit", "devrait", "devraient"}
    )
    lowered = text.lower()
    opinion = any(
        (w in lowered) if (" " in w or "-" in w) else (w in wordset)
        for w in lx.OPINION.get(language, set())
    )
    comparison = bool(wordset & lx.COMPARISON.get(language, set()))
    # ("I was very surprised, the mountain erupted again" states a fact after its comma)
    feeling = bool(wordset & lx.FEELINGS.get(language, set())) and not n_quantities
    feeling = feeling and "," not in text
    fragment = not finite and not allow_fragment
    if fragment and len(words) >= 6 and any(t.pos == "VERB" for t in toks):
        fragment = False  # long verbal text whose finite verb the tagger missed
    score = 0.30
    score += 0.25 if n_quantities else 0.0
    score += 0.15 if n_entities else 0.0
    score += 0.05 if n_entities > 1 else 0.0
    score += 0.10 if past and not future else 0.0
    score += 0.05 if n_dates else 0.0
    score += 0.10 if comparison else 0.0
    score -= 0.20 if opinion else 0.0
    score -= 0.35 if feeling else 0.0
    score -= 0.10 if future else 0.0
    score -= 0.30 if fragment else 0.0
    score -= 0.15 if len(words) < 5 else 0.0
    score = round(min(1.0, max(0.0, score)), 3)
    if n_quantities:
        kind = "statistic"
    elif opinion:
        kind = "opinion"
    elif future:
        kind = "prediction"
    elif is_quote:
        kind = "quote"
    elif past:
        kind = "event"
    else:
        kind = "other"
    keep = len(words) >= 3 and score >= DROP_BELOW
    return kind, score, keep
