"""A series of figures after one frame is a claim per figure.

"L'ATR transportait 44 passagers adultes, cinq enfants et cinq membres d'équipage", "58 cas
ont été signalés, dont 37 confirmés, 14 probables et 7 suspects", "Les quatre cantons les
plus réfractaires sont romands: le Jura (82%), Neuchâtel (80,8%), Fribourg (80,3%) et Vaud
(79,5%)", "après s'être établie à 2,6% en 2017 et 1,5% en 2016": a checker checks each figure
on its own, so each item becomes the frame (the words before the first item) followed by
that item. The items are short, verbless, each with a figure, and shaped alike (a figure
first, or a name first); the last one follows "et"/"and". A range ("entre 8,2 et 8,4") is no
series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import Tok

_YEAR = re.compile(r"(?:1[89]|20)\d\d")

_AND = {"et", "and"}
_MAX_ITEM = 7  # tokens: longer pieces are clauses or phrases, not items of a series
_RANGE_WORDS = {"entre", "between", "from", "de", "d'"}
# Words that open a series after its frame's comma: they stay in the frame.
_CURRENCY_SIGNS = {"$", "€", "£", "¥", "US$"}
_INTRO = {"dont", "including", "notamment", "among", "parmi", "soit"}


@dataclass(frozen=True, slots=True)
class Series:
    items: list[tuple[int, int]]  # token spans [start, end) of each item, the first included


def is_figure(tok: Tok) -> bool:
    # a year is a date, not a figure: "the 2018 and 2022 World Cups" is one noun phrase
    if _YEAR.fullmatch(tok.text):
        return False
    return tok.pos == "NUM" or any(ch.isdigit() for ch in tok.text)


def _item(toks: list[Tok], a: int, b: int) -> bool:
    span = toks[a:b]
    return (
        0 < len(span) <= _MAX_ITEM
        and any(is_figure(t) for t in span)
        and not any(t.finite for t in span)
    )


def _name_first(toks: list[Tok], a: int) -> bool:
    k = a + 1 if toks[a].pos == "DET" else a
    return toks[k].is_cap and not is_figure(toks[k])


def _first_item_start(toks: list[Tok], lo: int, boundary: int, like: tuple[int, int]) -> int | None:
    """Where the first item starts, in the words before the first separator, shaped like
    the second item (a figure first, or a name first)."""
    width = like[1] - like[0] + 1
    floor = max(lo, boundary - width - 1)
    if _name_first(toks, like[0]):
        for k in range(floor, boundary):
            if toks[k].is_cap and not is_figure(toks[k]):
                return k - 1 if k > lo and toks[k - 1].pos == "DET" else k
        return None
    for k in range(floor, boundary):
        if is_figure(toks[k]):
            # "à 2,6%": the preposition stays in the frame; "plus de 5": the comparator goes;
            # "$39.11 billion": the currency sign is the figure's
            return k - 1 if k > lo and toks[k - 1].text in _CURRENCY_SIGNS else k
    return None


def find_series(toks: list[Tok], a: int, b: int) -> Series | None:
    while b > a and toks[b - 1].pos == "PUNCT" and toks[b - 1].text != ")":
        b -= 1
    conj = next((k for k in range(b - 2, a, -1) if toks[k].lower in _AND), None)
    if conj is None or not _item(toks, conj + 1, b):
        return None
    items = [(conj + 1, b)]
    boundary = conj
    if toks[conj - 1].text == ",":
        boundary = conj - 1  # "6,078 in 2021, 5,598 cases in 2020, and 10,708 in 2019"
    k = boundary - 1
    first: int | None = None
    while k > a:
        if toks[k].text == "," and toks[k + 1].lower in _INTRO and _item(toks, k + 2, boundary):
            first = k + 2  # "…, dont 37 confirmés, 14 probables et 7 suspects"
            break
        if toks[k].text == ",":
            if not _item(toks, k + 1, boundary):
                break
            items.insert(0, (k + 1, boundary))
            boundary = k
        elif k < boundary - _MAX_ITEM:
            break
        k -= 1
    if first is None:
        first = _first_item_start(toks, a, boundary, items[0])
    if first is None or first <= a or not _item(toks, first, boundary):
        return None
    if not any(t.finite for t in toks[a:first]):
        return None  # no frame to say what the figures are
    if toks[first - 1].lower in _RANGE_WORDS and len(items) == 1:
        return None  # "entre 8,2 et 8,4": one range
    shapes = {_name_first(toks, s) for s, _ in [(first, boundary), *items]}
    if len(shapes) > 1:
        return None
    if len(items) == 1 and not all(
        any(not is_figure(t) and t.pos != "PUNCT" for t in toks[s:e])
        for s, e in [(first, boundary), items[0]]
    ):
        return None  # two bare figures joined by "et" are a pair, not a series
    return Series([(first, boundary), *items])
