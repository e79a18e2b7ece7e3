"""Relative clauses that hold a fact or a statement of their own.

A relative clause set between commas inside a subject is a fact of its own.

"Youssef Boutros-Ghali, who is out of the country, has also been fined $11m" holds two
claims: "Youssef Boutros-Ghali is out of the country" and "Youssef Boutros-Ghali has also
been fined $11m". The relative becomes a claim with the antecedent for its subject; the main
claim keeps its span (its `quote` stays verbatim) but its text skips the relative, its
`hole`. Only a non-restrictive relative (a comma before it) that interrupts the subject,
before the main verb, is read so: a relative after the verb ("…, qui …" at the sentence's
end) is decomposition.py's.

A relative whose verb reports ("…, Steve Ballmer, who said in August he would retire within a
year"; "…, according to residents, who added that among the eight killed was a child") is a
statement by its antecedent: what it reports becomes a claim with that speaker.
"""

from __future__ import annotations

import dataclasses

from .appositions import medial_apposition, predicate_after
from .attribution import is_report, resolve_speaker
from .dates import MONTH_NAMES
from .decomposition import (
    Segment,
    first_finite,
    has_finite,
    np_start,
    verb_group_start,
)
from .memory import SpeakerMemory
from .parentheticals import dashed_aside
from .participles import participial_apposition
from .records import ExtractedClaim
from .reporting import Lead, find_lead
from .source_words import TIME_WORDS
from .tokens import Tok

_PRONOUNS = {"fr": {"qui"}, "en": {"who", "which"}}
_HEADS = {"NOUN", "PROPN"}


def with_medial_relatives(toks: list[Tok], segments: list[Segment], lang: str) -> list[Segment]:
    """The segments, each main one with its medial relative cut out and followed by it."""
    out: list[Segment] = []
    for seg in segments:
        reported = _reporting_relative(toks, seg.start, seg.end, lang)
        if reported is not None:
            comma, content = reported
            speaker = (np_start(toks, seg.start, comma), comma)
            if speaker[0] < comma:
                out.append(dataclasses.replace(seg, end=comma))
                out.append(Segment(content, seg.end, "relreport", speaker_span=speaker))
                continue
        participle = _reported_after(toks, seg, lang)
        if participle is not None:
            comma, content, speaker = participle
            out.append(dataclasses.replace(seg, end=comma))
            out.append(Segment(content, seg.end, "relreport", speaker_span=speaker))
            continue
        found = (
            _medial_relative(toks, seg, lang)
            or medial_apposition(toks, seg, lang)
            or participial_apposition(toks, seg, lang)
            or dashed_aside(toks, seg, lang)
        )
        if found is None:
            out.append(seg)
            continue
        hole, relative = found
        out.append(dataclasses.replace(seg, hole=hole))
        if relative is not None:
            out.append(relative)
    return out


def _medial_relative(
    toks: list[Tok], seg: Segment, lang: str
) -> tuple[tuple[int, int], Segment | None] | None:
    if seg.hole is not None:
        return None
    pronouns = _PRONOUNS.get(lang, set())
    for i in range(seg.start + 2, seg.end - 3):
        if toks[i].lower not in pronouns or toks[i - 1].text != ",":
            continue
        if has_finite(toks, seg.start, i):
            return None  # the main verb came first: not inside the subject
        comma = i - 1
        start = np_start(toks, seg.start, comma)
        if start >= comma or not any(t.pos in _HEADS for t in toks[start:comma]):
            return None
        if start > seg.start and toks[start - 1].pos == "ADP":
            return None  # "Le directeur de MSF au Soudan, qui a soigné …": who did it?
        close = next((k for k in range(i + 2, seg.end) if toks[k].text == ","), None)
        if close is None or not has_finite(toks, i + 1, close):
            return None
        if any(t.text in ('"', "(", ")") for t in toks[i:close]):
            return None  # a quotation or a bracket runs through it: not a plain relative
        verb = predicate_after(toks, close, seg.end)
        if verb is None:
            return None  # no main predicate right after it
        if any(is_report(t, lang) for t in toks[verb : min(seg.end, verb + 3)]):
            # "Le porte-parole, qui s'exprimait devant la presse, a affirmé": the relative
            # sets the scene of what is said, it is not what is said
            return (comma, close + 1), None
        return (comma, close + 1), Segment(i + 1, close, "subjrel", (start, comma))
    return None


