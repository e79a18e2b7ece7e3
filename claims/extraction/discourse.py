"""What an article has named so far, for a later pronoun to point back to.

Each sentence's subjects and objects, and every named entity, are kept as a definite noun
phrase ready to stand in for a pronoun ("son exercice annuel" -> "l'exercice annuel", "trois
roquettes" -> "les roquettes"), with number, gender, kind and role; `Discourse.latest` picks
the antecedent (standalone.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

FR_POSSESSIVES = {"son": "le", "sa": "la", "ses": "les", "leur": "le", "leurs": "les"}
EN_POSSESSIVES = {"his", "her", "their", "its"}
VOWEL = re.compile(r"^[aeiouyhéèêàâôûîAEIOUYHÉÈÊÀÂÔÛÎ]")


@dataclass(slots=True)
class Mention:
    text: str  # a definite form, ready to stand as a subject ("la banque centrale")
    number: str  # "Sing" / "Plur"
    gender: str  # "Masc" / "Fem" / ""
    kind: str  # "PER" / "ORG" / "LOC" / ""
    sentence: int
    i: int  # doc index of its head
    clause: int  # doc index of the word it depends on (a pronoun of that clause is not it)
    chunk: int  # the chunk whose doc `i` and `clause` index
    owned: bool = False  # was written with a possessive ("ses alliés"): the owner's side
    subject: bool = False  # a clause's subject: what a later pronoun most likely continues
    main: bool = False  # the subject of the sentence's main clause, the most salient


@dataclass(slots=True)
class Discourse:
    """What the article has named so far, for pronouns to point back to."""

    mentions: list[Mention] = field(default_factory=list)
    sentence: int = 0
    chunk: int = 0  # which parsed chunk of the article (token indices are per chunk)

    def gender_of(self, name: str) -> str:
        """The grammatical gender the parse gave a person named before ("" if unknown)."""
        surname = name.split()[-1].lower() if name.split() else ""
        for m in reversed(self.mentions):
            if m.kind == "PER" and m.gender and surname in m.text.lower().split():
                return m.gender
        return ""

    def latest(self, *, pronoun: Any, number: str, gender: str, person: bool | None,
               exclude: set[str], avoid_owned: bool = False,
               objects_first: bool = False) -> Mention | None:  # fmt: skip
        """The nearest mention before the pronoun, of its number and gender, no further than
        two sentences back and not in the pronoun's own clause: its own sentence first, then
        the previous ones subjects first."""
        ranked = sorted(
            self.mentions,
            key=lambda m: (
                self.sentence - m.sentence,
                m.subject == objects_first,
                not m.main,
                -m.chunk,
                -m.i,
            ),
        )
        for m in ranked:
            here = m.chunk == self.chunk
            if here and (m.i >= pronoun.i or m.clause == pronoun.head.i):
                continue
            if m.sentence < self.sentence - 2:
                continue
            if m.text.lower() in exclude or (avoid_owned and m.owned):
                continue
            if not objects_first and not m.subject and not m.kind:
                continue  # a subject pronoun continues a subject or a named entity
            if (person is True and m.kind != "PER") or (person is False and m.kind == "PER"):
                continue
            collective = m.kind in ("ORG", "LOC") and number == "Plur"
            if m.number != number and not collective:
                continue
            if gender and m.gender and m.gender != gender and not collective:
                continue
            return m
        return None


_HONORIFICS = {"m.", "mme", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "me"}


def definite(tokens: list[Any], lang: str) -> str:
    """'son exercice annuel' -> "l'exercice annuel"; 'trois roquettes' -> 'les roquettes'."""
    head = next((t for t in tokens if t.pos_ in ("NOUN", "PROPN")), None)
    words = [t for t in tokens if t.dep_ != "nummod" and t.pos_ != "NUM"]
    if not words or head is None:
        return ""
    first = words[0]
    if lang == "fr" and (first.pos_ == "DET" or first.lower_ in FR_POSSESSIVES):
        rest = "".join(t.text_with_ws for t in words[1:]).strip()
        if first.lower_ in ("le", "la", "les", "l'", "l’"):
            return (first.text_with_ws + rest).strip()
        plural = "Plur" in head.morph.get("Number")
        if plural:
            art = "les "
        elif VOWEL.match(rest):
            art = "l'"
        else:
            art = "la " if "Fem" in head.morph.get("Gender") else "le "
        return art + rest
    if first.lower_ in _HONORIFICS or (first.text[:1].isupper() and first.pos_ == "PROPN"):
        return "".join(t.text_with_ws for t in words).strip()  # "M. Souab", not "le M. Souab"
    if lang == "fr" and first.i == head.i and head.pos_ == "NOUN":
        # "trois roquettes" lost its numeral: "les roquettes"
        rest = "".join(t.text_with_ws for t in words).strip()
        if "Plur" in head.morph.get("Number"):
            return "les " + rest
        if VOWEL.match(rest):
            return "l'" + rest
        return ("la " if "Fem" in head.morph.get("Gender") else "le ") + rest
    if lang == "en" and first.pos_ in ("DET", "PRON") and first.lower_ != "the":
        return "the " + "".join(t.text_with_ws for t in words[1:]).strip()
    return "".join(t.text_with_ws for t in words).strip()


def noun_phrase(head: Any) -> list[Any]:
    """The head with its determiner, adjectives, names and 'de'-complements; no clauses."""
    keep = {"det", "amod", "flat:name", "compound", "nmod", "case", "nummod", "fixed", "poss"}
    toks = [head]
    stack = [c for c in head.children if c.dep_ not in ("case", "mark")]
    while stack:
        tok = stack.pop()
        graded = tok.dep_ == "advmod" and tok.head.pos_ == "ADJ"  # "les plus réfractaires"
        if tok.text != "-" and (tok.dep_ not in keep or tok.is_punct) and not graded:
            continue
        toks.append(tok)
        stack.extend(tok.children)
    toks.sort(key=lambda t: t.i)
    # One contiguous stretch around the head, at most eight words.
    ids = {t.i for t in toks}
    lo = hi = head.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids and hi - lo < 7:
        hi += 1
    out = [t for t in toks if lo <= t.i <= hi]
    while len(out) > 1 and out[-1].pos_ in ("DET", "ADP", "CCONJ"):
        out.pop()  # a phrase never ends on "les", "de", "et"
    return out


def _known_person(discourse: Discourse, word: str) -> bool:
    low = word.lower()
    return any(m.kind == "PER" and low in m.text.lower().split() for m in discourse.mentions)


def observe(doc: Any, lo: int, hi: int, discourse: Discourse, lang: str) -> None:
    """Remember the sentence's subjects and objects, and every named entity, as definite
    noun phrases (called before the sentence's claims are rewritten)."""
    discourse.sentence += 1
    for tok in doc[lo:hi]:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        core = tok.dep_.startswith(("nsubj", "obj", "dobj"))
        named = tok.ent_type_ in ("PER", "PERSON", "ORG", "LOC", "GPE") and tok.dep_ not in (
            "flat:name", "compound", "amod", "appos")  # fmt: skip
        if not core and not named:
            continue
        words = noun_phrase(tok)
        text = definite(words, lang)
        if not text or len(text) < 3:
            continue
        if words[0].pos_ == "DET":
            text = text[0].lower() + text[1:]
        kind = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}.get(
            tok.ent_type_, ""
        )
        if not kind and tok.pos_ == "PROPN" and _known_person(discourse, tok.text):
            kind = "PER"  # "Andrianarivo was convicted": the NER missed a name given in full
        number = (tok.morph.get("Number") or ["Sing"])[0]
        gender = (tok.morph.get("Gender") or [""])[0]
        owned = any(t.lower_ in FR_POSSESSIVES or t.lower_ in EN_POSSESSIVES for t in words)
        discourse.mentions.append(
            Mention(text, number, gender, kind, discourse.sentence, tok.i, tok.head.i,
                    discourse.chunk, owned, tok.dep_.startswith("nsubj"),
                    tok.dep_.startswith("nsubj") and tok.head.dep_ == "ROOT")
        )  # fmt: skip
    del discourse.mentions[:-60]
