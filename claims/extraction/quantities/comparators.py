"""Comparators: the words before a figure ("plus de", "about") and bars crossed or reached."""

from __future__ import annotations

import re

_COMPARATORS = [
    (">=", r"au moins|pas moins de|pas moins d'|at least|no fewer than|no less than|minimum"),
    ("<=", r"au plus|au maximum|jusqu'à|jusqu'a|pas plus de|pas plus d'|at most|up to|no more than|as much as|as many as|as high as"),
    (">", r"plus de|plus d'|au-delà de|supérieure? à|dépass\w*|excéd\w*|more than|over|above|upwards of|upward of|in excess of|exceed\w*|surpass\w*|top(?:ped|s)?"),
    ("<", r"moins de|moins d'|inférieure? à|less than|fewer than|under|below"),
    ("~", r"près de|près d'|environ|quelque|presque|approximativement|autour de|quasiment|pratiquement|"
          r"de l'ordre de|de l'ordre d'|aux alentours de|à peu près|plus ou moins|"
          r"about|around|roughly|approximately|nearly|almost|some|close to|an estimated|approx\.?"),
]  # fmt: skip
_COMPARATOR_RES = [
    (c, re.compile(r"(?:^|\W)(?:" + p + r")\s*$", re.IGNORECASE)) for c, p in _COMPARATORS
]


# A bar crossed or not: "le rejet dépasse la barre des trois quarts" (>), "only four groups
# have managed to clear the 5% threshold" (>=), "Aucun autre candidat n'a franchi la barre des
# 5%" (<=: a negation turns the bound round)
_PASS = r"franchi\w*|dépass\w*|crossed|cross|passed|topped|surpass\w*|exceed\w*"
_REACH = r"clear(?:ed|s)?|atteint\w*|atteindre|reach\w*|hit"
_NEGATION = r"(?:\b(?:n'|ne\s|not\s|never\s|failed\s+to\s|no\s+\w+\s+)(?:[\w']+\s+){0,3})"
_BAR_BEFORE = re.compile(
    r"(?P<neg>" + _NEGATION + r")?\b(?:(?P<pass>" + _PASS + r")|(?P<reach>" + _REACH + r"))"
    r"(?:\s+pas)?\s+(?:la\s+|le\s+|the\s+|a\s+)?(?:barre|cap|seuil|mark|threshold|bar|level)"
    r"\s+(?:symbolique\s+)?(?:des|du|de|d'|of)\s*$",
    re.IGNORECASE,
)
_BAR_VERB = re.compile(
    r"(?P<neg>" + _NEGATION + r")?\b(?:(?P<pass>" + _PASS + r")|(?P<reach>" + _REACH + r"))"
    r"\s+(?:the|a)\s*$",
    re.IGNORECASE,
)
_BAR_AFTER = re.compile(r"\s*(?:threshold|mark|barrier|bar)\b", re.IGNORECASE)


def threshold(segment: str, at: int, end: int) -> str | None:
    before = segment[max(0, at - 60) : at]
    m = _BAR_BEFORE.search(before)
    if m is None and _BAR_AFTER.match(segment, end):
        m = _BAR_VERB.search(before)
    if m is None:
        return None
    negated = bool(m.group("neg")) or " pas " in m.group(0)
    if m.group("pass"):
        return "<=" if negated else ">"
    return "<" if negated else ">="


def comparator_before(before: str) -> str:
    for comparator, regex in _COMPARATOR_RES:
        if regex.search(before):
            return comparator
    return "="
