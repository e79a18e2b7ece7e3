"""Attribution read from the dependency parse: which reporting verb, whose phrase names the
speaker, and where a trailing attribution starts and ends.

Token patterns (reporting.py) find the common shapes; they fail where a newsroom's syntax
varies: an inverted subject after a complement ("…, a expliqué à l'AFP le porte-parole du
gouverneur, Aref Noori"), an adverbial between ("a quant à lui assuré"), a sentence adverb
before the subject ("Cependant, l'Insee observe"), English tails ("…, said the minister,
adding that …"). The parse gives the subject (or the inverted subject, which the French models
label obj) of the verb directly, and its subtree is the speaker's phrase with its apposition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import lexicon as lx

REPORT_LEMMAS = {
    "fr": frozenset(
        [
            "déclarer",
            "dire",
            "affirmer",
            "expliquer",
            "assurer",
            "estimer",
            "indiquer",
            "annoncer",
            "préciser",
            "ajouter",
            "souligner",
            "observer",
            "révéler",
            "détailler",
            "juger",
            "rappeler",
            "prévenir",
            "avertir",
            "confier",
            "reconnaître",
            "admettre",
            "noter",
            "constater",
            "insister",
            "marteler",
            "répéter",
            "déplorer",
            "dénoncer",
            "regretter",
            "promettre",
            "anticiper",
            "tabler",
            "confirmer",
            "démentir",
            "écrire",
            "signaler",
            "avancer",
            "commenter",
            "poursuivre",
            "conclure",
            "raconter",
            "témoigner",
            "soutenir",
            "plaider",
            "affirmer",
            "réagir",
            "répondre",
            "résumer",
            "prédire",
            "mettre",
            "estimer",
            "considérer",
            "féliciter",
            "inquiéter",
            "réjouir",
            "alerter",
            "accuser",
            "relater",
            "souhaiter",
            "espérer",
            "craindre",
            "annoncer",
        ]
    ),
    "en": frozenset(
        [
            "say",
            "tell",
            "add",
            "explain",
            "state",
            "note",
            "announce",
            "report",
            "warn",
            "claim",
            "insist",
            "argue",
            "confirm",
            "estimate",
            "predict",
            "write",
            "stress",
            "acknowledge",
            "admit",
            "reveal",
            "reply",
            "respond",
            "emphasize",
            "emphasise",
            "suggest",
            "indicate",
            "maintain",
            "deny",
            "assert",
            "contend",
            "declare",
            "observe",
            "tweet",
            "post",
            "conclude",
            "caution",
            "concede",
            "recall",
            "allege",
            "complain",
            "urge",
        ]
    ),
}
# Dependents of a verb that can be the phrase naming who speaks. French models label an
# inverted subject after the verb "obj"; English "nsubj" either side.
# A passive's subject is what was said, never who said it ("a été lancée", "is estimated").
_SUBJECT_DEPS = frozenset({"nsubj"})
_INVERTED_DEPS = _SUBJECT_DEPS | {"obj", "dobj", "appos", "expl:subj"}
# Parts of a speaker's phrase that say something else ("…, qui a relevé sa prévision").
_CUT_DEPS = frozenset({"acl:relcl", "relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "cc"})
# "ajoutant que …", "adding that …": a second statement by the same speaker.
_CONTINUE_LEMMAS = frozenset({"ajouter", "add", "préciser", "souligner", "expliquer", "noting",
                              "claim", "insist", "warn", "say", "affirmer", "assurer",
                              "estimer", "indiquer"})  # fmt: skip
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON", "X"})
_DOCUMENT_NOUNS = frozenset({"statement", "report", "communiqué", "rapport", "déclaration",
                             "letter", "lettre", "study", "étude", "filing", "note"})  # fmt: skip


_CIRCUMSTANCE_PREPS = frozenset({"dans", "lors", "pendant", "durant", "during", "in"})


def _circumstance(child: Any) -> bool:
    """A prepositional phrase that says where or when something was said."""
    first = child.doc[min(t.i for t in child.subtree)]
    return child.dep_ in ("nmod", "prep", "obl", "obl:mod") and first.lower_ in _CIRCUMSTANCE_PREPS


@dataclass(frozen=True, slots=True)
class Attribution:
    verb: int  # doc index of the reporting verb
    speaker: tuple[int, ...]  # doc indices of the phrase naming the speaker, in order
    tail: bool  # the attribution follows its content ('…, a déclaré X')
    start: int  # doc index where the attribution begins (its comma, for a tail)
    end: int  # doc index just after the attribution's last token
    follow: int | None = None  # doc index where an 'ajoutant que'/'adding that' content begins
    # what follows the attribution to the sentence's end has no verb and no figure ("…, a
    # annoncé X, au cours d'un point de presse"): circumstances, no content of its own
    closes: bool = False


def speaker_phrase(head: Any, lo: int, hi: int) -> list[int]:
    """The speaker's phrase: the head's subtree without clauses hanging off it."""
    out: list[int] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        if not lo <= tok.i < hi:
            continue
        out.append(tok.i)
        for child in tok.children:
            # "le numéro un du syndicat CFDT, Laurent Berger": the parser often calls the
            # apposed name a conjunct.
            apposed = child.dep_ == "conj" and child.pos_ == "PROPN" and tok.pos_ == "NOUN"
            # "the statement read out by Vital Kamerhe": a document keeps who issued it
            authored = (
                child.dep_ in ("acl", "acl:relcl")
                and tok.lower_ in _DOCUMENT_NOUNS
                and any(g.lower_ in ("by", "par") for g in child.children)
            )
            if child.dep_ in _CUT_DEPS and not apposed and not authored:
                continue
            if child.i > tok.i and _circumstance(child):
                continue  # "la compagnie dans un communiqué": where it spoke, not who
            stack.append(child)
    out.sort()
    # Keep one contiguous run around the head; trim punctuation at the edges.
    run = [head.i]
    pos = set(out)
    k = head.i - 1
    while k in pos:
        run.insert(0, k)
        k -= 1
    k = head.i + 1
    while k in pos:
        run.append(k)
        k += 1
    doc = head.doc
    while run and doc[run[-1]].is_punct and doc[run[-1]].text not in ")":
        run.pop()
    while run and doc[run[0]].is_punct:
        run.pop(0)
    # "In an official statement, the UEFA president": a circumstance the parse hung on the
    # subject is not part of who speaks
    commas = [k for k, i in enumerate(run) if doc[i].text == "," and i < head.i]
    if commas and run and doc[run[0]].pos_ == "ADP":
        run = run[commas[-1] + 1 :]
    return run


def _finite(tok: Any) -> bool:
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def _reach_the_name(doc: Any, phrase: list[int], hi: int) -> list[int]:
    """An inverted speaker's title whose name the parser hung elsewhere: "a affirmé le chef du
    programme d'urgence au sein de l'OMS Michael Ryan au début d'une réunion"."""
    if any(doc[i].ent_type_ in ("PER", "PERSON") for i in phrase):
        return phrase
    k = phrase[-1] + 1
    while k < min(hi, phrase[-1] + 14):
        if doc[k].text == "," and k + 1 < hi and doc[k + 1].ent_type_ in ("PER", "PERSON"):
            k += 1  # "le président du Conseil constitutionnel, Laurent Fabius": apposed name
            continue
        if doc[k].text in (",", ";", ".", '"'):
            break
        if doc[k].ent_type_ in ("PER", "PERSON"):
            end = k
            while end + 1 < hi and doc[end + 1].ent_type_ in ("PER", "PERSON"):
                end += 1
            return list(range(phrase[0], end + 1))
        if _finite(doc[k]):
            break
        k += 1
    return phrase


