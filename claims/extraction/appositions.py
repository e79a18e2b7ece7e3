"""An apposition that ranks its noun is a fact of its own.

"Russia, the world's biggest oil producer, has worked with OPEC" holds two claims: "Russia is
the world's biggest oil producer" and "Russia has worked with OPEC". Only an apposition set
between the subject and its verb is read so, and only one that ranks (a superlative, an
ordinal, "l'un des plus grands"): "Jens Stoltenberg, le secrétaire général de l'OTAN, a dit"
describes a speaker, it claims nothing a checker would check. The main claim skips it
(Segment.hole); the apposition's claim is its words after the subject and a copula.
"""

from __future__ import annotations

from .decomposition import Segment, has_finite, is_finite, np_start
from .ranking import ranks
from .tokens import Tok

_OPENERS = {"the", "a", "an", "one", "le", "la", "les", "l'", "un", "une", "l'un", "l'une"}
_COPULA = {("en", False): "is", ("en", True): "are", ("fr", False): "est", ("fr", True): "sont"}
_HEADS = {"NOUN", "PROPN"}


def predicate_after(toks: list[Tok], close: int, end: int) -> int | None:
    """The main verb right after an aside that closes at toks[close] (past adverbs and
    clitics), or None: an aside inside a subject is followed by its predicate."""
    verb = close + 1
    while verb < end and toks[verb].pos in ("ADV", "PART", "PRON"):
        verb += 1
    if verb >= end or not (is_finite(toks[verb]) or toks[verb].pos == "AUX"):
        return None
    return verb


def medial_apposition(
    toks: list[Tok], seg: Segment, lang: str
) -> tuple[tuple[int, int], Segment] | None:
    """(hole, apposition's segment) of ", the world's biggest oil producer," inside the
    segment's subject."""
    first_comma = next((k for k in range(seg.start + 1, seg.end) if toks[k].text == ","), None)
    if first_comma is None or has_finite(toks, seg.start, first_comma):
        return None
    i = first_comma + 1
    if i >= seg.end or toks[i].lower not in _OPENERS:
        return None
    close = next((k for k in range(i + 1, seg.end) if toks[k].text == ","), None)
    if close is None or not 2 <= close - i <= 14 or has_finite(toks, i, close):
        return None
    words = toks[i:close]
    if any(t.text in ('"', "(", ")") for t in words) or not ranks(words, lang):
        return None
    start = np_start(toks, seg.start, first_comma)
    if start != seg.start or not any(t.pos in _HEADS for t in toks[start:first_comma]):
        return None  # the apposition must follow the whole subject
    verb = predicate_after(toks, close, seg.end)
    if verb is None:
        return None
    head = next((t for t in reversed(toks[start:first_comma]) if t.pos in _HEADS), None)
    plural = head is not None and head.number == "Plur"
    link = _COPULA.get((lang, plural))
    if link is None:
        return None
    return (first_comma, close + 1), Segment(
        i, close, "apposition", (start, first_comma), link=link
    )
