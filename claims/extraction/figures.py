"""A claim and the figures hung on it: each figure its own claim.

Compared figures ("…, contre 66,50 dollars la veille": appendages.py) and figures listed name
by name ("…, devant Jean-Luc Mélenchon, 19,58%": listed.py) become claims of their own,
framed by the main claim; the main claim loses them.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .appendages import appendage_text, find_appendages
from .article_chunk import ArticleChunk
from .dates import find_dates
from .decomposition import Segment
from .listed import Listed, find_listed, listed_names, listed_text
from .quantities import find_quantities
from .records import ExtractedClaim
from .respectively import share_out
from .segmentation import clean_text
from .series import Series, find_series
from .subject_series import SubjectSeries, find_subject_series
from .tokens import Tok


def claims_with_figures(
    article: ArticleChunk, st: list[Tok], seg: Segment, content: int, build: Any
) -> list[ExtractedClaim]:
    """The segment's claim, and a claim of its own for each figure hung on it ("…, contre
    66,50 dollars la veille"): appendages.py."""
    listed = find_listed(st, content, seg.end)
    if listed is not None:
        out = _listed_claims(article, st, seg, content, build, *listed)
        if out:
            return out
    listed_subject = find_subject_series(st, content, seg.end)
    if listed_subject is not None:
        out = _subject_series_claims(article, st, seg, build, listed_subject)
        if out:
            return out
    series = find_series(st, content, seg.end)
    if series is not None:
        out = _series_claims(article, st, seg, build, series)
        if out:
            return out
    pieces = find_appendages(st, content, seg.end, article.lang)
    main = build(dataclasses.replace(seg, end=pieces[0].cut)) if pieces else None
    if main is None or not main.quantities:
        whole = build(seg)
        return [whole] if whole is not None else []
    out = [main]
    norm = article.norm
    for piece in pieces:
        start, end = st[piece.cut + 1].start, st[piece.end - 1].end
        quantities = find_quantities(norm, start, end, article.lang, article.doc)
        if not quantities:
            continue
        figure, own = main.quantities[-1], quantities[0]
        if not own.unit:
            # "contre 2.541": what the main figure counted
            own = dataclasses.replace(own, unit=figure.unit)
            quantities[0] = own
        at = norm.find(own.text, start, end)
        tail = " ".join(norm[at + len(own.text) : end].split()) if at >= 0 else ""
        figure_end = norm.rfind(figure.text, main.start, main.end) + len(figure.text)
        rest_has_verb = any(t.finite for t in st if figure_end <= t.start < main.end)
        at = main.text.rfind(figure.text)
        if figure.unit and own.unit and figure.unit != own.unit and at > 0:
            # "a recensé 20 répliques, dont une de magnitude 4,3": another measure of a part;
            # the frame takes the part as written ("a recensé une de magnitude 4,3")
            part = _COMPARED.sub("", _PART.sub("", norm[start:end])).rstrip(" .;")
            text = f"{main.text[:at].rstrip()} {part}"
        else:
            text = appendage_text(
                main.text, figure.text, own.text, tail, figure.unit, rest_has_verb
            )
        if not text:
            continue
        out.append(_figure_claim(article, main, text, start, end, quantities))
    return out


def _listed_claims(
    article: ArticleChunk, st: list[Tok], seg: Segment, content: int, build: Any, cut: int,
    items: list[Listed],
) -> list[ExtractedClaim]:  # fmt: skip
    """The main claim up to its list, and a claim for each name's figure (listed.py)."""
    main = build(dataclasses.replace(seg, end=cut))
    if main is None or not main.quantities:
        return []
    norm = article.norm
    first_figure = next(k for k in range(content, cut) if any(c.isdigit() for c in st[k].text))
    verb = next((k for k in range(content, first_figure) if st[k].finite), first_figure)
    # the name nearest before the verb ("Presidential candidate Ashraf Ghani Ahmadzai was")
    names = [r for r in listed_names(st, content, verb) if st[r[1] - 1].pos == "PROPN"]
    subject = names[-1] if names else None
    out = [main]
    sentence = main.sentence
    for item in items:
        text = listed_text(st, norm, item, main.text, main.quantities[0].text, subject,
                           sentence, article.lang)  # fmt: skip
        if not text:
            continue
        start, end = st[min(item.name[0], item.figure)].start, st[item.end - 1].end
        quantities = find_quantities(norm, start, end, article.lang, article.doc)
        figure = main.quantities[0]
        # "devant Jean-Luc Mélenchon, 19,58": what the main figure counted, as appendages do
        quantities = [q if q.unit else dataclasses.replace(q, unit=figure.unit) for q in quantities]
        out.append(_figure_claim(article, main, text, start, end, quantities))
    # no listed name could be framed: the sentence stays whole rather than lose its list
    return out if len(out) > 1 else []


