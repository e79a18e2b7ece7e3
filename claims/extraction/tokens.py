"""A small language-neutral token view the rules work on.

French tokens carry spaCy's tags and morphology; English tokens get tags from closed word
lists and suffixes (there is no English statistical model), which is all the rules need:
where finite verbs, subjects and connectives are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import lexicon as lx


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

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def french_tokens(doc: Any, norm: str) -> list[Tok]:
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
        if pos in ("ADJ", "NOUN") and text.endswith("aient") and len(text) > 6:
            pos, finite = "VERB", True  # imperfect plural the small tagger misreads
        # The small model often tags surnames after a verb as ADJ/NOUN.
        if pos in ("ADJ", "NOUN") and text[:1].isupper() and t.i > 0 and not t.is_sent_start:
            pos = "PROPN"
        toks.append(
            Tok(text, text.lower(), t.idx, t.idx + len(t.text), pos, finite, number, tense,
                t.ent_type_)
        )  # fmt: skip
    return toks


def _english_tag(words: list[str], index: int) -> tuple[str, bool, str | None, str | None]:
    word = words[index]
    low = word.lower()
    prev = words[index - 1].lower() if index else ""
    if not any(ch.isalnum() for ch in word):
        return "PUNCT", False, None, None
    if any(ch.isdigit() for ch in word):
        return "NUM", False, None, None
    if low in lx.EN_AUX:
        number, tense = lx.EN_AUX[low]
        if low == "'s" and index + 1 < len(words) and not words[index + 1][:1].islower():
            return "PART", False, None, None  # possessive
        return "AUX", True, number, tense
    if low in lx.EN_NONFINITE_AUX:
        return "AUX", False, None, None
    if low in lx.EN_DET:
        return "DET", False, None, None
    if low in lx.EN_PRON:
        return "PRON", False, "Plur" if low in ("they", "we") else "Sing", None
    if low in ("and", "but", "or", "nor"):
        return "CCONJ", False, None, None
    if low in lx.EN_SCONJ:
        return "SCONJ", False, None, None
    if low in lx.EN_PREP:
        return "ADP", False, None, None
    if low in lx.EN_ADV or (low.endswith("ly") and len(low) > 4):
        return "ADV", False, None, None
    after_aux = (
        prev in lx.EN_AUX or prev in lx.EN_NONFINITE_AUX or prev in lx.EN_ADV or prev == "to"
    )
    after_det = prev in lx.EN_DET
    if low in lx.EN_REPORT or low in lx.EN_CHARACTERISE or low in lx.EN_IRREGULAR_PAST:
        if after_det:
            return "NOUN", False, None, None
        tense = "Pres" if low.endswith("s") and not low.endswith("ss") else "Past"
        return "VERB", not after_aux, "Sing" if tense == "Pres" else None, tense
    if low.endswith("ed") and len(low) > 4 and not after_det:
        return "VERB", not after_aux, None, "Past"
    if word[:1].isupper() and index > 0:
        return "PROPN", False, None, None
    if low.endswith("s") and prev in ("he", "she", "it") and len(low) > 3:
        return "VERB", True, "Sing", "Pres"
    if low.endswith("ing"):
        return "VERB", False, None, None
    return "NOUN", False, None, None


def english_tokens(doc: Any, norm: str) -> list[Tok]:
    raw = [t for t in doc if not t.is_space]
    words = [norm[t.idx : t.idx + len(t.text)] for t in raw]
    toks: list[Tok] = []
    for i, t in enumerate(raw):
        pos, finite, number, tense = _english_tag(words, i)
        toks.append(Tok(words[i], words[i].lower(), t.idx, t.idx + len(t.text), pos, finite,
                        number, tense))  # fmt: skip
    return toks
