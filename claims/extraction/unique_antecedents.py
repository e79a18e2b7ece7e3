"""A restrictive relative that still states a fact: its antecedent names one thing.

"l'épidémie d'Ebola qui a causé la mort de 27 personnes", "the strike that grounded 40
percent of flights": the noun phrase picks out a single, named thing, so the relative says
something of it that a checker can check ("l'épidémie d'Ebola a causé la mort de 27
personnes"). A plural or indefinite antecedent is defined by its relative ("les personnes
qui ont perdu 5 kg") and keeps it.
"""

from __future__ import annotations

from .tokens import Tok

_DEFINITE_SINGULAR = {"le", "la", "l'", "l’", "the"}
_OF = {"de", "d'", "d’", "du", "of"}


def names_one_thing(toks: list[Tok], start: int, end: int) -> bool:
    """Whether toks[start:end] is a definite singular noun phrase with a name in it
    ("l'épidémie d'Ebola", "the Valencia floods" is plural and does not count)."""
    if end - start < 2 or toks[start].lower not in _DEFINITE_SINGULAR:
        return False
    heads = [t for t in toks[start + 1 : end] if t.pos == "NOUN"]
    if not heads or heads[0].number == "Plur":
        return False
    named = [k for k in range(start + 1, end) if toks[k].pos == "PROPN" and toks[k].is_cap]
    return bool(named) and (
        (named[0] > start + 1 and toks[named[0] - 1].lower in _OF) or heads[0].i < toks[named[0]].i
    )
