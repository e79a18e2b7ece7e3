"""A place followed by its distance from another is a fact of its own.

Wires locate what they report: "the bodies were found in Goalpara district, 150 kilometres
(93 miles) from the main city of Guwahati"; "le procès s'est achevé à Koro Toro, à 600 km de
la capitale". The distance is checkable apart from the event, so it becomes its own claim,
"Goalpara district is 150 kilometres (93 miles) from the main city of Guwahati", and the
event's claim ends at the comma (or skips the distance when the sentence goes on after it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .decomposition import Segment, has_finite, np_start
from .tokens import Tok

_UNITS = {"km", "kilomètres", "kilometres", "kilometers", "miles", "mi", "mètres", "metres",
          "meters", "m"}  # fmt: skip
_LEADS = {
    "fr": {"à", "situé", "située", "situés", "situées", "environ", "quelque", "près", "de"},
    "en": {"some", "about", "around", "nearly", "roughly", "located", "situated", "just",
           "approximately", "almost", "over", "more", "than"},
}  # fmt: skip
_FROM = {"fr": {"de", "d'", "du", "des"}, "en": {"from", "of"}}
_PLACE_WORDS = {"PROPN"}
_LOCATING = ("situ", "locat", "trouv", "lies", "lay", "centred", "centered", "localis")


def _distance_at(toks: list[Tok], i: int, end: int, lang: str) -> int | None:
    """Index of the "de"/"from" after "à 600 km (au nord)" starting at toks[i], if any."""
    k = i
    while k < end and toks[k].lower in _LEADS[lang]:
        k += 1
    if k + 1 >= end or toks[k].pos != "NUM" or toks[k + 1].lower not in _UNITS:
        return None
    k += 2
    if k < end and toks[k].text == "(":  # "(93 miles)"
        close = next((j for j in range(k, min(end, k + 5)) if toks[j].text == ")"), None)
        if close is None:
            return None
        k = close + 1
    for j in range(k, min(end, k + 5)):  # "au nord-est de", "north-east of", "south of"
        if toks[j].lower in _FROM[lang]:
            return j if j + 1 < end else None
        if toks[j].text in (",", ".", ";"):
            return None
    return None


Splitter = Callable[[list[Tok], Segment, str], "list[Segment] | None"]


def split_each(
    toks: list[Tok], segments: list[Segment], lang: str, split: Splitter
) -> list[Segment]:
    """The segments, each replaced by the pieces `split` cuts it into, if any."""
    out: list[Segment] = []
    for seg in segments:
        found = split(toks, seg, lang)
        out.extend(found if found else [seg])
    return out


def with_distances(toks: list[Tok], segments: list[Segment], lang: str) -> list[Segment]:
    """The segments, a place's distance from another split off each as its own claim."""
    return split_each(toks, segments, lang, _split) if lang in _LEADS else segments


def _split(toks: list[Tok], seg: Segment, lang: str) -> list[Segment] | None:
    for comma in range(seg.start + 2, seg.end - 3):
        if toks[comma].text != ",":
            continue
        if _distance_at(toks, comma + 1, seg.end, lang) is None:
            continue
        place = np_start(toks, seg.start, comma)
        if place >= comma or not any(t.pos in _PLACE_WORDS and t.is_cap for t in toks[place:comma]):
            return None  # "…, 150 km from X" after something that is not a named place
        if any(t.lower.startswith(_LOCATING) for t in toks[seg.start : place]):
            return None  # "L'épicentre se situait en mer, à 19 km de …": the claim is where
        if not has_finite(toks, seg.start, place):
            return None  # the place is the subject: "Koro Toro, à 600 km de …, est"
        close = next((k for k in range(comma + 1, seg.end) if toks[k].text == ","), seg.end)
        content = comma + 1
        if toks[content].lower in ("located", "situated", "situé", "située", "situés", "situées"):
            content += 1
        if lang == "en" or toks[content].lower == "à":
            link = "is" if lang == "en" else "est"
        else:
            link = "est à"  # "Koro Toro, 600 km au nord de la capitale"
        distance = Segment(content, close, "apposition", (place, comma), link=link)
        if close >= seg.end:
            return [dataclasses.replace(seg, end=comma), distance]
        if seg.hole is not None:
            return None
        return [dataclasses.replace(seg, hole=(comma, close + 1)), distance]
    return None
