"""Claim kind and check-worthiness, from cheap surface features.

score = 0.30 + 0.25 (a quantity) + 0.15 (a named entity) + 0.05 (a second one)
        + 0.10 (finite past-tense event) + 0.05 (a date) + 0.10 (a comparison)
        - 0.20 (opinion / hedge) - 0.10 (prediction) - 0.30 (fragment: no finite verb)
        - 0.15 (fewer than five words) - 0.20 (nothing to look up: no figure, name, date or
        noun) - 0.30 (a condition without its main clause), clamped to 0..1.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .tokens import Tok

DROP_BELOW = 0.15
_CONDITIONS = {"si", "s", "if", "unless", "quand", "lorsque", "when", "whenever"}
_EMPTY_NOUNS = {"chose", "choses", "thing", "things", "lot", "way", "façon", "manière", "fois",
                "time", "times", "peu"}  # fmt: skip
_WORD = re.compile(r"\w+", re.UNICODE)


def assess(
    text: str,
    toks: list[Tok],
    *,
    language: str,
    n_quantities: int,
    n_entities: int,
    n_dates: int,
    is_quote: bool,
    allow_fragment: bool = False,
) -> tuple[str, float, bool]:
    """(kind, check_worthiness, keep)."""
    words = [w.lower() for w in _WORD.findall(text)]
    wordset = set(words)
    finite = [t for t in toks if t.finite or t.pos == "AUX"]
    past = any(t.tense in ("Past", "Imp") for t in finite) or any(
        t.pos == "AUX" and t.lower in ("a", "ont", "avait", "avaient", "has", "have", "had")
        for t in finite
    )
    future = any(t.tense in ("Fut", "Cnd") for t in finite) or bool(
        wordset & {"will", "would", "expected", "prévoit", "devrait", "devraient"}
    )
    lowered = text.lower()
    opinion = any(
        (w in lowered) if (" " in w or "-" in w) else (w in wordset)
        for w in lx.OPINION.get(language, set())
    )
    comparison = bool(wordset & lx.COMPARISON.get(language, set()))
    fragment = not finite and not allow_fragment
    if fragment and len(words) >= 6 and any(t.pos == "VERB" for t in toks):
        fragment = False  # long verbal text whose finite verb the tagger missed
    score = 0.30
    score += 0.25 if n_quantities else 0.0
    score += 0.15 if n_entities else 0.0
    score += 0.05 if n_entities > 1 else 0.0
    score += 0.10 if past and not future else 0.0
    score += 0.05 if n_dates else 0.0
    score += 0.10 if comparison else 0.0
    score -= 0.20 if opinion else 0.0
    score -= 0.10 if future else 0.0
    score -= 0.30 if fragment else 0.0
    score -= 0.15 if len(words) < 5 else 0.0
    # Nothing a checker could look up: no figure, name, date or noun of its own ("Ce n'est
    # pas vrai", "it will be very difficult", "Nous devons l'accepter").
    # (a name the standalone rewrite put in counts: "Olanguena's lawyers will appeal")
    anchored = n_quantities or n_entities or n_dates or any(t.pos == "PROPN" for t in toks)
    added = set(re.findall(r"[A-ZÀ-Ý][\w-]+", text)) - {t.text for t in toks}
    anchored = anchored or bool(added) or re.search(r"\s[A-ZÀ-Ý]", text) is not None
    if not anchored and not any(t.pos == "NOUN" and t.lower not in _EMPTY_NOUNS for t in toks):
        score -= 0.20
    # A condition with no main clause ("Si le passager a laissé un contact", "If we don't act")
    if words and words[0] in _CONDITIONS and not n_quantities:
        score -= 0.30
    score = round(min(1.0, max(0.0, score)), 3)
    if n_quantities:
        kind = "statistic"
    elif opinion:
        kind = "opinion"
    elif future:
        kind = "prediction"
    elif is_quote:
        kind = "quote"
    elif past:
        kind = "event"
    else:
        kind = "other"
    keep = len(words) >= 3 and score >= DROP_BELOW
    return kind, score, keep
