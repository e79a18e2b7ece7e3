"""Reporting patterns over one sentence's tokens: tail and lead attributions.

Tail: '"...", a déclaré X', 'a-t-elle déclaré', ', selon X', ', said Smith', ', Smith said',
', according to X'. Lead: 'X a déclaré (mardi) que ...', 'X said (that) ...', 'Selon X, ...',
'According to X, ...', characterisation verbs (saluer, qualifier, called...).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .attribution import (
    inverted_pronoun,
    is_characterise,
    is_report,
    resolve_speaker,
    speaker_np_after,
)
from .decomposition import Segment, first_finite, has_finite, verb_group_start
from .echoes import echoed_speaker, narrative_infinitive
from .memory import SpeakerMemory
from .quoted_as import quoted_as_lead
from .source_words import NOT_SOURCES
from .tokens import Tok

QUOTES = "\"'“”«»„"
_FR_AUX = {"a", "ont", "avait", "avaient", "aurait", "auraient"}


@dataclass(slots=True)
class Tail:
    cut: int  # first token of the attribution
    speaker: str | None
    written: str


@dataclass(slots=True)
class Lead:
    content: int  # first token of the reported content
    speaker: str | None
    written: str
    shell: bool = False
    clause: bool = False  # content introduced by que/that/":" is a clause by construction


def _words(toks: list[Tok], a: int, b: int) -> int:
    return sum(1 for t in toks[a:b] if any(c.isalnum() for c in t.text))


def _closes(toks: list[Tok], m: int) -> bool:
    """ "…," a statement by the USADA read.': "read" reports only as the sentence's last
    word; "the statement read out by Vital Kamerhe said" has its verb further on."""
    if toks[m].lower not in ("read", "reads"):
        return True
    return m + 1 >= len(toks) or toks[m + 1].pos == "PUNCT"


def find_tail(
    toks: list[Tok], lang: str, memory: SpeakerMemory, quoted: bool = False
) -> Tail | None:
    """'"...", a déclaré X' / '..., said Smith' / '..., selon X' at the end of a sentence."""
    n = len(toks)
    for i in range(n - 2, 0, -1):
        if toks[i].text not in (",", '"') or _words(toks, 0, i) < 2:
            continue
        # A bare subject before the comma ("La ministre, X, a annoncé ...") is no quote.
        if not quoted and not has_finite(toks, 0, i) and not any(t.text == '"' for t in toks[:i]):
            continue
        j = i + 1
        while j < n and toks[j].text in (",", '"'):
            j += 1
        if j >= n:
            continue
        np: list[Tok] | None = None
        np_before = False  # "…, Smith said": the speaker's phrase precedes the verb
        k = j
        if lang == "fr":
            if _reflexive_report(toks, k):
                # "…», s'est félicité le numéro un du syndicat CFDT, Laurent Berger"
                k += 2
                np = speaker_np_after(toks, k + 1, n)
            elif toks[k].lower in _FR_AUX:
                k += 1
                inv = [t for t in toks[k : k + 2] if inverted_pronoun(t) or t.lower == "-t"]
                k += len(inv)
                while k < n and toks[k].pos == "ADV":
                    k += 1
                causative = _made_known(toks, k)
                k += causative
                if k < n and (
                    causative or is_report(toks[k], lang) or is_characterise(toks[k], lang)
                ):
                    pron = [t for t in inv if inverted_pronoun(t)]
                    np = pron or speaker_np_after(toks, k + 1, n)
            elif is_report(toks[k], lang):
                inv = [t for t in toks[k + 1 : k + 3] if inverted_pronoun(t)]
                np = inv or speaker_np_after(toks, k + 1, n)
            elif toks[k].lower == "selon" or (
                toks[k].lower == "d'" and k + 1 < n and toks[k + 1].lower == "après"
            ):
                np = speaker_np_after(toks, k + (1 if toks[k].lower == "selon" else 2), n)
        else:
            if is_report(toks[k], lang):
                np = speaker_np_after(toks, k + 1, n)
            elif toks[k].lower == "according" and k + 1 < n and toks[k + 1].lower == "to":
                np = speaker_np_after(toks, k + 2, n)
            else:
                m = k
                while (
                    m < n
                    and m - k < 9
                    and toks[m].text not in (",", ".", '"')
                    and not (is_report(toks[m], lang) and _closes(toks, m))
                ):
                    m += 1
                # "the statement read out by Vital Kamerhe said": a participle with its agent
                # is part of the speaker's phrase, not a clause of its own
                agented = [
                    x for x in range(k, m) if toks[x].finite and any(
                        t.lower == "by" for t in toks[x + 1 : x + 3])
                ]  # fmt: skip
                if (
                    m < n
                    and m > k
                    and is_report(toks[m], lang)
                    and _closes(toks, m)
                    # "Iraqi oil minister Jabar al-Luaibi said": titles and a hyphenated name
                    and (m - k < 6 or agented or (m - k < 9 and _all_name_words(toks, k, m)))
                    and not any(t.finite for x, t in enumerate(toks[k:m], k) if x not in agented)
                    # "…, both of whom claimed to have won": a relative clause, not a source
                    and not any(t.lower in ("whom", "who", "which", "whose") for t in toks[k:m])
                ):
                    np = toks[k:m]
                    k = m
                    np_before = True
        if not np:
            continue
        phrase_end = next((m for m in range(j, n) if toks[m].text in (",", ".", ";")), n)
        if any(t.lower in NOT_SOURCES for t in toks[j:phrase_end]):
            continue  # "according to Indian accounting standards": a rule, not a source
        rest = toks[k + 1 :]
        for m in range(1, len(rest)):
            if rest[m].lower in ("qui", "who", "which") and rest[m - 1].text == ",":
                rest = rest[: m - 1]  # a relative clause on the speaker says more of them
                break
        # what follows the speaker may not be a clause: "…, and Mark Esper said they had
        # negotiated …" is a second statement, not the first one's attribution
        after_speaker = rest if np_before else rest[len(np) :]
        if any(t.lower in lx.COMPLEMENTISER[lang] for t in rest[:4]) or any(
            t.finite for t in after_speaker
        ):
            continue
        speaker, written = resolve_speaker(np, memory)
        return Tail(i, speaker, written)
    return None


_PASSIVE_AUX = frozenset({"été", "être", "been", "being", "was", "were", "is", "are", "be"})
# Reporting verbs that can take a noun phrase for what they report ("reported a fall").
_ANNOUNCING = frozenset(
    [
        "reported", "reports", "announced", "announces", "confirmed", "confirms",
        "revealed", "reveals", "disclosed", "discloses", "estimated", "estimates",
        "predicted", "predicts", "forecast", "forecasts", "posted", "posts", "annonce",
        "annoncé", "annonçait", "confirme", "confirmé", "révèle", "révélé", "signale",
        "signalé", "estime", "estimé", "prévoit", "prévu", "publie", "publié", "dévoile",
        "dévoilé", "maintained", "maintains", "kept", "keeps", "maintient", "maintenu"
    ]
)  # fmt: skip


def find_lead(toks: list[Tok], seg: Segment, lang: str, memory: SpeakerMemory) -> Lead | None:
    a, b = seg.start, seg.end
    while a < b and toks[a].text in QUOTES:
        a += 1
    if a >= b:
        return None
    if lang == "fr" and (echo := echoed_speaker(toks, a, b, memory)) is not None:
        return Lead(*echo)  # "Même son de cloche chez X, qui pense que …"
    if lang == "fr" and (going_on := narrative_infinitive(toks, a, b, memory)) is not None:
        return Lead(*going_on)  # "Et de rappeler que …"
    n_acc = 0
    if lang == "fr":
        if toks[a].lower == "selon":
            n_acc = 1
        elif toks[a].lower == "d'" and a + 1 < b and toks[a + 1].lower == "après":
            n_acc = 2
        elif toks[a].lower == "pour":
            n_acc = 1
    elif toks[a].lower == "according" and a + 1 < b and toks[a + 1].lower == "to":
        n_acc = 2
    if n_acc:
        comma = next(
            (x for x in range(a + n_acc, min(b, a + n_acc + 8)) if toks[x].text == ","), None
        )
        np = toks[a + n_acc : comma] if comma else []
        nameish = any(
            t.is_cap
            or t.lower in lx.TITLE_WORDS
            or t.lower in ("lui", "elle", "eux", "him", "her")
            or (toks[a].lower != "pour" and t.pos in ("NOUN", "PROPN"))
            for t in np
        )
        if comma and np and nameish and not any(t.finite for t in np):
            speaker, written = resolve_speaker(np, memory)
            return Lead(comma + 1, speaker, written)
        return None
    f = first_finite(toks, a, min(b, a + 18))
    if f is None:
        return None
    s_end = verb_group_start(toks, f, a, lang)
    subject = toks[a:s_end]
    commas = [x for x, t in enumerate(subject) if t.text == ","]
    if subject and commas and subject[0].pos == "ADP" and commas[-1] + 1 < len(subject):
        # "In an official statement, the UEFA president described …": the circumstance
        # before the comma is not who speaks
        subject = subject[commas[-1] + 1 :]
    if not subject and seg.restore:
        subject = toks[seg.restore[0] : seg.restore[1]]
    if not subject or any(t.text == '"' for t in subject):
        return None
    if subject[-1].lower in ("qui", "who", "which", "that"):
        return None  # "L'ATR, qui assurait une liaison, transportait …": a relative clause
    k = f
    while (
        k < b
        and k < f + 4
        and (
            toks[k].pos == "AUX"
            or toks[k].pos == "ADV"
            or inverted_pronoun(toks[k])
            or toks[k].lower == "-t"
        )
    ):
        if is_report(toks[k], lang) and toks[k].pos != "AUX":
            break
        k += 1
    if k >= b:
        return None
    verb = toks[k]
    # "a été condamné", "was accused": a passive is something done to the subject, not
    # something the subject said.
    passive = any(t.lower in _PASSIVE_AUX for t in toks[f:k])
    # "La grève s'annonce très suivie": a reflexive "s'annoncer" says nothing either.
    reflexive = k > 0 and toks[k - 1].lower in ("s'", "s’", "se")
    if passive or reflexive:
        return None
    if lang == "fr" and _made_known(toks, k) and k + 2 < b:
        # "Pépy a fait savoir que …": the causative says what it reports
        nxt = k + 2 + (toks[k + 2].lower in lx.COMPLEMENTISER[lang])
        speaker, written = resolve_speaker(subject, memory)
        return Lead(nxt, speaker, written)
    if is_characterise(verb, lang) and not _sentenced(toks, k, b):
        speaker, written = resolve_speaker(subject, memory)
        return Lead(a if s_end > a else seg.start, speaker, written)
    quoting = quoted_as_lead(toks, k, b, memory) if lang == "en" else None
    if quoting is not None:
        return Lead(*quoting)
    if not is_report(verb, lang):
        return None
    content = None
    for x in range(k + 1, min(b, k + 8)):
        if toks[x].lower in lx.COMPLEMENTISER[lang] or toks[x].text == ":":
            content = x + 1
            break
        if toks[x].finite:
            break
    if content is None and k + 1 < b and toks[k + 1].lower in ("to", "de", "d'"):
        # "promised to cut ...", "a promis de ...": the statement needs its subject and verb.
        speaker, written = resolve_speaker(subject, memory)
        return Lead(seg.start, speaker, written)
    if content is None and first_finite(toks, k + 1, b) is None and toks[k + 1].text not in QUOTES:
        # "Bharti Airtel reported a 25.8 percent fall in its net profit", "a annoncé une
        # baisse de 5 %": a noun phrase, not a clause, is what was reported; the claim
        # needs its subject and verb to be read. "a lancé une vaccination" reports nothing.
        if verb.lower not in _ANNOUNCING:
            return None
        speaker, written = resolve_speaker(subject, memory)
        return Lead(seg.start, speaker, written)
    if content is None:
        content = k + 1
        if (
            lang == "en"
            and verb.lower in ("told", "tells")
            and content < b
            and toks[content].pos in ("NOUN", "PRON", "PROPN")
        ):
            content += 1
    speaker, written = resolve_speaker(subject, memory)
    rest = [t for t in toks[content:b] if t.pos != "PUNCT"]
    shell = not rest or (first_finite(toks, content, b) is None and len(rest) < 3)
    clause = content > k + 1 or toks[content - 1].lower in lx.COMPLEMENTISER[lang]
    return Lead(content, speaker, written, shell, clause)


# "Le tribunal l'a condamné à 15 mois de prison", "a condamné deux hommes pour des faits de
# violence": a sentence passed, not a condemnation said
_SENTENCE_WORDS = {"prison", "peine", "peines", "amende", "mort", "perpétuité", "réclusion",
                   "sursis", "travaux", "ans", "mois", "faits", "avoir"}  # fmt: skip


def _sentenced(toks: list[Tok], k: int, b: int) -> bool:
    if not toks[k].lower.startswith("condamn"):
        return False
    return any(
        toks[x].lower in ("à", "pour")
        and any(t.lower in _SENTENCE_WORDS or t.pos == "NUM" for t in toks[x + 1 : x + 4])
        for x in range(k + 1, min(b, k + 8))
    )


# "a fait savoir", "ont-ils fait observer", "a fait valoir": a causative that reports
_MADE_KNOWN = frozenset(["savoir", "valoir", "remarquer", "observer"])


def _made_known(toks: list[Tok], k: int) -> int:
    """1 when toks[k:k+2] is "fait savoir" and the like, else 0."""
    return int(k + 1 < len(toks) and toks[k].lower == "fait" and toks[k + 1].lower in _MADE_KNOWN)


# Reflexive verbs that report a reaction: "s'est félicité", "se sont inquiétés".
_REFLEXIVE_REPORTS = frozenset(
    stem + ending
    for stem in ("félicit", "réjou", "inquiét", "indign", "alarm", "insurg", "étonn", "emport")
    for ending in ("é", "ée", "és", "ées", "i", "ie", "is", "ies")
) | {"dit", "dite", "dits", "dites", "défendu", "défendue", "plaint", "plainte"}


def _reflexive_report(toks: list[Tok], k: int) -> bool:
    return (
        k + 2 < len(toks)
        and toks[k].lower in ("s'", "s’", "se")
        and toks[k + 1].lower in ("est", "sont", "était", "étaient")
        and toks[k + 2].lower in _REFLEXIVE_REPORTS
    )


def _all_name_words(toks: list[Tok], k: int, m: int) -> bool:
    """Only a noun phrase's words: names, nouns, adjectives, hyphens, "of" and "the"."""
    return all(
        t.pos in ("PROPN", "NOUN", "ADJ") or t.text == "-" or t.lower in ("of", "the", "al")
        for t in toks[k:m]
    )


def nested_in_tail(lead: Lead | None, seg: Segment, cut: int) -> bool:
    """Whether a lead is reported speech inside a sentence a tail attributes: "A number of
    countries have suggested an extension …, the minister said" is the minister's, whole."""
    return lead is not None and not lead.shell and seg.start < lead.content and seg.end <= cut
