"""Which figure goes with what: "102 millions en 2025 contre 100 millions en 2024" and
"100 millions en 2025 contre 102 millions en 2024" state the same figures and the same
years, so the numbers and dates checks (matching.facts compares sets) see one claim; they
are two, because the figures traded places.

Each figure is read with the year it is attached to (the nearest year after it, else the
year before it when no figure comes before that year, with no other figure in between and
at most `WINDOW` words away; a range gives both years) and, in one
language, the noun it counts (the first content word after it: "3 morts et 5 blessés").
Two claims disagree when two figures stated on both sides exchanged their years, or their
nouns ("3 morts et 5 blessés" / "5 morts et 3 blessés"). Years are language-neutral, so
the first check holds across languages; nouns are compared within one language only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
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
_RANGE = frozenset(["et", "a", "au", "and", "to"])
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
        years[value].update(_years_near(tokens, i))
        for kind_next, word in tokens[i + 1 : i + 4]:
            if kind_next != "w":
                break
            assert isinstance(word, str)
            if word in skip or len(word) < 2:
                continue
            nouns[value].add(t.stem(word, lang))
            break
    return Attached(
        years={k: frozenset(v) for k, v in years.items() if v},
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


def _years_near(tokens: list[tuple[str, float | str]], i: int) -> set[int]:
    """The year after the figure; else, when no figure comes before it, the year before
    ("En 2025, 102 millions…"): a year right after another figure is that figure's
    ("2 % en 2024, contre 4,9 %"). A range ("entre 2023 et 2024") gives both years."""
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(tokens) and abs(j - i) <= WINDOW + 1:
            kind, _ = tokens[j]
            if kind == "n":
                break
            if kind == "y":
                if _is_baseline(tokens, j):
                    break
                if step == -1 and any(k == "n" for k, _ in tokens[:j]):
                    return set()
                return _range(tokens, j)
            j += step
    return set()


def _range(tokens: list[tuple[str, float | str]], j: int) -> set[int]:
    years = {int(tokens[j][1])}
    for step in (2, -2):
        k = j + step
        between = tokens[min(j, k) + 1 : max(j, k)]
        if (
            0 <= k < len(tokens)
            and tokens[k][0] == "y"
            and len(between) == 1
            and between[0][1] in _RANGE
        ):
            years.add(int(tokens[k][1]))
    return years


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
    """Two figures both sides state that exchanged their years; or, in one language, their
    nouns. Only an exchange counts: one figure read with another year on one side is as
    often a misreading of a reordered sentence as another claim."""
    if _exchanged(a.years, b.years):
        return True
    return same_language and _exchanged(a.nouns, b.nouns)


def _exchanged(a: Mapping[float, frozenset], b: Mapping[float, frozenset]) -> bool:
    shared = sorted(a.keys() & b.keys())
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if a[x] & b[y] and a[y] & b[x] and not a[x] & b[x] and not a[y] & b[y]:
                return True
    return False