_COMPARED = re.compile(
    r"^(?:compared (?:with|to)|as against|against|versus|vs\.?|contre|comparé à|face à)\s+",
    re.IGNORECASE,
)


_PART = re.compile(r"^(?:dont|including|among them|parmi lesquels|parmi lesquelles)\s+", re.I)


def _series_claims(
    article: ArticleChunk, st: list[Tok], seg: Segment, build: Any, series: Series
) -> list[ExtractedClaim]:
    """The frame with its first item, then the frame with each other item (series.py)."""
    first_start, first_end = series.items[0]
    main = build(dataclasses.replace(seg, end=first_end))
    if main is None:
        return []
    norm = article.norm
    first_text = norm[st[first_start].start : st[first_end - 1].end]
    at = main.text.rfind(first_text)
    if at <= 0:
        return []
    frame = main.text[:at].rstrip()
    # the frame's own figures belong to every item's claim ("58 cas ont été signalés, dont 7
    # suspects" carries the 58 cases as well as the 7)
    frame_quantities = find_quantities(norm, main.start, st[first_start].start, article.lang,
                                       article.doc)  # fmt: skip
    out = [main]
    for a, b in series.items[1:]:
        start, end = st[a].start, st[b - 1].end
        quantities = frame_quantities + find_quantities(norm, start, end, article.lang,
                                                        article.doc)  # fmt: skip
        # "…, compared with $39.0 billion in December": the comparison's words would not
        # read after the frame ("was compared with $39.0 billion")
        text = f"{frame} {_COMPARED.sub('', norm[start:end])}"
        out.append(_figure_claim(article, main, text, start, end, quantities))
    return share_out(_one_frame(out), main.sentence)


def _subject_series_claims(
    article: ArticleChunk, st: list[Tok], seg: Segment, build: Any, series: SubjectSeries
) -> list[ExtractedClaim]:
    """Each conjunct of the subject with the shared predicate (subject_series.py)."""
    whole = build(seg)
    if whole is None:
        return []
    norm = article.norm
    pred_start, end = st[series.predicate].start, st[seg.end - 1].end
    predicate = norm[pred_start:end].rstrip(" .;")
    out = []
    for a, b in series.conjuncts:
        start = st[a].start
        conjunct = norm[start : st[b - 1].end]
        own = find_quantities(norm, start, st[b - 1].end, article.lang, article.doc)
        own += find_quantities(norm, pred_start, end, article.lang, article.doc)
        claim = _figure_claim(article, whole, f"{conjunct} {predicate}", start, end, own)
        out.append(dataclasses.replace(claim, text=claim.text[:1].upper() + claim.text[1:]))
    return out


def _one_frame(claims: list[ExtractedClaim]) -> list[ExtractedClaim]:
    """ "6,078 in 2021, 5,598 cases in 2020, and 10,708 in 2019", "dropped by 2.8 percent and
    21.3 percent": the items of a series count one thing and move one way, so a bare item
    takes the unit the others name, and the first item's direction, when they agree."""
    units = {q.unit for c in claims for q in c.quantities if q.unit}
    changes = {q.change for q in claims[0].quantities if q.change}
    unit = units.pop() if len(units) == 1 else ""
    change = changes.pop() if len(changes) == 1 else None
    return [
        dataclasses.replace(c, quantities=tuple(
            dataclasses.replace(q, unit=q.unit or unit, change=q.change or change)
            for q in c.quantities))
        for c in claims
    ]  # fmt: skip


def _figure_claim(
    article: ArticleChunk, main: ExtractedClaim, text: str, start: int, end: int,
    quantities: list[Any],
) -> ExtractedClaim:  # fmt: skip
    """A figure's own claim: the main claim's speaker and kind of source, its own words,
    place, quantities and dates."""
    return dataclasses.replace(
        main,
        text=clean_text(text),
        start=start,
        end=end,
        quote=article.body[start:end],
        quantities=tuple(quantities),
        dates=tuple(find_dates(article.norm, start, end, article.published)),
        kind="statistic",
        repeats=(),
    )