def lead_past_hole(toks: list[Tok], seg: Segment, lang: str, memory: SpeakerMemory) -> Lead | None:
    """The attribution of a segment whose subject holds a relative: "Le porte-parole du
    gouvernement, qui s'exprimait devant la presse, a affirmé que …" is read without it."""
    if seg.hole is None:
        return None
    h0, h1 = seg.hole
    width = h1 - h0
    lead = find_lead(toks[:h0] + toks[h1:], Segment(seg.start, seg.end - width), lang, memory)
    if lead is None or lead.content < h0:
        return None
    return dataclasses.replace(lead, content=lead.content + width)


_THAT = {"que", "qu'", "that"}


def _reporting_relative(toks: list[Tok], a: int, b: int, lang: str) -> tuple[int, int] | None:
    """(comma before the pronoun, first token of what is reported) of a ", who said …" in
    toks[a:b] with a finite clause for its content."""
    pronouns = _PRONOUNS.get(lang, set())
    for i in range(a + 2, b - 3):
        if toks[i].lower not in pronouns or toks[i - 1].text != ",":
            continue
        k = i + 1
        while k < b and (toks[k].pos in ("ADV", "AUX") or toks[k].lower in ("a", "has", "had")):
            k += 1
        if k >= b or not is_report(toks[k], lang):
            continue
        f = first_finite(toks, k + 1, min(b, k + 9))
        if f is None or any(t.text in (",", '"', ";") for t in toks[k + 1 : f]):
            continue
        that = next((x for x in range(k + 1, f) if toks[x].lower in _THAT), None)
        if that is not None:
            content = that + 1
        else:
            # "who said in August he would retire": the subject right before the verb
            if toks[f - 1].pos == "PRON":
                content = f - 1
            else:
                content = f
                while content > k + 1 and toks[content - 1].pos in ("PROPN", "NOUN", "DET"):
                    content -= 1
                if content == f or toks[content - 1].pos == "ADP":
                    continue  # "in August": a circumstance, not the subject
        return i - 1, content
    return None


def reported_by_antecedent(toks: list[Tok], seg: Segment, memory: SpeakerMemory) -> Lead | None:
    """The lead of a ", who said …" segment: its antecedent speaks."""
    if seg.speaker_span is None:
        return None
    speaker, written = resolve_speaker(toks[seg.speaker_span[0] : seg.speaker_span[1]], memory)
    return Lead(seg.start, speaker, written) if speaker else None


def follow_after_tail(toks: list[Tok], cut: int, lang: str) -> int | None:
    """Where the statement of a relative on a tail's speaker starts ("…, according to
    residents, who added that among the eight killed was a child")."""
    found = _reporting_relative(toks, cut, len(toks), lang)
    return found[1] if found else None


def tail_relative(toks: list[Tok], cut: int, lang: str) -> Segment | None:
    """ "…, selon le CRAAG, qui a déjà recensé 20 répliques": a fact the tail's source states
    about itself, as a claim whose subject is that source (its speaker too)."""
    while cut < len(toks) and toks[cut].text in (",", '"'):
        cut += 1  # the tail's cut is at its comma
    if cut + 1 >= len(toks) or toks[cut].lower not in _SOURCE_OPENERS:
        return None
    for k in range(cut + 2, len(toks) - 2):
        if toks[k].text == "," and toks[k + 1].lower in ("qui", "who", "which"):
            verb = k + 2
            while verb < len(toks) and toks[verb].pos == "ADV":
                verb += 1
            if verb < len(toks) and (toks[verb].finite or toks[verb].pos == "AUX"):
                if any(is_report(t, lang) for t in toks[verb : verb + 3]):
                    return None  # "…, who added that …": follow_after_tail's
                source = cut + (2 if toks[cut].lower == "according" else 1)
                return Segment(k + 2, len(toks), "subjrel", (source, k))
            return None
        if toks[k].finite:
            return None
    return None


