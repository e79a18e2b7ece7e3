"""Naming the one who speaks: organisations and groups in a speaker's phrase.

Helpers of `attribution.resolve_speaker`: "a spokesperson for the mayor's office" speaks for
the office, "le ministère de l'Intérieur" is the whole phrase, "One of Olanguena's lawyers,
Antoine Marcel Mong," is Mong speaking for Olanguena's lawyers, and the NER's organisation is
read with its article ("l'OTAN") and its adjective ("Conseil constitutionnel").
"""

from __future__ import annotations

import itertools
import unicodedata

from . import lexicon as lx
from .tokens import Tok

DETS = {"le", "la", "les", "l'", "un", "une", "des", "du", "the", "a", "an", "son", "sa", "ses"}


def fold(text: str) -> str:
    """Lower-case, accent-free, plain-quote key used to compare names and titles."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("’", "'").replace("“", '"').replace("”", '"')


def one_of(np: list[Tok]) -> str | None:
    """'One of Olanguena's lawyers, X' speaks for "Olanguena's lawyers" ("l'un des avocats
    de Y" for "les avocats de Y"): their "we" is that group."""
    words = [t.lower for t in np[:3]]
    if words[:2] in (["one", "of"], ["un", "des"], ["une", "des"]) or words[:3] == [
        "l'",
        "un",
        "des",
    ]:
        rest = np[3:] if words[0] == "l'" else np[2:]
        group = []
        for t in rest:
            if t.text == ",":
                break
            group.append(t.text)
        if group:
            text = " ".join(group).replace(" 's", "'s").replace("' ", "'")
            return text if words[1] == "of" else "les " + text
    return None


def apposed_names(np: list[Tok], runs: list[list[Tok]]) -> list[list[Tok]]:
    """'One of Olanguena's lawyers, Antoine Marcel Mong,': a run of two or more capitalised
    words set off by a comma after a description is a person, whatever the NER says."""
    position = {id(t): k for k, t in enumerate(np)}
    out = []
    for run in runs:
        k = position.get(id(run[0]), 0)
        if (
            len(run) >= 2
            and k > 1
            and np[k - 1].text == ","
            and not any(fold(t.text) in lx.ORG_WORDS or t.text.isupper() for t in run)
        ):
            out.append(run)
    return out


_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "representative", "porte-parole",
           "représentant", "représentante", "source", "sources", "official", "officials"}  # fmt: skip


def spoken_for(np: list[Tok]) -> str | None:
    """'a spokesperson for the mayor's office' -> "mayor's office" (no person named)."""
    for k, tok in enumerate(np[:-2]):
        if tok.lower in _SPOKES and np[k + 1].lower in ("for", "of", "de", "du", "at", "au"):
            rest = [t.text for t in np[k + 2 :] if t.lower not in DETS]
            if rest:
                text = " ".join(rest).replace(" 's", "'s").replace("' ", "'")
                return ("le " if np[k + 1].lower == "du" else "") + text if rest else None
    return None


def join_name(toks: list[Tok], run: list[Tok]) -> str:
    """A name as written: 'Zia-ul-Haq Amarkhail', not 'Zia - ul - Haq Amarkhail'."""
    out = run[0].text
    for prev, tok in itertools.pairwise(run):
        out += ("" if tok.start == prev.end else " ") + tok.text
    return out


def ner_person(run: list[Tok]) -> list[Tok]:
    """The NER's person inside a run of capitals ("U.S. Secretary of State Mike Pompeo" ->
    "Mike Pompeo"), with a part glued on by a hyphen the NER left out ("Yhombi-Opango"); the
    run itself when the NER names fewer than two of its words."""
    named = [t for t in run if t.ent == "PER"]
    if len(named) < 2:
        return run
    end = run.index(named[-1]) + 1
    while end < len(run) and run[end].start == run[end - 1].end:
        end += 1
    return named + run[run.index(named[-1]) + 1 : end]


ORG_HEADS = {fold(w) for w in lx.ORG_WORDS}
_ARTICLES = {"le", "la", "les", "l'", "the"}  # "du Conseil" is the Conseil: no "du" kept


def institution(np: list[Tok]) -> str | None:
    """'le ministère de l'Intérieur' -> "ministère de l'Intérieur": an institution named by a
    common noun and its complement is the whole phrase, not its capitalised word."""
    words = [t for t in np if t.lower not in DETS or t is not np[0]]
    while words and words[0].lower in DETS:
        words = words[1:]
    if len(words) < 3 or words[0].is_cap or fold(words[0].text) not in ORG_HEADS:
        return None
    if words[1].lower not in ("de", "du", "des", "d'", "of", "for") or not any(
        t.is_cap for t in words[2:]
    ):
        return None
    if any(t.ent == "PER" for t in words):
        return None
    return join_name(words, words).replace("' ", "'")


def org_phrase(toks: list[Tok]) -> str | None:
    """The first organisation the NER names among toks, with its article ("l'OTAN")."""
    for k, tok in enumerate(toks):
        if tok.ent != "ORG" or tok.lower in DETS:
            continue
        end = k
        while end + 1 < len(toks) and toks[end + 1].ent == "ORG":
            end += 1
        # "Conseil constitutionnel": the NER often leaves the adjective out
        while end + 1 < len(toks) and toks[end + 1].pos == "ADJ" and not toks[end + 1].is_cap:
            end += 1
        start = k - 1 if k and toks[k - 1].lower in _ARTICLES else k
        name = " ".join(t.text for t in toks[start : end + 1]).replace("' ", "'")
        # "du Conseil" names "le Conseil"
        contracted = {"du": "le ", "des": "les "}.get(toks[k - 1].lower, "") if k else ""
        return contracted + name
    return None
