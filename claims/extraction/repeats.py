"""One claim per fact within an article: exact and near-exact repeats are merged.

News repeats itself: a headline restates the lead, a standfirst the first paragraph, a
closing line an earlier figure. A reviewer should see the claim once; every place it was
made is kept (`ExtractedClaim.repeats`), so the database writes one claim with several
appearances. Two claims are the same when their words are (nearly) the same set and they
carry the same numbers: "four public libraries" and "fourteen public libraries" never merge.
"""

from __future__ import annotations

import dataclasses
import re

from .names import fold as normalise
from .records import ExtractedClaim

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "de",
        "du",
        "des",
        "d",
        "un",
        "une",
        "et",
        "a",
        "au",
        "aux",
        "en",
        "the",
        "a",
        "an",
        "of",
        "and",
        "to",
        "in",
        "on",
        "at",
        "is",
        "are",
        "was",
        "were",
        "que",
        "qui",
        "ce",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "elles",
        "it",
        "its",
        "this",
        "that",
    ]
)
_NEGATIONS = frozenset({"ne", "n", "pas", "not", "no", "never", "jamais", "aucun", "aucune"})
SAME = 0.85  # share of content words two wordings must have in common


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(normalise(text)) if w not in _STOP}


def _numbers(claim: ExtractedClaim) -> set[tuple[float, str]]:
    return {(q.value, normalise(q.unit)) for q in claim.quantities}


def same_claim(a: ExtractedClaim, b: ExtractedClaim) -> bool:
    if _numbers(a) != _numbers(b):
        return False
    wa, wb = _words(a.text), _words(b.text)
    if not wa or not wb or (wa & _NEGATIONS) != (wb & _NEGATIONS):
        return False
    return len(wa & wb) / len(wa | wb) >= SAME


def merge_repeats(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """Keep the first wording of each claim; later repeats become its extra spans."""
    kept: list[ExtractedClaim] = []
    for claim in claims:
        for k, first in enumerate(kept):
            if same_claim(first, claim):
                span = (claim.start, claim.end, claim.sentence)
                kept[k] = dataclasses.replace(
                    first,
                    repeats=(*first.repeats, span),
                    speaker=first.speaker or claim.speaker,
                    speaker_as_written=first.speaker_as_written or claim.speaker_as_written,
                )
                break
        else:
            kept.append(claim)
    return kept
