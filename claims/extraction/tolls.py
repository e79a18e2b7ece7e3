"""A running total carried by a participle is a claim of its own.

Disaster and casualty copy gives the new total after the event that raised it: "Rescuers
recovered another five bodies Monday, taking the death toll … to 162", "…, portant le bilan
à 13 morts". The total is what a checker compares, so the participle clause becomes a claim:
its noun phrase as the subject, a verb that says it reached the figure ("rose" / "s'élève"),
and the rest as written: "the death toll in flash floods … rose to 162 in the past six days".
"""

from __future__ import annotations

from .tokens import Tok

_CARRIERS = {
    "en": {"taking", "bringing", "pushing", "raising", "lifting"},
    "fr": {"portant", "faisant"},
}
_TO = {"en": "to", "fr": "à"}
_REACHED = {"en": "rose", "fr": "s'élève"}
_MAX_SUBJECT = 12  # tokens between the participle and "to": a noun phrase, not a clause


def toll_clause(toks: list[Tok], comma: int, b: int, lang: str) -> tuple[int, int, int] | None:
    """(subject start, subject end, start of "to N …") for ", taking X to N" after `comma`."""
    k = comma + 1
    if k >= b or toks[k].lower not in _CARRIERS.get(lang, set()):
        return None
    if toks[k].lower == "faisant" and not (k + 1 < b and toks[k + 1].lower == "passer"):
        return None  # "faisant passer le bilan à 20 morts"; "faisant 3 morts" is no total
    subject = k + (2 if toks[k].lower == "faisant" else 1)
    for to in range(subject + 1, min(b - 1, subject + _MAX_SUBJECT)):
        if toks[to].text in (",", ";") or toks[to].finite:
            return None
        if toks[to].lower == _TO[lang] and any(c.isdigit() for c in toks[to + 1].text):
            return subject, to, to
    return None


def reached(lang: str) -> str:
    return _REACHED[lang]
