"""Speakers from the parse, joined to what the token patterns found (reporting.py).

`syntax_tail` and `syntax_lead` take the patterns' attribution of a sentence or a clause and
the parse's (`syntax.sentence_attributions`), and return the one to keep: the parse names
the speaker where it holds the apposition, finds attributions the patterns miss, and vetoes
pattern hits that report nothing (docs/extraction.md, "Who says it").
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon as lx
from .attribution import resolve_speaker
from .decomposition import Segment
from .memory import SpeakerMemory, title_key
from .names import fold, org_phrase
from .reporting import Lead, Tail
from .syntax import Attribution, sentence_attributions, speaker_phrase
from .tokens import Tok


def parsed_attributions(doc: Any, st: list[Tok], lang: str) -> list[Attribution]:
    """The parse's reporting verbs and speakers' phrases in one sentence's tokens."""
    if not st or doc is None or st[0].i < 0:
        return []
    return sentence_attributions(doc, st[0].i, st[-1].i + 1, lang)


_RELATIVE_PRONOUNS = {"whom", "who", "which", "whose", "dont", "lequel", "laquelle", "lesquels"}


def _speaker_of(
    st: list[Tok], attribution: Attribution, memory: SpeakerMemory
) -> tuple[str | None, str]:
    wanted = set(attribution.speaker)
    if any(t.i in wanted and t.lower in _RELATIVE_PRONOUNS for t in st):
        return None, ""  # "…, both of whom claimed to have won": a relative, not a source
    return resolve_speaker([t for t in st if t.i in wanted], memory)


def syntax_tail(
    st: list[Tok], tail: Tail | None, parsed: list[Attribution], memory: SpeakerMemory
) -> tuple[Tail | None, int | None]:
    """The parse's trailing attribution: found where patterns missed it, and its speaker's
    phrase preferred (it holds the apposition naming the person). Returns the tail and where
    an 'ajoutant que' continuation starts (an index into st)."""
    index = {t.i: k for k, t in enumerate(st)}
    last = len(st)
    while last > 0 and st[last - 1].pos == "PUNCT":
        last -= 1
    for attribution in reversed(parsed):
        if not attribution.tail or attribution.start not in index:
            continue
        cut, end = index[attribution.start], index.get(attribution.end, len(st))
        follow = index.get(attribution.follow) if attribution.follow is not None else None
        rest = [t for t in st[end:last] if t.text not in (",", '"')]
        # The attribution closes the sentence, or only a continuation or relative follows.
        trailing = rest and not (
            attribution.closes or (len(rest) <= 6 and not any(t.finite for t in rest))
        )
        if trailing and follow is None and rest[0].lower not in ("qui", "who", "which"):
            continue
        if cut < 2:
            continue
        speaker, written = _speaker_of(st, attribution, memory)
        if not speaker:
            continue
        if tail is not None and abs(tail.cut - cut) > 2 and tail.cut < cut:
            return tail, None  # the patterns' tail lies earlier: another attribution
        return _pronoun_is_the_subject(Tail(cut, speaker, written), st, memory), follow
    return (_pronoun_is_the_subject(tail, st, memory) if tail else None), None


def _can_speak(tok: Tok) -> bool:
    """A subject that could be the one speaking: a person, an organisation, an institution
    or a title ("une distribution de tests" cannot)."""
    return tok.ent in ("PER", "ORG") or tok.lower in lx.ORG_WORDS or tok.lower in lx.TITLE_WORDS


