"""People, organisations and places inside a claim span.

spaCy's NER in both languages, junk such as elided function words filtered out.
"""

from __future__ import annotations

from typing import Any

from .records import Entity

_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}
_ELISIONS = ("l'", "d'", "L'", "D'")


def spacy_entities(doc: Any, norm: str, start: int, end: int) -> list[Entity]:
    out: list[Entity] = []
    for ent in doc.ents:
        if ent.start_char < start or ent.end_char > end or ent.label_ not in _LABELS:
            continue
        text = norm[ent.start_char : ent.end_char]
        for prefix in _ELISIONS:
            if text.startswith(prefix):
                text = text[len(prefix) :]
        if len(text) < 2 or not any(ch.isupper() for ch in text):
            continue
        entity = Entity(text, _LABELS[ent.label_])
        if entity not in out:
            out.append(entity)
    return out
