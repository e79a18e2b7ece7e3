"""A curated French–English lexicon of news content words, for pairs of claims in the two
languages (matching.crosslingual): each line is one concept, its English forms, "|", its
French forms (folded, no accents; inflections the light stemmer of matching.text does not
join are listed). Lines are grouped in fields whose members are alternatives of each other
("exports" / "importations", "malaria" / "sida", "hospital" / "university"): a claim that
says one where its translation says the other is another claim. Fields whose name starts
with "_" are general words that only count for the overlap.

Written from knowledge of the two languages and of wire copy (economy, trade, work,
politics, justice, security, disasters, health, places); like the alias table, small on
purpose and extended by hand.
"""

from __future__ import annotations

from functools import lru_cache

from matching.text.bilingual import common, economy, hazards, public, society, wire
from matching.text.stems import stem

_MODULES = (economy, public, hazards, common, society, wire)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, frozenset[str]]], dict[str, frozenset[str]]]:
    """({language: {stem: concept ids}}, {concept id: fields})."""
    senses: dict[str, dict[str, set[str]]] = {"en": {}, "fr": {}}
    fields: dict[str, set[str]] = {}
    for module in _MODULES:
        for field, table in module.FIELDS.items():
            for line in table.strip().splitlines():
                english, french = (side.split() for side in line.split("|"))
                concept = english[0]
                fields.setdefault(concept, set()).add(field)
                for lang, forms in (("en", english), ("fr", french)):
                    for form in forms:
                        senses[lang].setdefault(stem(form, lang), set()).add(concept)
    return (
        {lang: {s: frozenset(c) for s, c in table.items()} for lang, table in senses.items()},
        {c: frozenset(f) for c, f in fields.items()},
    )


@lru_cache(maxsize=20_000)
def senses(word_stem: str, language: str) -> frozenset[str]:
    """The concepts a stem may stand for; empty when the lexicon does not know it. A stem
    the table lacks takes the concepts of a listed stem it begins or extends by at most
    three letters, from five letters on ("construi" of "construirait" / "construir"):
    the light stemmer leaves inflections."""
    table = _tables()[0]["en" if language == "en" else "fr"]
    found = table.get(word_stem)
    if found is not None or len(word_stem) < 5:
        return found or frozenset()
    near: set[str] = set()
    for known, concepts in table.items():
        short, long = sorted((known, word_stem), key=len)
        if len(short) >= 5 and long.startswith(short) and len(long) - len(short) <= 3:
            near |= concepts
    return frozenset(near)


def fields(concept: str) -> frozenset[str]:
    return _tables()[1].get(concept, frozenset())


def size() -> tuple[int, int, int]:
    """(concepts, English stems, French stems)."""
    table, concept_fields = _tables()
    return len(concept_fields), len(table["en"]), len(table["fr"])
