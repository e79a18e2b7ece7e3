"""Numbers that are no quantities: dates, times, pairs, index names and identifiers."""

from __future__ import annotations

import re

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# a date, a time ("10h30", "2:20 am", "8.30pm") or a pair ("9/11", "24/7") follows the figure
AFTER_DATE = re.compile(
    r"\s?(?:er\s)?(?:" + _MONTHS + r")\b|\s?h\d|:\d\d|h\b|/\d|[.:]\d\d\s?(?:am|pm|a\.m|p\.m)\b",
    re.IGNORECASE,
)
BEFORE_DATE = re.compile(r"(?:" + _MONTHS + r")\.?\s$", re.IGNORECASE)


# Stock indices carry a number in their name: "FTSE 100", "CAC 40", "S&P 500", "Nikkei 225"
INDEX_NAME = re.compile(
    r"\b(?:FTSE|CAC|S&P|SBF|Stoxx|STOXX|Nikkei|DAX|Russell|ASX|Nifty|IBEX|MIB|AEX|SMI|KOSPI|TSX|"
    r"Euro\s+Stoxx|Sensex|BSE|Hang\s+Seng)\s$"
)
_IDENT_BEFORE = re.compile(
    r"(?:\b(?:décret|decree|article|loi|law|résolution|resolution|chapitre|chapter|section|"
    r"paragraphe|paragraph|alinéa|page|vol|flight|numéro|number|no\.|n°|ligne|line|route|"
    r"autoroute|highway|interstate|room|salle|gate|porte|terminal|code|modèle|model|version)"
    r"(?:\s+[^\W\d][\w-]*)?|\b[A-Z][\w-]*)\s$"
)


def is_identifier(segment: str, at: int, end: int) -> bool:
    """A bare number right after a capitalised name or a word that numbers things."""
    if re.match(r"-\d", segment[end : end + 2]):
        return True  # "ATR 42-300", "Boeing 737-800"
    head = segment[max(0, at - 40) : at]
    m = _IDENT_BEFORE.search(head)
    if m is None:
        return False
    word = m.group(0).strip()
    if word[:1].isupper() and at - len(m.group(0)) <= 0:
        return False  # the claim's first word is capitalised anyway
    return word.lower() not in _MONTH_WORDS


_MONTH_WORDS = frozenset(_MONTHS.split("|"))
