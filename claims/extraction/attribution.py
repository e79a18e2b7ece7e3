"""Who says what: reporting-verb patterns and a per-article speaker memory.

The memory keeps full names by surname, titles seen in apposition ("le chef de l'OTAN,
Jens Stoltenberg," -> title map) and the last person who spoke, so "Stoltenberg",
"il" and "le chef de l'Otan" all resolve to the same full name.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import source_words as sw
from .anaphors import named_before
from .dates import MONTH_NAMES
from .leaders import leader_described
from .memory import HONORIFICS, SpeakerMemory, title_key
from .names import (
    DETS,
    ORG_HEADS,
    apposed_names,
    fold,
    institution,
    join_name,
    ner_person,
    one_of,
    org_phrase,
    spoken_for,
)
from .tokens import Tok

_NAME_PARTICLES = {
    "de", "du", "van", "von", "der", "den", "al", "el", "bin", "da", "di", "le", "la"
}  # fmt: skip
_RELATIVE = {"qui", "who", "which"}
_PUNCT_STOP = {",", ".", ";", ":", "!", "?", "(", ")", '"'}
_NP_LINKS = {"de", "d'", "du", "des", "of", "l'", "la", "le", "les", "the"}
_STARTERS = {"the", "a", "an", "in", "on", "at", "but", "and", "after", "before", "when", "while",
             "en", "au", "le", "la", "les", "selon", "pour", "mais", "et", "après", "avant"}  # fmt: skip
_INVERTED = re.compile(r"^-(?:t-)?(il|elle|on|ils|elles)$")


def _is_name_token(tok: Tok, first: bool) -> bool:
    if not tok.is_cap or tok.lower in DETS or tok.lower in lx.SUBJECT_PRONOUNS:
        return False
    if tok.pos in ("PRON", "ADV", "SCONJ", "CCONJ", "DET", "ADP", "NUM") and tok.ent != "PER":
        return False  # "Celle-ci", "Jamais", "Cependant" open sentences, they name no one
    return not (first and tok.lower in lx.TITLE_WORDS)


def _name_runs(toks: list[Tok]) -> list[list[Tok]]:
    runs: list[list[Tok]] = []
    current: list[Tok] = []
    for tok in toks:
        # "Zia-ul-Haq": a hyphen and what it glues (no space either side) stay in the name
        glued = bool(current) and tok.start == current[-1].end and (
            tok.text == "-" or current[-1].text == "-")  # fmt: skip
        if (
            glued
            or _is_name_token(tok, not current)
            or (current and tok.lower in _NAME_PARTICLES and tok is not toks[-1])
        ):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [
        [t for t in run if t.is_cap or t.text == "-" or run.index(t) not in (0, len(run) - 1)]
        for run in runs
    ]


def _looks_like_org(run: list[Tok]) -> bool:
    words = [t.text for t in run]
    if any(fold(w) in lx.ORG_WORDS for w in words):
        return True
    if len(words) == 1 and (words[0].isupper() or run[0].ent in ("ORG", "LOC")):
        return True
    return any(t.ent in ("ORG", "LOC") for t in run) and not any(t.ent == "PER" for t in run)


def resolve_speaker(np: list[Tok], memory: SpeakerMemory) -> tuple[str | None, str]:
    """Resolve a subject noun phrase to a speaker name; returns (speaker, as written)."""
    np = [t for t in np if t.text not in ('"', "'")]
    while np and (np[-1].text in _PUNCT_STOP or (np[-1].pos == "ADV" and len(np) > 1)):
        np = np[:-1]  # "the ethics judges however"
    while np and np[0].text in _PUNCT_STOP:
        np = np[1:]
    if len(np) > 1 and np[0].lower == "on" and all(t.lower in sw.OBJECT_CLITICS for t in np[1:]):
        np = np[:1]  # "On nous dit que …": hearsay, an indefinite "on", not a name
    commas = [k for k, t in enumerate(np) if t.text == ","]
    if np and commas and np[0].pos == "ADP" and commas[-1] + 1 < len(np):
        # "(In a joint statement signed by …, including that) of veteran opposition leader
        # Etienne Tshisekedi, the opposition": what precedes the last comma is circumstance
        np = np[commas[-1] + 1 :]
    if not np:
        return None, ""
    as_written = (
        " ".join(t.text for t in np).replace("' ", "'").replace(" ,", ",").replace(" 's", "'s")
    )
    while len(np) > 1 and np[0].lower in HONORIFICS:
        np = np[1:]  # "M. Ryan" is the Ryan the article named in full
    single = re.sub(r"^-(?:t-)?", "", np[0].lower) if len(np) == 1 else ""
    if single in lx.PERSON_PRONOUNS or single in ("lui", "him", "her"):
        if memory.last_person is None and (
            memory.last_speaker in memory.persons.values() or single in ("il", "elle")
        ):
            # "Reuters quoted Colin Gillis … He added": no person was a subject, one spoke;
            # "L'Institut … a estimé …, a-t-il détaillé": a French il can be a body
            return memory.last_speaker, as_written
        return memory.last_person, as_written
    if (earlier := named_before(as_written, memory)) is not None:
        return earlier, as_written  # "Ce dernier a précisé", "The 73-year-old had accused"
    if single in ("celle", "celui", "ceux", "celles") or re.match(
        r"(?:celle|celui|ceux|celles)\s*-\s*ci\b", as_written.lower()
    ):
        return memory.last_org or memory.last_speaker, as_written  # "Celle-ci a aussi dit"
    if single in ("it", "they", "ils", "elles"):
        # "…, it said": the organisation last quoted, else whoever spoke last
        return memory.last_org or memory.last_speaker, as_written
    if single in lx.SUBJECT_PRONOUNS:
        return memory.last_speaker, as_written
    # "Health officials estimate": a capital that starts the sentence names no one.
    owner = next(
        (k for k, t in enumerate(np) if t.text in ("'s", "’s") and 0 < k < len(np) - 1), None
    )
    plain = not any(t.ent == "PER" or t.text == "," for t in np)  # "One of X's lawyers, Name"
    if owner is not None and plain and np[-1].lower in sw.OWN_VOICES:
        return as_written, as_written  # "Andrianarivo's lawyers condemned": not Andrianarivo
    if owner is not None and plain and any(t.is_cap for t in np[owner + 1 :]):
        # "Iraq's Independent High Electoral Commission said": the commission speaks
        return resolve_speaker(np[owner + 1 :], memory)
    leader = leader_described(np, memory)
    if leader:
        return leader, as_written
    runs = [
        r
        for r in _name_runs(np)
        if r
        and not all(t.ent == "" and t.pos in ("NOUN", "ADJ", "VERB", "ADV") for t in r)
        and not all(t.ent == "NORP" for t in r)  # "The Iraqi electoral commission"
    ]
    # A run the NER calls a person beats capitalised titles ("la Première ministre").
    # So does a surname the article already gave in full ("Holland" the NER takes for a place).
    people = [
        r
        for r in runs
        if any(t.ent == "PER" for t in r) or (len(r) == 1 and fold(r[0].text) in memory.persons)
    ] or [
        r
        for r in runs
        if not _looks_like_org(r)
        and not all(t.pos == "ADV" for t in r)
        and not all(t.ent == "DATE" for t in r)  # "In a statement released on Tuesday, …"
    ]
    if not people:
        people = apposed_names(np, runs)
    title_words = [t.text for t in np if not any(t is x for r in runs for x in r) and t.text != ","]
    if people:
        run = people[-1] if len(people[-1]) > 1 else people[0]
        at = next((k for k, t in enumerate(np) if t is run[0]), 0)
        if run is not people[0] and at and np[at - 1].lower in ("de", "d'", "du", "of", "for"):
            run = people[0]  # "Mongi Souab, un frère de M. Souab": the brother speaks
        run = ner_person(run)  # "U.S. Secretary of State Mike Pompeo" -> "Mike Pompeo"
        name = memory.person(join_name(np, run).replace("' ", "'"))
        key = title_key(title_words)
        if key and any(fold(w) in lx.TITLE_WORDS for w in key.split()):
            memory.titles[key] = name
        org = one_of(np) or org_phrase(
            [t for t in np if not any(t is x for r in people for x in r)]
        )
        if org:
            memory.affiliations.setdefault(name, org)
        memory.last_person = name
        return name, as_written
    if np[-1].lower in sw.NOT_SOURCES:
        return None, as_written  # "according to Indian accounting standards": no one speaks
    by = next((k for k, t in enumerate(np) if t.lower in ("by", "par") and k), None)
    if by is not None and by + 1 < len(np) and any(t.lower in sw.DOCUMENTS for t in np[:by]):
        return resolve_speaker(np[by + 1 :], memory)  # "a regulatory filing by the firm"
    titled = memory.written_titles.get(title_key([t.text for t in np]))
    if titled:
        memory.last_person = titled
        return titled, as_written  # "the UEFA president" after "UEFA president Michel Platini"
    spokes = spoken_for(np) or institution(np)
    if spokes:
        if not any(fold(w) in lx.TITLE_WORDS for w in spokes.split()):
            memory.last_org = spokes  # "ministre des Finances" is a person's title, no owner
        return spokes, as_written
    key = title_key([t.text for t in np])
    words = [t.lower for t in np]
    if (
        len(words) >= 2
        and words[0] in ("ses", "son", "sa", "leurs", "leur", "its", "their")
        and words[-1] in sw.DOCUMENTS
        and (memory.last_org or memory.last_speaker)
    ):
        return memory.last_org or memory.last_speaker, as_written
    of = next((k for k, t in enumerate(np) if t.lower in ("de", "du", "des", "of") and k), None)
    if of is not None and np[of - 1].lower in sw.OUTCOMES and not any(t.is_cap for t in np[of:]):
        return None, as_written  # "according to the final results of the election": no one
    if of is not None and np[of - 1].lower in sw.DOCUMENTS and of + 1 < len(np):
        # "d'après les projections de la banque": the owner of the document speaks
        return resolve_speaker(np[of + 1 :] if np[of].lower in ("de", "of") else np[of:], memory)
    if key in sw.ORG_DESCRIPTIONS and memory.last_org:
        return memory.last_org, as_written  # "la banque centrale" after "la Banque de France"
    if key in memory.titles:
        if memory.titles[key] in memory.persons.values():
            memory.last_person = memory.titles[key]
        return memory.titles[key], as_written
    head = next(
        (w for w in key.split() if w in lx.TITLE_WORDS), key if len(key.split()) == 1 else None
    )
    if head:
        for known, name in reversed(list(memory.titles.items())):
            if known.split()[0] == head or head in known.split():
                memory.last_person = name
                return name, as_written
        bare = np[0].lower in ("le", "la", "l'", "the") and not any(t.is_cap for t in np[1:])
        protagonist = next(iter(memory.persons.values()), None)
        if bare and len(np) <= 4 and head in lx.TITLE_WORDS and protagonist:
            # "a plaidé le dirigeant", "the former minister denied": the person the article is
            # about (the first it named), no one new
            memory.last_person = protagonist
            return protagonist, as_written
    person = _described_person(np, memory)
    if person:
        memory.last_person = person
        return person, as_written
    runs = [r for r in runs if not all(t.ent == "DATE" for t in r)]
    if runs:
        # "a report published Tuesday by the International Energy Agency" -> the agency.
        run = next((r for r in runs if any(t.ent in ("ORG", "LOC") for t in r)), runs[0])
        name = " ".join(t.text for t in run).replace("' ", "'")
        org = org_phrase(np)
        if org and fold(name) in fold(org):
            # the NER's whole organisation: "Reserve Bank of India", not "Reserve Bank"
            name = re.sub(r"^(?:the|le|la|les|l') ?", "", org, flags=re.IGNORECASE)
        rest = title_key([t.text for t in np if not any(t is x for x in run) and t.text != ","])
        if rest and len(rest.split()) <= 3:
            memory.titles[rest] = name  # "le syndicat Sud Santé" -> later "le syndicat"
        if not any(fold(w) in lx.TITLE_WORDS for w in name.split()):
            memory.last_org = name
        form = org_phrase(np)
        if form and fold(name) in fold(form):
            memory.org_forms.setdefault(name, form)
        return name, as_written
    words = [t.text for t in np]
    while words and words[0].lower() in DETS:
        words = words[1:]
    if not any(w[:1].isalpha() for w in words):
        return None, as_written
    return (" ".join(words).replace("' ", "'") or None), as_written


def _described_person(np: list[Tok], memory: SpeakerMemory) -> str | None:
    """ "a lancé le polytechnicien", "said the 62-year-old": a definite description of one
    person, with no name, is the person the article last spoke of; news never introduces
    a new speaker that way."""
    if not memory.last_person or np[0].lower not in ("le", "la", "l'", "the"):
        return None
    rest = np[1:]
    # "le spécialiste de nationalité camerounaise": the complement says more of the same one
    link = next((k for k, t in enumerate(rest) if t.lower in ("de", "d'", "of")), len(rest))
    if not 1 <= link <= 3 or len(rest) > 6 or any(t.is_cap or t.ent for t in rest):
        return None
    head = rest[link - 1]
    if head.pos != "NOUN" or any(t.pos not in ("ADJ", "NOUN", "NUM", "PUNCT") for t in rest[:link]):
        return None
    if any(t.pos == "DET" for t in rest[link:]):
        return None  # "le directeur de l'usine" may be someone new
    if fold(head.text) in ORG_HEADS or head.lower in sw.COLLECTIVE or head.lower.endswith("s"):
        return None  # "le groupe", "the police", "les enquêteurs": not one person
    return memory.last_person


def _after_circumstance(toks: list[Tok], i: int, end: int) -> int | None:
    """Where the speaker starts after a circumstance put before it ("a annoncé dans un
    rapport la Banque mondiale", "a indiqué à l'AFP une avocate"): a preposition, its own
    short noun phrase, then a determiner or a name. None when no speaker follows."""
    j = i + 1
    if j < end and toks[j].pos == "DET":
        j += 1
    while (
        j < end and j - i <= 4 and toks[j].pos in ("ADJ", "NOUN", "PROPN") and toks[j].text != ","
    ):
        if j > i + 1 and toks[j].pos == "PROPN" and toks[j - 1].pos != "PROPN":
            break
        j += 1
    if j == i + 1 or j >= end:
        return None
    return j if toks[j].pos == "DET" or toks[j].is_cap else None


def speaker_np_after(toks: list[Tok], i: int, end: int) -> list[Tok]:
    """The noun phrase naming a speaker that starts at toks[i] (after an inverted verb)."""
    out: list[Tok] = []
    while i < end:
        tok = toks[i]
        if tok.text == "," and out and i + 1 < end and toks[i + 1].is_cap:
            # "a dit son porte-parole, Marc Leroy": the apposition names the speaker.
            run = [t for t in toks[i + 1 : end] if t.text not in _PUNCT_STOP]
            names = []
            for t in run:
                # "Yaël Braun-Pivet": a hyphen written inside the name is part of it
                joined = t.text == "-" and names and names[-1].end == t.start
                if not (t.is_cap or joined):
                    break
                names.append(t)
            while names and names[-1].text == "-":
                names.pop()
            after = i + 1 + len(names)
            relative = (  # "…, son PDG, Patrick Pouyanné, qui a défendu …"
                after + 1 < end and toks[after].text == "," and toks[after + 1].lower in _RELATIVE
            )
            if names and (after >= end - 1 or relative):
                out.append(tok)
                out.extend(names)
            break
        if tok.text in _PUNCT_STOP:
            break
        if not out and tok.pos == "ADP" and tok.lower not in _NP_LINKS:
            resume = _after_circumstance(toks, i, end)
            if resume is not None:
                i = resume  # "… dans un rapport la Banque mondiale": the speaker comes after
                continue
        agent = tok.lower in ("by", "par") and any(t.lower in sw.DOCUMENTS for t in out)
        if tok.pos == "ADP" and tok.lower not in _NP_LINKS and not agent:
            break  # ("a regulatory filing by the firm" goes on to its author)
        if not out and (tok.lower in sw.TIME_WORDS or tok.lower in MONTH_NAMES or tok.pos == "NUM"):
            i += 1  # "a annoncé mercredi 18 avril …"
            continue
        if out and tok.finite and not tok.is_cap:
            break
        # "la Banque mondiale": an adjective inside the name the NER found goes on
        in_name = bool(out) and bool(tok.ent) and tok.ent == out[-1].ent and tok.pos == "ADJ"
        if out and out[-1].is_cap and not tok.is_cap and tok.lower not in _NP_LINKS and not in_name:
            break
        out.append(tok)
        i += 1
    return out


def is_report(tok: Tok, lang: str) -> bool:
    return tok.lower in (lx.FR_REPORT if lang == "fr" else lx.EN_REPORT)


def is_characterise(tok: Tok, lang: str) -> bool:
    return tok.lower in (lx.FR_CHARACTERISE if lang == "fr" else lx.EN_CHARACTERISE)


def inverted_pronoun(tok: Tok) -> bool:
    return _INVERTED.match(tok.lower) is not None