def _pronoun_is_the_subject(tail: Tail, st: list[Tok], memory: SpeakerMemory) -> Tail:
    """ "Le ministère de l'Intérieur a recensé …, a-t-il annoncé": the inverted pronoun is the
    sentence's own subject, not the last person the article quoted."""
    pronoun = tail.written.lower().lstrip("-").removeprefix("t-")
    if pronoun not in ("il", "elle", "ils", "elles", "it", "he", "she", "they"):
        return tail
    if any(t.text == '"' for t in st[: tail.cut]):
        return tail  # '"Les salaires ont baissé", a-t-il déclaré': the quoted one speaks
    subject = next(
        (
            k
            for k in range(tail.cut)
            if st[k].dep.startswith("nsubj") and st[k].pos != "PRON" and _can_speak(st[k])
        ),
        None,
    )
    if subject is None:
        return tail
    start = subject
    while start > 0 and st[start - 1].pos in ("DET", "ADJ", "PROPN") and start > subject - 3:
        start -= 1
    end = subject + 1
    while end < tail.cut and (st[end].ent or st[end].lower in ("de", "du", "d'", "l'", "of")):
        end += 1
    speaker, written = resolve_speaker(st[start:end], memory)
    return Tail(tail.cut, speaker, written) if speaker else tail


def syntax_lead(
    doc: Any,
    st: list[Tok],
    seg: Segment,
    lead: Lead | None,
    parsed: list[Attribution],
    memory: SpeakerMemory,
) -> Lead | None:
    """A lead attribution's speaker taken from the parse's subject phrase when it names one;
    a segment that is the content clause of a reporting verb before it ("Putin said after an
    hour-long call that …") gets that verb's speaker."""
    if lead is None:
        return _content_lead(doc, st, seg, parsed, memory)
    if lead.shell and lead.speaker is None:
        return lead
    reports = _reports_something(doc, st, seg, lead) if doc is not None else True
    if reports is None and lead.speaker and _names_a_source(st, seg, lead):
        # "L'Insee avait estimé la hausse des prix à 6,2%", "la banque centrale a relevé sa
        # prévision": the act is the claim, whole, and the one who did it is its source
        return Lead(seg.start, lead.speaker, lead.written, lead.shell, lead.clause)
    if not reports:
        return None
    a, b = st[seg.start].i, st[seg.end - 1].i
    for attribution in parsed:
        if attribution.tail or not a <= attribution.verb <= b:
            continue
        speaker, written = _speaker_of(st, attribution, memory)
        if speaker:
            return Lead(lead.content, speaker, written, lead.shell, lead.clause)
    # A verb the parse does not count as reporting: still its subject, not the words before
    # it ("Dans ses dernières projections …, la banque centrale a relevé …").
    verb = next((t for t in reversed(st[seg.start : lead.content]) if t.pos == "VERB"), None)
    if doc is not None and verb is not None and verb.i >= 0:
        node = doc[verb.i]
        subject = next(
            (c for c in node.children if c.dep_.startswith("nsubj") and c.i < node.i), None
        )
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            wanted = set(speaker_phrase(subject, st[0].i, st[-1].i + 1))
            speaker, written = resolve_speaker([t for t in st if t.i in wanted], memory)
            if speaker:
                return Lead(lead.content, speaker, written, lead.shell, lead.clause)
    return lead


def _names_a_source(st: list[Tok], seg: Segment, lead: Lead) -> bool:
    """Whether the words before the verb name a person or a body that can be a source."""
    return any(_can_speak(t) for t in st[seg.start : lead.content])


