"""What a figure takes from the one before it: a move's direction, a unit, a magnitude,
a range's bounds."""

from __future__ import annotations

import dataclasses
import re

from ..records import Quantity
from .found import Found


def share_change(found: list[Found], segment: str) -> list[Found]:
    """ "rose $1.66, or 4.6 per cent,", "a bondi de 2 milliards, soit 12 %": the figure that
    restates a move moves the same way."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.q.change is not None or prev.q.change is None:
            continue
        between = segment[prev.end : cur.start]
        if _RESTATES.fullmatch(between):
            out[k] = Found(dataclasses.replace(cur.q, change=prev.q.change), cur.start, cur.end)
    return out


# what may stand between a move and the figure restating it: the first figure's unit, a comma,
# "or"/"soit" ("$1.66, or 4.6 per cent", "2 milliards d'euros, soit 12 %", "(soit 12 %)")
_RESTATES = re.compile(r"[^\d,;]{0,25},?\s*\(?\s*(?:or|soit|i\.e\.)\s+", re.IGNORECASE)


_COMPARED = re.compile(r"[^\d,;.]{0,30}?\s(?:contre|against|versus|vs\.?)\s+$", re.IGNORECASE)
_AGAINST_AFTER = re.compile(r"\s+(?:contre|against)\b", re.IGNORECASE)
_AND = re.compile(r"[^\d,;.]{0,30}?\s(?:et|and)\s+", re.IGNORECASE)
_VOTE_TO = re.compile(r"[^\d,;.]{0,30}?\sto\s+$", re.IGNORECASE)


def share_compared_unit(found: list[Found], segment: str) -> list[Found]:
    """ "adopté par 350 voix contre 180", "passed by 52 votes to 48": the figure set against
    another counts the same thing when it names nothing itself."""
    out = list(found)
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        if cur.q.unit or not prev.q.unit:
            continue
        between = segment[prev.end : cur.start]
        by = re.search(r"\bby\s+$", segment[max(0, prev.start - 6) : prev.start], re.IGNORECASE)
        # "avec 331 voix pour et 225 contre"
        against = _AGAINST_AFTER.match(segment, cur.end) and _AND.fullmatch(between)
        if _COMPARED.fullmatch(between) or (by and _VOTE_TO.fullmatch(between)) or against:
            out[k] = Found(dataclasses.replace(cur.q, unit=prev.q.unit), cur.start, cur.end)
    return out


# "6,078 in 2021, 5,598 cases in 2020, and 10,708 in 2019", "2.5 million in Kenya, 1.4
# million in Somalia": one list, each figure placed by a short phrase, the last joined by "and"
_LIST_JOINT = re.compile(
    r"(?:\s+[^\W\d_][\w-]*)?\s+(?:in|en|à|au|aux|for|pour|dans|at)\s+[^,;:()\d]{1,30}?(?:\s\d{4})?\s*,?\s*"
    r"(?:(?:and|et)\s+)?|(?:\s+[^\W\d_][\w-]*)?\s+(?:in|en)\s+\d{4}\s*,?\s*(?:(?:and|et)\s+)?",
    re.IGNORECASE,
)


def share_list_unit(found: list[Found], segment: str) -> list[Found]:
    """A list of figures placed by country or year counts one thing: the figures that name
    nothing take the unit the others name, when they name just one."""
    out = list(found)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and _LIST_JOINT.fullmatch(segment[out[j].end : out[j + 1].start]):
            j += 1
        chain = out[k : j + 1]
        units = {f.q.unit for f in chain if f.q.unit}
        if len(chain) > 1 and len(units) == 1:
            unit = units.pop()
            for m in range(k, j + 1):
                if not out[m].q.unit:
                    f = out[m]
                    out[m] = Found(dataclasses.replace(f.q, unit=unit), f.start, f.end, f.factor)
        k = j + 1
    return out


def share_magnitude(found: list[Found]) -> list[Found]:
    """ "put the magnitude at 8.1, but other institutions rated it between 8.2 and 8.4": a bare
    decimal under ten after a magnitude in the same passage is a magnitude too."""
    out = list(found)
    seen = False
    for k, f in enumerate(out):
        if f.q.unit == "magnitude":
            seen = True
        elif seen and not f.q.unit and f.q.value < 10 and "." in f.q.text.replace(",", "."):
            out[k] = Found(dataclasses.replace(f.q, unit="magnitude"), f.start, f.end)
    return out


def share_range_units(found: list[Found], segment: str) -> list[Quantity]:
    """'entre 200 et 300 mètres', 'from 10 to 20 years': the first bound counts the same, with
    the same scale ('entre 10 et 15 millions d'euros'). A range opened by "entre" or "between"
    gives its bounds: ">=" the first, "<=" the second (a checker compares a figure with the
    range, not with either end); so does a range with no opener ("chiffre à 10 à 15 millions
    d'euros", "10 to 15 people"); "from 7.5 to 8 percent" and "passant de 2,5 % à 2,7 %" are
    moves, each figure "="."""
    out = [f.q for f in found]
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        between = segment[found[k].end : found[k + 1].start]
        joiner = between.strip().lower()
        if joiner not in ("et", "à", "a", "and", "to", "-", "–", "ou", "or"):
            # the first bound's own unit may sit between ("10 euros à 15 euros")
            continue
        value, unit = first.value, first.unit
        if unit in ("", second.unit):
            unit = second.unit
            second_said = second.value / found[k + 1].factor
            if found[k + 1].factor != 1.0 and found[k].factor == 1.0 and value <= second_said:
                # "entre 10 et 15 millions", "entre 1,3 et 1,5 million", "entre 2,5 et 2,6
                # MdE"; not "entre 782 000 et 2,3 millions", whose first bound is written out
                value *= found[k + 1].factor
        low, high = first.comparator, second.comparator
        head = segment[: found[k].start]
        bounds = _RANGE_OPENER.search(head) or (
            joiner in ("à", "a", "to", "-", "–") and not _MOVE_OPENER.search(head)
        )
        if bounds and low == high == "=" and first.change is None and second.change is None:
            low, high = ">=", "<="
            out[k + 1] = dataclasses.replace(second, comparator=high)
        text = first.text
        if any(c.isdigit() for c in text[found[k].end - found[k].start :]):
            text = segment[found[k].start : found[k].end].strip()
        out[k] = dataclasses.replace(first, value=value, comparator=low, unit=unit, text=text)
    return out


_RANGE_OPENER = re.compile(r"(?:^|\W)(?:entre|between)\s*$", re.IGNORECASE)
# "from 7.5 to 8", "passant de 2,5 % à 2,7 %", "a été ramené de 3 à 2": a move, not a range
# "from 7.5 percent to 8 percent" in English is a move; French "de 3 à 5 %" is a move after a
# verb of change ("le taux est passé de 3 à 5 %"), bounds otherwise ("une marge de 3 à 5 %")
_MOVE_OPENER = re.compile(
    r"(?:^|\W)(?:from|since|depuis)\s*$|(?:^|\W)(?:pass\w*|augment\w*|baiss\w*|chut\w*|"
    r"recul\w*|progress\w*|grimp\w*|évolu\w*|relev\w*|abaiss\w*|ramen\w*|porté\w*|"
    r"hausse|croissance|diminu\w*|bondi\w*|grimpé\w*|mont[ée]\w*|tomb\w*)\b[^\d]{0,40}?"
    r"\s(?:de|d')\s*$",
    re.IGNORECASE,
)
