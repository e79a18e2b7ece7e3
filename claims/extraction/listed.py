"""Figures listed name by name are a claim each.

Results copy lists its figures after the main one: "François Fillon a rassemblé 20,01% des
suffrages, devant Jean-Luc Mélenchon, 19,58%", "avec 4,70% pour Nicolas Dupont-Aignan, devant
Jean Lassalle (1,21%), Philippe Poutou (1,09%) …", "Tshisekedi was trailing with 32 percent,
ahead of Vital Kamerhe (7.7 percent)". A checker checks each name's figure on its own, so each
becomes a claim framed by the main claim: its subject replaced by the listed name and its
figure by the listed figure ("Jean-Luc Mélenchon a rassemblé 19,58% des suffrages"). Where the
main claim has no named subject to stand in for, a vote tally still reads as one ("Nicolas
Dupont-Aignan a obtenu 4,70% des suffrages"); other lists are left whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTH_NAMES
from .tokens import Tok

# Words between the main claim and its list, or between two listed names.
_LINKS = {"devant", "avec", "et", "puis", "suivi", "suivie", "par", "ahead", "of", "and",
          "followed", "by", "with", "then", "while", "behind", "derrière"}  # fmt: skip
_VOTES = re.compile(r"\b(?:suffrages|voix|votes?|ballots?|scrutin|élection|election)\b", re.I)
_FRAMES = {"fr": "{name} a obtenu {figure}", "en": "{name} won {figure}"}


@dataclass(frozen=True, slots=True)
class Listed:
    name: tuple[int, int]  # token span of the listed name
    figure: int  # token index of its number
    end: int  # token index just after the item (its figure and unit)


def _digit(tok: Tok) -> bool:
    return any(ch.isdigit() for ch in tok.text)


def listed_names(toks: list[Tok], start: int, end: int) -> list[tuple[int, int]]:
    """Runs of capitalised words (a hyphen glues them) in toks[start:end]."""
    runs: list[tuple[int, int]] = []
    k = start
    while k < end:
        if toks[k].is_cap and toks[k].pos in ("PROPN", "NOUN", "ADJ") and not _digit(toks[k]):
            j = k + 1
            while j < end and (
                (toks[j].is_cap and not _digit(toks[j]))
                or (toks[j].text == "-" and j + 1 < end and toks[j + 1].is_cap)
                or (toks[j - 1].text == "-" and toks[j].start == toks[j - 1].end)
            ):
                j += 1
            runs.append((k, j))
            k = j
        else:
            k += 1
    return runs


_GAP_WORDS = {"behind", "with", "avec", "à", "at", "on", "ahead", "derrière", "loin"}


def _gapped(toks: list[Tok], b: int, end: int) -> int | None:
    """A name whose figure follows a verbless 'behind with' (gapping)."""
    j = b
    while j < min(end, b + 3) and toks[j].lower in _GAP_WORDS:
        j += 1
    return j if j > b and j < end and _digit(toks[j]) else None


def _figure_end(toks: list[Tok], k: int, end: int) -> int:
    j = k + 1
    if j < end and toks[j].lower in ("%", "percent"):
        return j + 1
    if j + 1 < end and toks[j].lower in ("pour", "per") and toks[j + 1].lower == "cent":
        return j + 2
    return j


def find_listed(toks: list[Tok], start: int, end: int) -> tuple[int, list[Listed]] | None:
    """Where the main claim stops and the name-figure pairs listed after its own figure."""
    first_figure = next((k for k in range(start, end) if _digit(toks[k])), None)
    if first_figure is None or not any(t.finite for t in toks[start:first_figure]):
        return None  # "Emmanuel Macron (24,01%) et Marine Le Pen (21,30%) seront …": no frame
    items: list[Listed] = []
    cut: int | None = None
    for a, b in listed_names(toks, first_figure + 1, end):
        if b - a == 1 and toks[a].lower in MONTH_NAMES:
            continue  # "held on October 10": a date, not a name with its figure
        if b < end and toks[b].text in ("(", ",") and b + 1 < end and _digit(toks[b + 1]):
            figure = b + 1  # "Jean Lassalle (1,21%)", "Jean-Luc Mélenchon, 19,58%"
        elif b < end and _digit(toks[b]):
            figure = b  # "François Asselineau 0,92%)"
        elif (gap := _gapped(toks, b, end)) is not None:
            figure = gap  # "… and Zalmai Rassoul behind with 11.5 percent"
        elif (
            a >= 2
            and toks[a - 1].lower in ("pour", "for")
            and any(_digit(t) for t in toks[max(0, a - 4) : a - 1])
        ):
            figure = a - 2  # "4,70% pour Nicolas Dupont-Aignan"
            while figure > 0 and not _digit(toks[figure]):
                figure -= 1
        else:
            continue
        if figure == first_figure:
            continue
        intro = min(a, figure)
        while intro > first_figure + 1 and (
            toks[intro - 1].lower in _LINKS or toks[intro - 1].text in (",", "(")
        ):
            intro -= 1
        if cut is None:
            cut = intro
        items.append(Listed((a, b), figure, max(b, _figure_end(toks, figure, end))))
    if not items or cut is None or cut <= first_figure:
        return None
    return cut, items


def listed_text(
    toks: list[Tok], norm: str, item: Listed, main_text: str, main_figure: str,
    subject: tuple[int, int] | None, sentence: str, lang: str,
) -> str | None:  # fmt: skip
    """The listed name's claim: the main claim with the name and the figure swapped in, or a
    vote tally's plain frame; None where neither reads true."""
    name = norm[toks[item.name[0]].start : toks[item.name[1] - 1].end]
    figure = norm[toks[item.figure].start : toks[_figure_end(toks, item.figure, len(toks)) - 1].end]
    if subject is not None:
        said = norm[toks[subject[0]].start : toks[subject[1] - 1].end]
        at = main_text.find(said)
        if at >= 0 and main_figure in main_text[at:]:
            framed = main_text[at:].replace(said, name, 1).replace(main_figure, figure, 1)
            return framed[0].upper() + framed[1:]
    if _VOTES.search(sentence):
        text = _FRAMES[lang].format(name=name, figure=figure)
        if lang == "fr" and "%" in figure and "suffrages" in sentence.lower():
            text += " des suffrages"
        return text
    return None
