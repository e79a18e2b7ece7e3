"""A claim that names nothing is given the article's subject: "There were 721,979 spoilt
votes" is read by a reviewer, a matcher and a ClaimReview without the article, so it
becomes "Iraq: There were 721,979 spoilt votes".

The subject is the first place the lead paragraph names (a country named by its adjective,
"The Iraqi electoral commission", counts), else its first organisation. The label is the only change: the claim's words, span and quote stay as written.
A claim that opens with a pronoun keeps it visible (the label would only hide that its
subject is missing), and a claim that names anyone or anything already stands on its own.
"""

from __future__ import annotations

import dataclasses
import re

from . import lexicon as lx
from .demonyms import first_country
from .events import article_event, counts_its_toll, event_label, event_name
from .names import ORG_HEADS, fold
from .records import ExtractedClaim

_OPENING_PRONOUN = re.compile(
    r"^(?!il y a\b)(?:il|elle|ils|elles|on|son|sa|ses|leur|leurs|he|she|they|his|her|their|it|its)\b",
    re.IGNORECASE,
)


def article_topic(claims: list[ExtractedClaim], lead: str, lead_end: int, lang: str) -> str | None:
    """The place the lead is about, else its organisation; never a person (a name before a
    colon reads as who said it), the dateline ("KABUL (Reuters) -") nor the agency."""
    dateline = _DATELINE.match(lead.lstrip())
    skip = dateline.group(0) if dateline else ""
    found: dict[str, str] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.start >= lead_end:
            break
        for entity in claim.entities:
            text = _whole_name(_DETERMINER.sub("", _POSSESSIVE.sub("", entity.text)), claim.text)
            if not text or text in skip or text.upper() in _AGENCIES or len(text) < 2:
                continue
            if " " not in text and fold(text) in ORG_HEADS | lx.TITLE_WORDS:
                continue  # "Conseil": a name the NER cut short
            if re.search(re.escape(text) + r"\s?\$", claim.text):
                continue  # "US $7 million": a currency
            if fold(text.split()[0]) in lx.TITLE_WORDS or text in _NOT_TOPICS:
                continue  # "ministre des Finances" is a person; "Richter" a scale
            if entity.label in ("LOC", "ORG"):
                found.setdefault(entity.label, text)
    place = found.get("LOC")
    # "The Iraqi electoral commission announced … in Baghdad": the lead's subject is the
    # country's, the city is where it spoke ("tirées … en direction du président afghan …
    # dans la province de Ghazni" stays Ghazni: the adjective is not in the subject)
    opening = lead.lstrip()[len(skip) :].lstrip()
    country = first_country(" ".join(opening.split()[:_SUBJECT_WORDS]), lang)
    if place and country is not None and country[1] != place:
        place = country[1]
    return place or found.get("ORG")


def _whole_name(name: str, text: str) -> str | None:
    """The name with the capitalised words that follow it in the claim ("U.S." of "U.S.
    Anti-Doping Agency"), or None when the claim does not write it."""
    m = re.search(re.escape(name) + r"(?:[ -][A-Z][\w.'-]*)*", text)
    return m.group(0) if m else None


_NOT_TOPICS = {"Richter", "Celsius", "Fahrenheit", "Covid", "Covid-19"}
_DATELINE_ONLY = 60  # characters: a dateline paragraph, not a lead
_SUBJECT_WORDS = 6  # a lead's subject: "The Iraqi electoral commission announced"
_DETERMINER = re.compile(r"^(?:the|le|la|les|l'|l’)\s*", re.IGNORECASE)
# "KINSHASA (Reuters) —", "PARIS, June 10 (UPI) --", "NEW DELHI (AP) -"
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40}(?:,[^(\n]{0,30})?\s*(?:\([^)]{1,30}\))?\s*[-—–:]+"
)
_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_AGENCIES = {"AP", "AFP", "REUTERS", "UPI", "IANS", "XINHUA", "ANSA", "DPA", "EFE", "BELGA",
             "ATS", "PTI", "BLOOMBERG"}  # fmt: skip


# "in December", "lundi": a capital that names a time, not a thing the claim is about
_CALENDAR = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
}  # fmt: skip


def names_something(claim: ExtractedClaim) -> bool:
    if any(e.text in claim.text for e in claim.entities):
        return True
    # a capitalised word past the first is a name the NER missed ("Indonésiens", "Fiat"), and
    # so is a capital inside a word ("l'OTAN", "OPEC")
    words = [w for w in claim.text.split() if w.strip(",.;:").lower() not in _CALENDAR]
    return any(w[:1].isupper() for w in words[1:]) or any(
        ch.isupper() for w in words for ch in w[1:]
    )


def with_topic(
    claims: list[ExtractedClaim], text: str, lead_start: int, lead_end: int, lang: str
) -> list[ExtractedClaim]:
    topic = article_topic(claims, text[lead_start:lead_end], lead_end, lang)
    place = topic
    lead = text[lead_start:lead_end]
    event = article_event(text[:lead_start], re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0], lang)
    if event:
        # the storm's or volcano's name may wait for the paragraph after the lead
        after = text.find("\n\n", lead_end + 2)
        named = event_name(event, text[: len(text) if after < 0 else after])
        topic = event_label(event, topic, lang, named)
    if not topic:
        return claims
    separator = " : " if lang == "fr" else ": "
    out = []
    for claim in claims:
        low = claim.text.lower()
        tally = counts_its_toll(event, [q.unit for q in claim.quantities]) and not (
            # "l'épidémie d'Ebola a causé la mort de 27 personnes … du Congo" says both
            event and event.split()[0].lower() in low and (not place or place.lower() in low)
        )
        if (
            (tally or not names_something(claim))
            and not _OPENING_PRONOUN.match(claim.text)
            and topic.lower() not in claim.text.lower()
        ):
            claim = dataclasses.replace(claim, text=f"{topic}{separator}{claim.text}")
        out.append(claim)
    return out


def lead_span(text: str, headline_end: int) -> tuple[int, int]:
    """The lead paragraph (the one after the headline, if there is one)."""
    start = headline_end
    while start < len(text) and text[start] in "\n \t":
        start += 1
    end = text.find("\n\n", start)
    if 0 <= end - start < _DATELINE_ONLY and text[start:end].rstrip()[-1:] not in '.!?»"':
        # "GUWAHATI, India (AFP) Oct 11, 2004" on a line of its own: the lead is what follows
        nxt = text.find("\n\n", end + 2)
        end = len(text) if nxt < 0 else nxt
    return start, len(text) if end < 0 else end
