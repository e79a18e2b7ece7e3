"""One claim from one clause: its span, standalone text, quantities, dates, entities, kind.

`build_claim` is what the pipeline calls for each segment once it knows the segment's
speaker; a clause in the subjunctive (a hypothesis) gives none.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon as lx
from .article_chunk import ArticleChunk
from .dates import find_dates
from .decomposition import Segment
from .entities import spacy_entities
from .memory import SpeakerMemory
from .names import fold
from .quantities import find_quantities
from .records import ExtractedClaim
from .segmentation import clean_text
from .standalone import org_aliases, rewrite
from .tokens import Tok
from .voice import Voice
from .worthiness import assess

_EDGE = ' \t\n,;:."“”«»„()-–—'


def strip_edges(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start] in _EDGE:
        start += 1
    while end > start and body[end - 1] in _EDGE:
        end -= 1
    # Keep a closing bracket when its opener is inside the span: "Vaud (79,5%)".
    if (
        end < len(body)
        and body[end] == ")"
        and body.count("(", start, end) > body.count(")", start, end)
    ):
        end += 1
    return start, end


def build_claim(
    article: ArticleChunk,
    st: list[Tok],
    seg: Segment,
    *,
    content: int,
    speaker: tuple[str | None, str] | None,
    is_quote: bool,
    sentence_text: str,
    sentence_start: int,
    memory: SpeakerMemory,
    clause: bool = False,
) -> ExtractedClaim | None:
    norm, lang = article.norm, article.lang
    if content >= seg.end:
        return None
    start, end = strip_edges(norm, st[content].start, st[seg.end - 1].end)
    if end <= start:
        return None
    # the claim's own characters: the span less a relative clause cut out of it
    pieces = [(start, end)]
    hole = seg.hole if seg.hole and content < seg.hole[0] and seg.hole[1] < seg.end else None
    if hole:
        pieces = [(start, st[hole[0]].start), (st[hole[1]].start, end)]
    text = clean_text(" ".join(norm[a:z].strip() for a, z in pieces))
    subject = ""
    if seg.restore and content == seg.start:
        subject = norm[st[seg.restore[0]].start : st[seg.restore[1] - 1].end].strip(" ,")
        if seg.link:
            subject = f"{subject} {seg.link}"  # "Russia is the world's biggest oil producer"
        text = f"{subject} {text}"
    affiliation = memory.affiliations.get(speaker[0]) if speaker and speaker[0] else None
    kept = st[: hole[0]] + st[hole[1] :] if hole else st
    standalone = _standalone(article, kept, start, end, subject, speaker, affiliation, memory,
                             is_quote or clause, is_quote)  # fmt: skip
    if standalone:
        text = clean_text(standalone)
    span_toks = [
        t for k, t in enumerate(st[content : seg.end], content)
        if not (hole and hole[0] <= k < hole[1])
    ]  # fmt: skip
    if lang == "fr" and _subjunctive(article.doc, span_toks):
        return None  # "(Il est possible que) l'avion ait heurté un sommet": a hypothesis
    quantities = [q for a, z in pieces for q in find_quantities(norm, a, z, lang, article.doc)]
    future = any(t.tense in ("Fut", "Cnd") for t in span_toks) or any(
        t.lower == "will" for t in span_toks
    )
    # The attribution ("a déclaré mardi que") dates the statement too.
    wide = min(start, st[seg.start].start)
    dates = find_dates(norm, wide, end, article.published, future)
    entities = spacy_entities(article.doc, norm, wide, end)
    kind, score, keep = assess(
        text,
        span_toks,
        language=lang,
        n_quantities=len(quantities),
        n_entities=len(entities),
        n_dates=len(dates),
        is_quote=is_quote,
        allow_fragment=seg.rule in ("event", "apposition") or clause,
    )
    if not keep:
        return None
    if is_quote and kind == "other":
        kind = "quote"
    return ExtractedClaim(
        text=text,
        start=start,
        end=end,
        sentence=sentence_text,
        speaker=speaker[0] if speaker else None,
        speaker_as_written=speaker[1] if speaker else None,
        is_quote=is_quote,
        kind=kind,
        check_worthiness=score,
        language=lang,
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=tuple(entities),
        quote=article.body[start:end],
        speaker_affiliation=affiliation,
    )


def _subjunctive(doc: Any, toks: list[Tok]) -> bool:
    """Whether the clause's first verb is in the subjunctive, the mood of what is possible,
    feared or wanted. "soit" alone is the "that is" of figures ("soit une hausse de 5 %")."""
    verb = next((t for t in toks if t.finite), None)
    if doc is None or verb is None or verb.i < 0:
        return False
    tok = doc[verb.i]
    if "Sub" not in tok.morph.get("Mood"):
        return False
    if tok.lower_ == "soit":
        following = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return following is not None and "Part" in following.morph.get("VerbForm")
    return True


def _standalone(
    article: ArticleChunk,
    st: list[Tok],
    start: int,
    end: int,
    subject: str,
    speaker: tuple[str | None, str] | None,
    affiliation: str | None,
    memory: SpeakerMemory,
    reported: bool,
    quoted: bool,
) -> str | None:
    if article.doc is None:
        return None
    span = [t for t in st if t.end > start and t.start < end and t.i >= 0]
    name, written = speaker if speaker else (None, "")
    # "a Taliban official said it would be this week": the organisation speaks through a
    # person, so its "it" is not the organisation
    # "Birol said" after "Fatih Birol": a surname the article gave in full is a person
    person = bool(name) and (
        name in memory.persons.values() or fold(name.split()[-1]) in memory.persons
    )
    through_person = any(w.lower().strip(",") in lx.TITLE_WORDS for w in written.split())
    group = affiliation
    # "le ministre des Finances" speaks as a person: a title is no organisation to name
    titled = bool(name) and any(w.lower() in lx.TITLE_WORDS for w in (name or "").split())
    if name and not person and not group and not titled:
        if written.split()[:1] and written.split()[0].lower() in _ARTICLES:
            group = written
        else:
            group = memory.org_forms.get(name, name)
        if written.lower().lstrip("-").removeprefix("t-") in _PRONOUNS:
            group = None  # "it said": no organisation to stand for anything
    if not group and (spoken_for := _SPOKESPERSON.match(written.strip())):
        # "an army spokesman": his "our soldiers" are the army's
        group = f"the {spoken_for.group(1)}" if article.lang == "en" else spoken_for.group(1)
    first = span[0].lower if span else ""
    voice = Voice(
        speaker=name,
        person=person or through_person,
        group=group,
        reported=bool(name) and reported,
        quote=quoted,
        pronoun_speaker=bool(name) and written.lower() == first and first in _PERSON_PRONOUNS,
        last_person=memory.last_person,
        last_org=memory.last_org,
        protagonist=next(iter(memory.persons.values()), None),
        speaker_gender=_PRONOUN_GENDER.get(written.lower().lstrip("-").removeprefix("t-"), ""),
    )
    orgs = [*memory.affiliations.values(), *([group] if group else [])]
    orgs += [m.text for m in article.discourse.mentions if m.kind == "ORG"]
    return rewrite(article.doc, span, subject, article.lang, voice, article.discourse,
                   org_aliases(orgs), (start, end))  # fmt: skip


_ARTICLES = {"le", "la", "les", "l'", "the"}
_SPOKESPERSON = re.compile(
    r"^(?:an?|the)\s+([a-z]+)\s+(?:spokes(?:man|woman|person)|official)$"
    r"|^(?:un|une|le|la)\s+porte-parole\s+(?:de\s+)?((?:l'|la\s+|du\s+)[a-zé]+)$",
    re.IGNORECASE,
)
_PERSON_PRONOUNS = {"il", "elle", "he", "she"}
_PRONOUN_GENDER = {"il": "Masc", "he": "Masc", "elle": "Fem", "she": "Fem"}
_PRONOUNS = _PERSON_PRONOUNS | {"ils", "elles", "on", "nous", "it", "they", "we", "i", "je"}