def judged_by_the_main_subject(
    claims: list[ExtractedClaim], toks: list[Tok], lang: str
) -> list[ExtractedClaim]:
    """ "Jugeant « normal » qu'une réforme suscite des inquiétudes, il a indiqué …": the
    opening participle's judgement is said by the main clause's speaker."""
    if not claims or not toks or toks[0].lower not in _OPENING_JUDGEMENTS:
        return claims
    first = claims[0]
    said = next((c for c in claims[1:] if c.speaker), None)
    if first.speaker or said is None or first.start > toks[0].start + 1:
        return claims
    moved = dataclasses.replace(
        first, speaker=said.speaker, speaker_as_written=said.speaker_as_written,
        speaker_affiliation=said.speaker_affiliation,
    )  # fmt: skip
    return [moved, *claims[1:]]


_OPENING_JUDGEMENTS = {
    "jugeant", "estimant", "soulignant", "affirmant", "assurant", "rappelant", "considérant",
    "qualifiant", "dénonçant", "saluant", "regrettant", "déplorant", "noting", "saying",
    "arguing", "stressing", "insisting", "warning", "calling", "describing", "welcoming",
}  # fmt: skip
_SOURCE_OPENERS = {"selon", "according"}
_PARTICIPLES = {
    "saying", "adding", "noting", "warning", "arguing", "stressing", "explaining", "insisting",
    "ajoutant", "estimant", "soulignant", "précisant", "affirmant", "expliquant", "assurant",
    "indiquant", "jugeant", "rappelant", "avertissant", "prévenant",
}  # fmt: skip


def _reported_after(
    toks: list[Tok], seg: Segment, lang: str
) -> tuple[int, int, tuple[int, int]] | None:
    """(comma, content start, speaker span) of "…, saying in its review that …" or "…, as it
    warned that …" after a main clause: its subject says what follows."""
    f = first_finite(toks, seg.start, seg.end)
    if f is None:
        return None
    end = verb_group_start(toks, f, seg.start, lang)
    # "The bank on Tuesday appeared to …": the time said with the subject is not who speaks
    end = next(
        (x for x in range(seg.start + 1, end)
         if toks[x].pos == "ADP" and x + 1 < end and _is_time(toks[x + 1])),
        end,
    )  # fmt: skip
    start = seg.start
    # "NEW DELHI (AP) - India's central bank": a dateline before the subject
    dashes = [x for x in range(start, end) if toks[x].text in ("-", "–", "—", ")")]
    if dashes and dashes[-1] + 1 < end:
        start = dashes[-1] + 1
    subject = (start, end)
    for comma in range(f + 1, seg.end - 3):
        if toks[comma].text != ",":
            continue
        k = comma + 1
        speaker = subject
        if toks[k].lower == "as" and lang == "en":
            verb = next(
                (x for x in range(k + 1, min(seg.end, k + 5)) if is_report(toks[x], lang)), None
            )
            if verb is None or verb == k + 1:
                continue
            if not (verb == k + 2 and toks[k + 1].pos == "PRON"):
                speaker = (k + 1, verb)  # "as the bank warned"; "as it warned" is the subject's
            k = verb
        elif toks[k].lower not in _PARTICIPLES:
            continue
        that = next(
            (x for x in range(k + 1, min(seg.end - 1, k + 10)) if toks[x].lower in _THAT), None
        )
        if that is None or any(t.text in (",", ";", '"') for t in toks[k + 1 : that]):
            continue
        if not has_finite(toks, that + 1, seg.end) or subject[1] <= subject[0]:
            continue
        return comma, that + 1, speaker
    return None


def _is_time(tok: Tok) -> bool:
    return tok.lower in TIME_WORDS or tok.lower in MONTH_NAMES or tok.text[:1].isdigit()
