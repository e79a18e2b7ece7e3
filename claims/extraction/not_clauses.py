"""Words that look like the start of a clause of its own and are not: the "que" of a cleft
sentence ("Ce n'est pas en un jour qu'on peut …") and a time phrase after "and" ("and earlier
this month was transferred"), used by decomposition.py when it splits a sentence.
"""

from __future__ import annotations

from .tokens import Tok

_TIME_DETS = {"this", "last", "next", "that", "ce", "cette", "le", "la"}
_TIME_NOUNS = {"month", "week", "year", "morning", "afternoon", "evening", "weekend", "mois",
               "semaine", "année", "matin", "soir", "week-end"}  # fmt: skip


def is_cleft(toks: list[Tok], cs: int, i: int) -> bool:
    """ "Ce n'est pas en un jour qu'on peut compiler …": the 'que' of a cleft sentence is
    the clause itself, not a relative to split off (an English cleft, "it was the army
    that fired", splits into two true halves, so it is left alone)."""
    words = [t.lower for t in toks[cs:i]]
    for k in range(len(words) - 1):
        if words[k] in ("c'", "ce") and any(w in _CLEFT_VERBS for w in words[k + 1 : k + 3]):
            return True
    return False


_CLEFT_VERBS = {"est", "était", "sont", "étaient", "sera", "serait", "fut", "n'est", "n'était"}


def is_time_phrase(first: Tok, second: Tok) -> bool:
    return first.lower in _TIME_DETS and second.lower in _TIME_NOUNS