def _reports_something(doc: Any, st: list[Tok], seg: Segment, lead: Lead) -> bool | None:
    """Whether the patterns' reporting verb reports: False for a passive ("yellow fever is
    estimated to have caused …", "est attribuée à …"), None for a verb with a plain object and
    no clause ("les participants ont observé une minute de silence", "a fait craindre une
    hausse"), which describes an act."""
    if lead.content <= seg.start or lead.clause:
        return True  # characterisation verbs keep their clause; "que"/":" is a report
    verb = next(
        (t for t in reversed(st[seg.start : lead.content]) if t.i >= 0 and t.pos == "VERB"), None
    )
    if verb is None:
        return True
    node = doc[verb.i]
    deps = {c.dep_ for c in node.children}
    if deps & {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"}:
        return False
    if deps & {"ccomp", "parataxis", "xcomp", "advcl", "dep"}:
        return True
    first = st[lead.content] if lead.content < len(st) else None
    if first is not None and first.text in ('"', ":"):
        return True
    if node.lemma_.lower() not in _PERCEPTION_LEMMAS:
        return True  # "a annoncé un plan": the announcement is the claim
    if any(c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") for c in node.children):
        return None  # a plain object: the verb describes an act, it reports nothing
    return True


# Verbs that report only with a clause: with a plain object they describe ("ont observé une
# minute de silence", "fait craindre une interruption", "estimated the cost").
_PERCEPTION_LEMMAS = frozenset(
    {"observer", "noter", "constater", "craindre", "relever", "remarquer", "voir", "estimer",
     "rappeler", "observe", "note", "see", "fear", "estimate", "expect", "recall"}
)  # fmt: skip


def _content_lead(
    doc: Any, st: list[Tok], seg: Segment, parsed: list[Attribution], memory: SpeakerMemory
) -> Lead | None:
    verbs = {a.verb: a for a in parsed if not a.tail}
    first = st[seg.start]
    if not verbs or doc is None or first.i < 0:
        return None
    index = {t.i: k for k, t in enumerate(st)}
    for verb_i, attribution in verbs.items():
        # "… but a Taliban official said it would be this week": a reporting verb inside the
        # segment whose clause the patterns did not see.
        k = index.get(verb_i)
        if k is None or not seg.start <= k < seg.end:
            continue
        content = [c for c in doc[verb_i].children if c.dep_ == "ccomp" and c.i > verb_i]
        if not content:
            continue
        start = min(t.i for t in content[0].subtree)
        while start in index and doc[start].dep_ == "mark":
            start += 1
        if start in index and seg.start < index[start] < seg.end:
            speaker, written = _speaker_of(st, attribution, memory)
            if speaker:
                return Lead(index[start], speaker, written, clause=True)
    if seg.start == 0:
        return None
    node = doc[first.i]
    for _ in range(8):  # up the heads from the segment's first word to a reporting verb
        if node.head.i == node.i:
            return None
        dep, node = node.dep_, node.head
        if node.i in verbs and node.i < first.i and dep in ("ccomp", "parataxis", "xcomp"):
            speaker, written = _speaker_of(st, verbs[node.i], memory)
            return Lead(seg.start, speaker, written, clause=True) if speaker else None
    return None


def observe_subject(doc: Any, st: list[Tok], memory: SpeakerMemory) -> None:
    """The person a sentence is about, for the pronouns of the next ones: "Le directeur
    général a rappelé … . Jamais …, a-t-il affirmé" is the director-general speaking, not
    the last person quoted."""
    if doc is None or not st or st[0].i < 0:
        return
    lo, hi = st[0].i, st[-1].i + 1
    subject = next(
        (t for t in doc[lo:hi] if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN", "NUM")), None
    )
    if subject is None:
        _titled_subject(st, memory)
        return
    wanted = set(speaker_phrase(subject, lo, hi))
    phrase = [t for t in st if t.i in wanted]
    named = (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in ("PER", "PERSON", "ORG")
        or any(
            c.dep_ in ("appos", "flat:name", "compound") and c.pos_ == "PROPN"
            for c in subject.children
        )
    )  # the subject is named, not a figure of someone's ("Consolidated net revenues of Bharti")
    if named:
        # a named subject: resolve_speaker remembers the person (and their title) it names;
        # an organisation that is only talked about has not spoken ("La France devrait …,
        # selon ses projections" is still the bank's)
        org, speaker = memory.last_org, memory.last_speaker
        resolve_speaker(phrase, memory)
        memory.last_speaker = speaker
        organisation = any(t.ent == "ORG" for t in phrase) or (
            subject.pos_ == "PROPN" and not subject.ent_type_
        )
        if not organisation:
            memory.last_org = org  # a country or a person talked about is no organisation
        return
    name = memory.titles.get(title_key([t.text for t in phrase]))
    if name and name in memory.persons.values():
        memory.last_person = name


def _titled_subject(st: list[Tok], memory: SpeakerMemory) -> None:
    """A known title right before a finite verb, where the parse found no subject ("Devant
    les Etats membres, le directeur général a … rappelé")."""
    words = [fold(t.text) for t in st]
    for key, name in memory.titles.items():
        if name not in memory.persons.values():
            continue
        size = len(key.split())
        for k in range(len(words) - size):
            if " ".join(words[k : k + size]) == key and st[k + size].finite:
                memory.last_person = name
                return


def observe_owner(doc: Any, st: list[Tok], memory: SpeakerMemory) -> None:
    """A name that owns a company's figure is an organisation ("Bharti Airtel's Q1 net profit",
    "le bénéfice net de TotalEnergies"), whatever the NER called it: later "the company"."""
    if doc is None or not st or st[0].i < 0:
        return
    lo, hi = st[0].i, st[-1].i + 1
    metrics = lx.METRIC_NOUNS.get("en", set()) | lx.METRIC_NOUNS.get("fr", set())
    for tok in doc[lo:hi]:
        if tok.lower_ not in metrics or tok.pos_ != "NOUN":
            continue
        for child in tok.children:
            if child.pos_ != "PROPN" or child.dep_ not in ("poss", "nmod", "nmod:poss"):
                continue
            run = [t for t in child.subtree if t.pos_ == "PROPN" and lo <= t.i < hi]
            if child.dep_ == "nmod" and not any(
                c.lower_ in ("de", "d'", "of") for c in child.children
            ):
                continue
            name = " ".join(t.text for t in run)
            if name:
                memory.last_org = name
                memory.persons = {k: v for k, v in memory.persons.items() if v != name}
                return


_POSSESSIVE_TITLE = re.compile(r"^(?:son|sa|leur|its|their)\s+\w")


def owned_affiliation(tail: Tail, st: list[Tok], memory: SpeakerMemory) -> None:
    """ "TotalEnergies est devenu …, a déclaré son PDG, Patrick Pouyanné": the person speaks
    for the organisation their title belongs to, the one the sentence names (else the one
    the article was about). Their "nous" is then TotalEnergies'."""
    speaker = tail.speaker
    if not speaker or speaker not in memory.persons.values() or speaker in memory.affiliations:
        return
    if (body := _apposed_body(st[tail.cut :])) is not None:
        memory.affiliations[speaker] = memory.org_forms.get(body, body)
        return
    if not _POSSESSIVE_TITLE.match(tail.written.lower()):
        return
    org = org_phrase(st[: tail.cut])
    org = re.sub(r"^(?:le|la|les|l'|the) ?", "", org, flags=re.IGNORECASE) if org else None
    org = org or memory.last_org
    if org:
        memory.affiliations[speaker] = memory.org_forms.get(org, org)


_OF_BODY = {"de", "du", "d'", "à", "au", "of", "at"}


def _apposed_body(attribution: list[Tok]) -> str | None:
    """ "…, ajoute Daniel Koch, responsable de la division Maladies transmissibles à l'OFSP":
    the organisation of the title apposed to the speaker's name (then their "nous" is it)."""
    for comma in (k for k, t in enumerate(attribution) if t.text == "," and k > 0):
        title = attribution[comma + 1 :]
        if not title or fold(title[0].text) not in lx.TITLE_WORDS:
            continue
        for k, tok in enumerate(title[1:], 1):
            if tok.lower in _OF_BODY and k + 1 < len(title):
                org = org_phrase(title[k + 1 :])
                if org:
                    return re.sub(r"^(?:le|la|les|l'|the) ?", "", org, flags=re.IGNORECASE)
        return None
    return None
