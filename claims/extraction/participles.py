"""A past participle set beside the subject states a fact of its own.

"L'opposant Guy Parfait Kolelas, décédé le jour du vote, arrive en seconde position" holds
two claims: "Guy Parfait Kolelas est décédé le jour du vote" and "Kolelas arrive en seconde
position". "Andrianarivo, convicted in 2008 of embezzlement, fled to France" likewise. The
main claim skips the participle (Segment.hole); the participle's claim is the subject, an
auxiliary and the participle's words: French verbs of motion and change of state take "être"
("est décédé"), every other participle set so is a passive ("a été condamné", "was
convicted").

Only a participle that interrupts the subject before its verb is read so. Participles that
set the scene of a statement ("X, interrogé par l'AFP, a affirmé", "X, contacted by
Reuters, said") and those that only place or name ("basé à Paris", "known as") claim nothing
a checker would check and are left in place.
"""

from __future__ import annotations

from .appositions import predicate_after
from .attribution import is_report
from .decomposition import Segment, has_finite, np_start
from .tokens import Tok

_HEADS = {"NOUN", "PROPN"}
# French verbs conjugated with "être": their participle describes, it is not a passive.
_FR_ETRE = ("décéd", "mort", "né", "arrivé", "parti", "venu", "devenu", "revenu", "tombé",
            "entré", "sorti", "resté", "retourné", "rentré", "parvenu", "survenu")  # fmt: skip
_SCENE = {
    "fr": ("interrog", "joint", "contacté", "cité", "interviewé", "questionné", "sollicité",
           "basé", "situé", "installé", "surnommé", "connu", "appelé", "présent", "accompagné",
           "entouré", "réuni", "invité"),
    "en": ("contacted", "interviewed", "quoted", "asked", "reached", "cited", "based",
           "located", "situated", "headquartered", "known", "called", "named", "dubbed",
           "accompanied", "flanked", "joined", "speaking", "invited"),
}  # fmt: skip


def is_past_participle(tok: Tok) -> bool:
    return tok.pos == "VERB" and not tok.finite and tok.tense == "Past"


def _auxiliary(participle: Tok, plural: bool, lang: str) -> str:
    if lang == "en":
        return "were" if plural else "was"
    if participle.lower.startswith(_FR_ETRE):
        return "sont" if plural else "est"
    return "ont été" if plural else "a été"


def participial_apposition(
    toks: list[Tok], seg: Segment, lang: str
) -> tuple[tuple[int, int], Segment] | None:
    """(hole, the participle's segment) of ", décédé le jour du vote," inside the subject."""
    if seg.hole is not None or lang not in _SCENE:
        return None
    for p in range(seg.start + 2, seg.end - 2):
        tok, before = toks[p], toks[p - 1]
        if not is_past_participle(tok):
            continue
        if has_finite(toks, seg.start, p):
            return None  # the main verb came first: not inside the subject
        # ", décédé …," or, as wires write it, "Kolelas décédé …," with no comma before
        comma = before.text == ","
        if not comma and not (before.pos == "PROPN" and lang == "fr"):
            return None
        left = p - 1 if comma else p
        if tok.lower.startswith(_SCENE[lang]):
            return None
        start = np_start(toks, seg.start, left)
        prefix = toks[seg.start : start]
        if any(t.pos == "ADP" or (t.pos == "PUNCT" and t.text != ",") for t in prefix):
            return None  # the participle must follow the whole subject
        if not prefix or prefix[-1].text != ",":
            start = seg.start  # "L'opposant Guy Kolelas": the tagger's participle "opposant"
        # else "Son principal adversaire, l'opposant Guy Kolelas décédé …": the name's phrase
        if not any(t.pos in _HEADS for t in toks[start:left]):
            return None
        close = next((k for k in range(p + 1, seg.end) if toks[k].text == ","), None)
        if close is None or not 1 <= close - p <= 14 or has_finite(toks, p, close):
            return None
        if any(t.text in ('"', "(", ")") for t in toks[p:close]):
            return None
        verb = predicate_after(toks, close, seg.end)
        if verb is None:
            return None  # no main predicate right after it
        if any(is_report(t, lang) for t in toks[verb : min(seg.end, verb + 3)]):
            return None  # "X, arrivé mardi, a déclaré": the scene of a statement
        head = next((t for t in reversed(toks[start:left]) if t.pos in _HEADS), None)
        plural = head is not None and head.number == "Plur"
        link = _auxiliary(tok, plural, lang)
        return (left, close + 1), Segment(p, close, "apposition", (start, left), link=link)
    return None
