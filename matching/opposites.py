"""Meanings that are each other's opposite, in French and English: two sentences alike in
every other way, one saying "rose" and the other "fell", are two claims. Embeddings place
such sentences nearer each other than most paraphrases; this table vetoes them.

Each scale lists the words (folded, stemmed by matching.text) of its two ends per
language. A sentence's reading on a scale is the ends its words stand for, in order ("cases were
down 20 %, deaths up 46 %" reads down, up); two sentences differ on a scale when one is at
one end only and the other at the other end only, or when both name the same number of
ends, not the same ones ("down, up" / "up, up").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from matching import text as t

# scale: ((French words of one end, English words), (the other end's))
_SCALES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "direction of change": (
        (t.UP_WORDS["fr"], t.UP_WORDS["en"]),
        (t.DOWN_WORDS["fr"], t.DOWN_WORDS["en"]),
    ),
    "comparison": (
        ("davantage plus", "more"),
        ("moins", "fewer less"),
    ),
    "level": (
        ("haut hausse record eleve elevee elevees eleves", "highest high"),
        ("bas basse faible faibles", "lowest low"),
    ),
    "verdict": (
        ("coupable condamne condamnee condamnes", "guilty convicted sentenced"),
        (
            "acquitte acquittee acquittes relaxe relaxee innocent innocente",
            "acquitted innocent cleared",
        ),
    ),
    "admission": (
        (
            "reconnu reconnait reconnaissent admis avoue avoues confirme",
            "admitted admits acknowledged confirmed",
        ),
        ("nie nient dementi dement dementent conteste contestent", "denied denies deny rejected"),
    ),
    "outcome": (
        ("gagne remporte victoire conserve garde", "won win victory retained retains kept"),
        ("perdu perd defaite", "lost lose defeat"),
    ),
}


@lru_cache(maxsize=4)
def _ends(language: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    col = 0 if language == "fr" else 1
    return {
        scale: (
            frozenset(t.stem(w, language) for w in one[col].split()),
            frozenset(t.stem(w, language) for w in other[col].split()),
        )
        for scale, (one, other) in _SCALES.items()
    }


def _readings(words: Iterable[str], language: str) -> dict[str, list[int]]:
    words = list(words)
    # "up to 5,000 jobs" is a ceiling, not a rise.
    stems = [
        t.stem(w, language)
        for i, w in enumerate(words)
        if not (w == "up" and words[i + 1 : i + 2] == ["to"])
    ]
    out: dict[str, list[int]] = {}
    for scale, (one, other) in _ends(language).items():
        ends = [0 if s in one else 1 for s in stems if s in one or s in other]
        if ends:
            out[scale] = ends
    return out


def _opposed(a: list[int], b: list[int]) -> bool:
    if set(a) != set(b) and len(set(a)) == len(set(b)) == 1:
        return True
    # As many ends named on both sides, not the same ones: "down 20 %, up 46 %" / "up 20 %,
    # up 46 %". Counted, not ordered: a nominalisation reorders ("rose … after a cut" /
    # "a cut was followed by a rise").
    return len(a) == len(b) and sorted(a) != sorted(b)


def opposed_meanings(
    words_a: Iterable[str], language_a: str, words_b: Iterable[str], language_b: str
) -> list[str]:
    """The scales on which one sentence says one end and the other the opposite end."""
    a = _readings(words_a, t.lang_key(language_a))
    b = _readings(words_b, t.lang_key(language_b))
    return [
        scale for scale in _SCALES if scale in a and scale in b and _opposed(a[scale], b[scale])
    ]
