"""Words that rank what they describe: a superlative, an ordinal, "l'un des plus grands".
A description that ranks is a checkable fact (appositions.py, decomposition.py).
"""

from __future__ import annotations

import re

from .tokens import Tok

_EN_RANKS = {"most", "least", "best", "worst", "first", "second", "third", "fourth", "fifth",
             "last", "only", "top", "largest", "biggest"}  # fmt: skip
_FR_RANKS = {"premier", "première", "premiers", "premières", "deuxième", "troisième",
             "dernier", "dernière", "seul", "seule"}  # fmt: skip
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|e|ème)$")
_FR_DETS = {"le", "la", "les", "l'", "des"}  # "le plus grand", "l'un des plus grands"


def ranks(toks: list[Tok], lang: str) -> bool:
    """Whether the words rank what they describe."""
    for k, tok in enumerate(toks):
        if _ORDINAL.match(tok.lower):
            return True
        if lang == "en" and (
            tok.lower in _EN_RANKS
            or (tok.pos == "ADJ" and len(tok.lower) > 5 and tok.lower.endswith("est"))
        ):
            return True
        if lang == "fr" and (
            tok.lower in _FR_RANKS
            or (tok.lower in ("plus", "moins") and k and toks[k - 1].lower in _FR_DETS)
        ):
            return True
    return False
