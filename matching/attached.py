"""Which figure goes with what: "102 millions en 2025 contre 100 millions en 2024" and
"100 millions en 2025 contre 102 millions en 2024" state the same figures and the same
years, so the numbers and dates checks (matching.facts compares sets) see one claim; they
are two, because the figures traded places.

Each figure is read with the year it is attached to (the nearest year after it, else
before it, with no other figure in between and at most `WINDOW` words away) and, in one
language, the noun it counts (the first content word after it: "3 morts et 5 blessés").
Two claims disagree when a figure stated on both sides is attached to other years on each
side, or when two figures exchanged their nouns ("3 morts et 5 blessés" / "5 morts et
3 blessés"). Years are language-neutral, so the first check holds across languages; nouns
are compared within one language only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from core.text import fold_spaces
from matching import text as t
from matching.facts import prepared_figures
from matching.text.figures import NUMBER_PATTERNS

WINDOW = 5
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_WORD = re.compile(r"[a-z]+")
# Words before a year it is compared with: "par rapport à 2021", "from 2023", "since 2020".
_BASELINE = frozenset(
    {"contre", "rapport", "depuis", "que", "against", "versus", "vs", "compared", "from"}
    | {"since", "than"}
)
# Words between a figure and what it counts: "25 % des suffrages", "3 billion euros of aid".
_LINKING = frozenset(["de", "d", "des", "du", "of", "the", "pour", "per", "cent", "percent"])


@dataclass(frozen=True, slots=True)
class Attached:
    years: dict[float, frozenset[int]]
    nouns: dict[float, frozenset[str]]


def attached_figures(text: str, language: str) -> Attached:
    lang = t.lang_key(language)
    folded = fold_spaces(prepared_figures(text, lang))
    # Tokens in order: ("n", value) for a figure, ("y", year), ("w", word).
    tokens: list[tuple[str, float | str]] = []
    pattern = re.compile(rf"(?P<n>{NUMBER_PATTERNS[lang].pattern})|(?P<w>{_WORD.pattern})")
    for match in pattern.finditer(folded):
        if match.group("w"):
            tokens.append(("w", match.group("w")))
            continue
        raw = match.group("n")
        if _YEAR.fullmatch(raw):
            tokens.append(("y", raw))
            continue
        tokens.append(("n", _value(raw, lang)))
    years: dict[float, set[int]] = defaultdict(set)
    nouns: dict[float, set[str]] = defaultdict(set)
    skip = t.STOPWORDS[lang] | _LINKING | frozenset(t.MULTIPLIERS)
    for i, (kind, value) in enumerate(tokens):
        if kind != "n" or value == 1.0:
            continue
        assert isinstance(value, float)
        year = _year_near(tokens, i)
        if year is not None:
            years[value].add(year)
        for kind_next, word in tokens[i + 1 : i + 4]:
            if kind_next != "w":
                break
            assert isinstance(word, str)
            if word in skip or len(word) < 2:
                continue
            nouns[value].add(t.stem(word, lang))
            break
    return Attached(
        years={k: frozenset(v) for k, v in years.items()},
        nouns={k: frozenset(v) for k, v in nouns.items()},
    )


def _value(raw: str, lang: str) -> float:
    if lang == "fr":
        whole, _, fraction = raw.partition(",")
        whole = re.sub(r"[ .]", "", whole)
    else:
        whole, _, fraction = raw.partition(".")
        whole = whole.replace(",", "")
    return round(float(f"{whole}.{fraction}" if fraction else whole), 6)


def _year_near(tokens: list[tuple[str, float | str]], i: int) -> int | None:
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(tokens) and abs(j - i) <= WINDOW + 1:
            kind, value = tokens[j]
            if kind == "n":
                break
            if kind == "y":
                if _is_baseline(tokens, j):
                    break
                return int(value)
            j += step
    return None


def _is_baseline(tokens: list[tuple[str, float | str]], j: int) -> bool:
    """ "diminué de 2,7 % par rapport à 2021", "up 5 % from 2023", "since 2020": the year
    compared with, not the figure's own."""
    for kind, value in reversed(tokens[max(j - 3, 0) : j]):
        if kind != "w":
            return False
        if value in _BASELINE:
            return True
    return False


def figures_swapped(a: Attached, b: Attached, same_language: bool) -> bool:
    """A figure both sides state, with other years on each side; or, in one language, two
    figures whose nouns changed places."""
    for value in a.years.keys() & b.years.keys():
        if not a.years[value] & b.years[value]:
            return True
    if not same_language:
        return False
    shared = sorted(a.nouns.keys() & b.nouns.keys())
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if (
                a.nouns[x] & b.nouns[y]
                and a.nouns[y] & b.nouns[x]
                and not a.nouns[x] & b.nouns[x]
                and not a.nouns[y] & b.nouns[y]
            ):
                return True
    return False
