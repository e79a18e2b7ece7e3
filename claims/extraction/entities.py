"""People, organisations and places inside a claim span.

French uses spaCy's NER (junk such as elided function words filtered out); English has no
statistical model, so runs of capitalised words are labelled by cue words: organisation
words or acronyms -> ORG, known people and multi-word names -> PER, other single words -> LOC.
"""

from __future__ import annotations

from typing import Any

from . import lexicon as lx
from .attribution import SpeakerMemory, fold
from .records import Entity
from .tokens import Tok

_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
_ELISIONS = ("l'", "d'", "L'", "D'")
_SENTENCE_WORDS = {"the", "a", "an", "in", "on", "but", "and", "it", "this", "that", "he", "she",
                   "they", "we", "i", "as", "at", "for", "after", "before", "while", "when"}  # fmt: skip


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


def rule_entities(toks: list[Tok], memory: SpeakerMemory) -> list[Entity]:
    out: list[Entity] = []
    run: list[Tok] = []

    def flush() -> None:
        if not run:
            return
        words = [t.text for t in run]
        text = " ".join(words)
        if any(fold(w) in lx.ORG_WORDS for w in words) or (len(words) == 1 and words[0].isupper()):
            label = "ORG"
        elif len(words) > 1 or fold(words[0]) in memory.persons:
            label = "PER"
        else:
            label = "LOC"
        entity = Entity(text, label)
        if entity not in out:
            out.append(entity)
        run.clear()

    for index, tok in enumerate(toks):
        capital = tok.is_cap and tok.pos not in ("PUNCT", "NUM") and tok.lower not in lx.TITLE_WORDS
        if capital and index == 0 and tok.lower in _SENTENCE_WORDS:
            capital = False
        if capital and tok.lower not in lx.SUBJECT_PRONOUNS:
            run.append(tok)
        else:
            flush()
    flush()
    return out
