"""Figures without a plain number: a fraction as a share ("la moitié des"), a streak of
ordinals ("le 46e succès d'affilée")."""

from __future__ import annotations

import re

from ..records import Quantity
from .comparators import comparator_before, threshold
from .found import Found
from .units import NOT_UNITS

_ORDINAL_WORDS = {
    "deuxième": 2, "second": 2, "troisième": 3, "third": 3, "quatrième": 4, "fourth": 4,
    "cinquième": 5, "fifth": 5, "sixième": 6, "sixth": 6, "septième": 7, "seventh": 7,
    "huitième": 8, "eighth": 8, "neuvième": 9, "ninth": 9, "dixième": 10, "tenth": 10,
    "onzième": 11, "eleventh": 11, "douzième": 12, "twelfth": 12,
}  # fmt: skip
# An ordinal is a rank, not a quantity, except in a streak: "le 46e succès d'affilée",
# "pour le troisième mois consécutif", "a third straight month", "the 12th consecutive rise"
_STREAK = re.compile(
    r"(?<![\w-])(?P<ord>\d+(?:e|ème|eme|è|th|st|nd|rd)|" + "|".join(_ORDINAL_WORDS) + r")\s+"
    r"(?:(?P<adj>consecutive|straight|successive|consécuti(?:f|ve)s?)\s+)?"
    r"(?P<noun>[^\W\d_][\w-]*)"
    r"(?P<tail>\s+(?:consécuti(?:f|ve)s?|d'affilée|de\s+suite|in\s+a\s+row|straight|successi(?:f|ve)s?))?",
    re.IGNORECASE,
)


# A share told as a fraction is a percentage a checker can compare: "près de la moitié des
# morts étaient des policiers" (~50 %), "more than half of the votes" (> 50 %).
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<half>(?:la\s+)?moitié|half)|(?P<quarter>(?:un|le|a|one)\s+quart(?:er)?)|"
    r"(?P<three>(?:les\s+)?trois\s+quarts|three[- ]quarters))"
    r"(?=\s+(?:de|des|du|d'|of)\b|\s+(?:the|its|their|all|his|her)\b)"
    r"(?!\s+(?:of\s+)?an?\s+(?:percentage|point|hour|mile|century|dozen))"
    # "un quart d'heure plus tard", "la moitié du siècle": a time, not a share
    r"(?!\s+(?:d'|de\s+)(?:heure|siècle|point|points)\b)",
    re.IGNORECASE,
)


def fractions(segment: str) -> list[Found]:
    out = []
    for m in _FRACTION.finditer(segment):
        value = 50.0 if m.group("half") else 25.0 if m.group("quarter") else 75.0
        comparator = threshold(segment, m.start(), m.end()) or comparator_before(
            segment[max(0, m.start() - 40) : m.start()]
        )
        q = Quantity(value=value, comparator=comparator, unit="%", text=m.group(0), change=None)
        out.append(Found(q, m.start(), m.end()))
    return out


def ordinal_counts(segment: str, language: str) -> list[Found]:
    out = []
    for m in _STREAK.finditer(segment):
        if not (m.group("adj") or m.group("tail")) or m.group("noun").lower() in NOT_UNITS:
            continue
        raw = m.group("ord").lower()
        value = _ORDINAL_WORDS.get(raw) or float(re.match(r"\d+", raw).group(0))  # type: ignore[union-attr]
        q = Quantity(value=float(value), comparator="=", unit=m.group("noun"),
                     text=m.group(0).strip(), change=None)  # fmt: skip
        out.append(Found(q, m.start(), m.end()))
    return out