def _verb_group_start(verb: Any, lo: int) -> int:
    """First token of the verb group: auxiliaries, clitics, adverbs and '-t-il' before it."""
    start = verb.i
    for child in verb.children:
        if child.i < verb.i and child.dep_.startswith(("aux", "advmod", "neg", "expl", "iobj")):
            start = min(start, child.i)
    doc = verb.doc
    # "a quant à lui assuré": the fixed expression's parts hang off its first word.
    while start > lo and doc[start - 1].dep_ == "fixed":
        start -= 1
    return max(start, lo)


def sentence_attributions(doc: Any, lo: int, hi: int, lang: str) -> list[Attribution]:
    """Reporting verbs with their speaker's phrase in doc tokens [lo, hi)."""
    lemmas = REPORT_LEMMAS[lang]
    forms = lx.FR_REPORT if lang == "fr" else lx.EN_REPORT
    found: list[Attribution] = []
    for verb in doc[lo:hi]:
        if verb.pos_ not in ("VERB", "AUX") or (
            verb.lemma_.lower() not in lemmas and verb.lower_ not in forms
        ):
            continue
        group = _verb_group_start(verb, lo)
        before = doc[group - 1] if group > lo else None
        # "…, a déclaré X": content, a comma, then the verb with its subject after it.
        content_before = (
            group - lo >= 3
            and before is not None
            and before.text in ',"»”'
            # a clause before the comma, not a subject with its apposition ("X, Y, a dit")
            and any(_finite(t) for t in doc[lo : group - 1])
        )
        if content_before and "Inf" in verb.morph.get("VerbForm"):
            continue  # "…, a fait craindre une interruption": no inverted subject after it
        subject = None
        for child in verb.children:
            if not lo <= child.i < hi or child.pos_ not in _SPEAKER_POS:
                continue
            if content_before:
                if child.dep_ in _INVERTED_DEPS and child.i > verb.i:
                    subject = child
                    break
            elif (
                child.dep_ in _SUBJECT_DEPS
                and child.i < verb.i
                # "Details … were not immediately clear but a Taliban official said" can be
                # parsed with both noun phrases as subjects of "said": a clause between them
                # means the later one is the verb's
                and (subject is None or any(_finite(t) for t in doc[subject.i + 1 : child.i]))
            ):
                subject = child
        if subject is None:
            continue
        if subject.lower_ in ("on", "one", "that", "which", "qui", "que"):
            continue  # "a-t-on appris", relative pronouns: no one is named
        phrase = speaker_phrase(subject, lo, hi)
        if not phrase:
            continue
        if content_before and subject.i > verb.i:
            phrase = _reach_the_name(doc, phrase, hi)
        # "…, the minister said": the subject's phrase opens after the content's comma.
        subject_tail = (
            not content_before
            and phrase[0] - lo >= 3
            and doc[phrase[0] - 1].text in ',"»”'
            and not any(t.is_punct for t in doc[phrase[-1] + 1 : verb.i])
        )
        tail = content_before or subject_tail
        if tail:
            start = min(group, phrase[0]) - 1
            while start > lo and doc[start - 1].text in ',"»”':
                start -= 1
            end = max(phrase[-1], verb.i) + 1
        else:
            start, end = phrase[0], verb.i + 1
        follow = None
        for child in [*verb.children, *doc[subject.i].children]:
            if child.i > end - 1 and child.lemma_.lower() in _CONTINUE_LEMMAS:
                mark = next((g for g in child.subtree if g.dep_ == "mark"), None)
                if mark is not None and mark.i + 1 < hi:
                    follow = mark.i + 1
        # No verb and no figure after it: circumstances of the saying, not a claim
        closes = not any(_finite(t) or any(c.isdigit() for c in t.text) for t in doc[end:hi])
        found.append(Attribution(verb.i, tuple(phrase), bool(tail), start, end, follow, closes))
    return found
