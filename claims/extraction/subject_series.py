"""A subject that lists several counts is a claim per count.

"Trois morts et 388 blessés ont été recensés", "De nombreuses infrastructures électriques,
quarante bâtiments administratifs et 38 écoles ont été endommagées", "Two soldiers and three
civilians were killed": each count is checked on its own, so each conjunct of the subject
becomes a claim with the shared predicate ("388 blessés ont été recensés"). Only a subject
of short verbless conjuncts, at least two of them with a figure, is read so.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .decomposition import first_finite
from .series import is_figure
from .tokens import Tok

_AND = {"et", "and"}
_MAX_CONJUNCT = 6  # tokens
_NUMBER_WORDS = {"un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                 "dix", "onze", "douze", "vingt", "trente", "quarante", "cinquante", "cent",
                 "one", "two", "three", "four", "five", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SubjectSeries:
    conjuncts: list[tuple[int, int]]  # token spans of the subject's conjuncts
    predicate: int  # first token of the shared predicate


def _counts(toks: list[Tok]) -> bool:
    return any(is_figure(t) or t.lower in _NUMBER_WORDS for t in toks)


def find_subject_series(toks: list[Tok], a: int, b: int) -> SubjectSeries | None:
    f = first_finite(toks, a, b)
    if f is None or f - a < 3:
        return None
    # the predicate starts at its auxiliary ("ont été recensés"), after any clitic or adverb
    subject_end = f
    while subject_end > a and toks[subject_end - 1].pos in ("PRON", "ADV", "PART"):
        subject_end -= 1
    conj = [k for k in range(a, subject_end) if toks[k].lower in _AND or toks[k].text == ","]
    if not conj or toks[conj[-1]].lower not in _AND:
        return None
    bounds = [a, *conj, subject_end]
    spans = []
    for x, y in itertools.pairwise(bounds):
        start = x if x == a else x + 1
        if start < y and toks[start].lower in _AND:
            start += 1  # ", and"
        spans.append((start, y))
    if any(not 0 < y - x <= _MAX_CONJUNCT or any(t.finite for t in toks[x:y]) for x, y in spans):
        return None
    if sum(1 for x, y in spans if _counts(toks[x:y])) < 2:
        return None
    if any(t.text in ('"', "(", ")", ":") for t in toks[a:subject_end]):
        return None
    return SubjectSeries(spans, subject_end)
