"""Meanings that are each other's opposite, in French and English: two sentences alike in
every other way, one saying "rose" and the other "fell", are two claims. Embeddings place
such sentences nearer each other than most paraphrases; this table vetoes them.

Each scale lists the words (folded, stemmed by matching.text) of its two ends per
language. A sentence is at one end when it holds one of that end's words; two sentences
on opposite ends of a scale, and not both at both ends, differ on it.
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
        ("gagne remporte victoire", "won win victory"),
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


def _positions(words: Iterable[str], language: str) -> dict[str, set[int]]:
    stems = {t.stem(w, language) for w in words}
    out: dict[str, set[int]] = {}
    for scale, (one, other) in _ends(language).items():
        ends = {0} if stems & one else set()
        if stems & other:
            ends.add(1)
        if ends:
            out[scale] = ends
    return out


def opposed_meanings(
    words_a: Iterable[str], language_a: str, words_b: Iterable[str], language_b: str
) -> list[str]:
    """The scales on which one sentence says one end and the other the opposite end."""
    a = _positions(words_a, t.lang_key(language_a))
    b = _positions(words_b, t.lang_key(language_b))
    return [
        scale
        for scale in _SCALES
        if scale in a
        and scale in b
        and len(a[scale]) == len(b[scale]) == 1
        and a[scale] != b[scale]
    ]
