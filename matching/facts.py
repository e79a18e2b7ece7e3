"""What two claims must agree on to be the same claim, read in a form that does not depend
on the language they are written in: numbers (words and digits, "quatorze" = 14,
"1.5m" = 1,500,000), dates and periods ("février" = "February", "2020"), named entities
through the alias table ("OTAN" = "NATO"), and the order the entities come in.

The embeddings say two sentences mean nearly the same; these facts veto it when one number,
one date or one entity differs, which embeddings barely notice.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import alpha2digit

from core.text import fold_spaces
from matching import text as t
from matching.aliases import alias_key, alias_phrase_at

MONTHS = {
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "en": "january february march april may june july august september october november december",
}
MONTH_ABBREVIATIONS = {
    "fr": {"janv": 1, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    "en": {
        "jan": 1,
        "feb": 2,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
}
WEEKDAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "monday tuesday wednesday thursday friday saturday sunday",
}
RELATIVE_DAYS = {
    "fr": {"hier": "R-1", "aujourd": "R0", "demain": "R+1"},
    "en": {"yesterday": "R-1", "today": "R0", "tomorrow": "R+1"},
}
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?!\d|[.,]\d)")
# "1,5 million" / "0.5 million" written out before text2num, which would read "million"
# alone as a second number.
_MULTIPLIED = {
    "fr": re.compile(r"(\d+(?:,\d+)?)\s+(" + "|".join(t.MULTIPLIERS) + r")\b", re.IGNORECASE),
    "en": re.compile(r"(\d+(?:\.\d+)?)\s+(" + "|".join(t.MULTIPLIERS) + r")\b", re.IGNORECASE),
}
# "1.5m", "$2bn", "3 Md€", "10k": suffixes the word list of matching.text does not see.
_SUFFIXED = re.compile(r"(\d+(?:[.,]\d+)?)\s?(bn|mn|m|md|mds|k)\b", re.IGNORECASE)
_SUFFIX_VALUE = {"bn": 1e9, "md": 1e9, "mds": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
# "une centaine de vols" = "around 100 flights".
_ROUND_NUMBERS = {
    "fr": [("une dizaine", "10"), ("une douzaine", "12"), ("une vingtaine", "20"),
           ("une trentaine", "30"), ("une cinquantaine", "50"), ("une centaine", "100"),
           ("un millier", "1000")],
    "en": [("a dozen", "12"), ("a hundred", "100"), ("a thousand", "1000")],
}  # fmt: skip
# "hundreds of flights", "several hundred", "des milliers", "tens of thousands": vague
# amounts. text2num read the English ones as 100 and 1000 while the French stayed words, so
# a translation looked one figure richer; both now give one marker value per order of
# magnitude (negative, no figure is), so "hundreds" = "des centaines" and "thousands of
# homes" still differs from "one person".
_VAGUE = {
    "en": re.compile(
        r"\b(?:(?:several|a\s+few|few|some|many)\s+(?P<one>hundred|thousand|million)s?"
        r"|(?P<outer>tens|hundreds)\s+of\s+(?P<inner>thousands|millions)"
        r"|(?P<plain>dozens|hundreds|thousands|millions))\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:(?P<outer>dizaines|centaines)\s+de\s+(?P<inner>milliers|millions)"
        r"|(?:(?:plusieurs|quelques)\s+)?(?P<plain>dizaines|centaines|milliers|millions))\b",
        re.IGNORECASE,
    ),
}
_ORDER = {"dozen": 1, "tens": 1, "dizaine": 1, "hundred": 2, "centaine": 2, "thousand": 3,
          "millier": 3, "million": 6}  # fmt: skip


def _vague_amounts(text: str, lang: str) -> set[float]:
    found = set()
    for match in _VAGUE[lang].finditer(text):
        before = text[: match.start()].split()[-1:]
        # "3 millions", "trois millions de personnes": a figure, read by text2num.
        if before and (before[0][-1:].isdigit() or fold_spaces(before[0]) in t.NUMBER_WORDS[lang]):
            continue
        words = match.groupdict()
        if words["outer"]:
            order = _ORDER[_singular(words["outer"])] + _ORDER[_singular(words["inner"])]
        else:
            order = _ORDER[_singular(words.get("one") or words["plain"])]
        found.add(-(10.0**order))
    return found


def _singular(word: str) -> str:
    word = word.lower()
    return word if word == "tens" else word.removesuffix("s")


_ACRONYM = re.compile(r"^[A-Z]{2,}$")
# "9 TGV sur 10", "one in six", "3 out of 4": a share, the same claim as "90 %".
_SHARE = {
    "fr": re.compile(r"\b(\d+)\s+(?:\w+\s+){0,3}?sur\s+(\d+)\b"),
    "en": re.compile(r"\b(\d+)\s+(?:\w+\s+){0,3}?(?:in|out\s+of)\s+(\d+)\b"),
}


# "102 millions en 2025 contre 100 en 2024": the second figure is in millions too. A bare
# number right after a word of comparison takes the multiplier of the figure before it when
# it is of the same order (a tenth to ten times its digits), and is not a year.
_MULTIPLIER_WORDS = "|".join(sorted(t.MULTIPLIERS, key=len, reverse=True))
_COMPARED = {
    "fr": r"contre|face\s+[aà]|par\s+rapport\s+[aà]|au\s+lieu\s+de",
    "en": r"against|versus|vs\.?|from|compared\s+(?:with|to)|instead\s+of",
}
# What may follow the compared figure: a period or the end ("contre 100 en 2024", "from
# 3.1 a year earlier"), not a noun of its own ("from 3 countries").
_THEN = {
    "fr": r"en|au|l|un|une|lors|il\s+y\s+a|auparavant|avant|precedemment|précédemment|sur",
    "en": r"in|a|the|last|over|during|earlier|before|previously|at",
}
_INHERITED = {
    lang: re.compile(
        rf"(?P<first>\d+(?:{sep}\d+)?)\s+(?P<mult>{_MULTIPLIER_WORDS})\b"
        rf"(?P<gap>(?:[^.;:\d]|(?<!\d)(?:1[89]|20)\d\d(?!\d)){{0,60}}?\b(?:{_COMPARED[lang]})\s+)"
        rf"(?P<second>\d+(?:{sep}\d+)?)(?!\d|[.,]\d)(?=\s*(?:[,.;:)]|$|(?:{_THEN[lang]})\b))",
        re.IGNORECASE,
    )
    for lang, sep in (("fr", ","), ("en", r"\."))
}


def _inherit_multiplier(text: str, lang: str) -> str:
    def carry(match: re.Match[str]) -> str:
        first = float(match.group("first").replace(",", "."))
        second = float(match.group("second").replace(",", "."))
        if _YEAR.fullmatch(match.group("second")) or not first or not 0.1 <= second / first <= 10:
            return match.group(0)
        return f"{match.group(0)} {match.group('mult')}"

    return _INHERITED[lang].sub(carry, text)


@dataclass(frozen=True, slots=True)
class ClaimFacts:
    numbers: frozenset[float]
    dates: frozenset[str]  # "Y2020", "M02", "D1" (Monday), "R-1" (yesterday)
    names: tuple[str, ...]  # alias keys or folded names, in order of appearance
    # Initials of each run of capitalised words ("Transiting Exoplanet Survey Satellite" ->
    # "tess"), so that an acronym on the other side is the same name.
    initials: frozenset[str] = frozenset()


_SEPT_MONTH = re.compile(r"\b\d{1,2}(?:er)?\s+sept\b|\bsept\.?\s+(?:1[89]|20)\d\d\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _calendar(lang: str) -> dict[str, str]:
    table = {m: f"M{i:02d}" for i, m in enumerate(MONTHS[lang].split(), 1)}
    table.update({m: f"M{i:02d}" for m, i in MONTH_ABBREVIATIONS[lang].items()})
    table.update({d: f"D{i}" for i, d in enumerate(WEEKDAYS[lang].split(), 1)})
    table.update(RELATIVE_DAYS[lang])
    return table


def claim_facts(text: str, language: str) -> ClaimFacts:
    lang = t.lang_key(language)
    calendar = _calendar(lang)
    folded = t.words(text, lang)
    # French "sept" is seven ("sept en Castille", "sept morts") unless it abbreviates a
    # month beside a day or a year ("12 sept. 2024").
    if lang == "fr" and "sept" in folded and not _SEPT_MONTH.search(text):
        folded = [w for w in folded if w != "sept"]
    dates = {calendar[w] for w in folded if w in calendar}
    # "mai" and "may" are months only with a day or a year next to them; "May" the name
    # and "mai" the noun are rarer in news than "may" the verb.
    if lang == "en" and "M05" in dates and not re.search(r"\bMay\b", text):
        dates.discard("M05")
    years = {int(y) for y in _YEAR.findall(text)}
    dates.update(f"Y{y}" for y in years)
    numbers = claim_numbers(text, lang)
    if "sept" in folded and not re.search(r"(?<![\d.,])7(?!\d)", text):  # the month, not 7
        numbers = numbers - {7.0}
    return ClaimFacts(
        numbers=frozenset(v for v in numbers if v not in years),
        dates=frozenset(dates),
        names=claim_names(text, lang),
        initials=name_initials(text),
    )


_LINKS = frozenset(["of", "the", "for", "and", "de", "des", "du", "la", "le", "d", "l", "et"])


def name_initials(text: str) -> frozenset[str]:
    """Initials of runs of two or more capitalised words, small linking words skipped
    ("U.S. Department of Agriculture" -> "usda", "Santé publique France" -> "spf" is the
    alias table's job)."""
    out: set[str] = set()
    run: list[str] = []
    for word in [*re.split(r"[^\w.]+", text.replace("’", "'")), ""]:
        bare = word.replace(".", "")
        if bare[:1].isupper():
            # "U.S." gives two letters.
            run.extend(list(bare) if "." in word and bare.isupper() else [bare])
        elif fold_spaces(bare) in _LINKS and run:
            continue
        else:
            if len(run) >= 2:
                out.add(fold_spaces("".join(w[0] for w in run)))
            run = []
    return frozenset(out)


@lru_cache(maxsize=4096)
def prepared_figures(text: str, language: str) -> str:
    """The text with its figures written as digits: "pour cent" as "%", "1,5 million" as
    1500000, number words through text2num, "une centaine" as 100; what claim_numbers and
    matching.attached read."""
    lang = t.lang_key(language)
    # "pour cent" would otherwise become "pour 100".
    prepared = re.sub(r"\bpour\s+cent\b", "%", text, flags=re.IGNORECASE) if lang == "fr" else text
    prepared = _inherit_multiplier(prepared, lang)
    prepared = _MULTIPLIED[lang].sub(
        lambda m: str(
            round(float(m.group(1).replace(",", ".")) * t.MULTIPLIERS[m.group(2).lower()])
        ),
        prepared,
    )
    prepared = _VAGUE[lang].sub("many", prepared)  # claim_numbers adds their markers
    # text2num is a parser of its own: a sentence it trips on keeps its words.
    with contextlib.suppress(Exception):
        prepared = alpha2digit(prepared, lang, threshold=1 if lang == "en" else 2)
    for phrase, value in _ROUND_NUMBERS[lang]:
        prepared = re.sub(rf"\b{phrase}\b", value, prepared, flags=re.IGNORECASE)
    if lang == "fr":  # "un TGV sur deux": text2num leaves "un" a word
        prepared = re.sub(r"\bune?\b(?=\s+(?:\w+\s+){0,3}?sur\s+\d)", "1", prepared)
    return prepared


def claim_numbers(text: str, language: str) -> frozenset[float]:
    """Digits and number words alike; "un"/"one" stay words (an article, not a figure)."""
    lang = t.lang_key(language)
    prepared = prepared_figures(text, lang)
    digits = t.numbers(text, lang)
    values = set(t.numbers(prepared, lang)) | _vague_amounts(text, lang)
    for match in _SHARE[lang].finditer(prepared):
        part, whole = int(match.group(1)), int(match.group(2))
        # "800 deliveries in 2024" is a figure and its year, not a share.
        if 0 < part <= whole and not _YEAR.fullmatch(match.group(2)):
            values.difference_update({float(part), float(whole)})
            values.add(round(100 * part / whole, 1))
    for match in _SUFFIXED.finditer(prepared):
        number = match.group(1).replace(",", ".")
        values.discard(round(float(number), 6))
        values.add(round(float(number) * _SUFFIX_VALUE[match.group(2).lower()], 6))
    # "one" is "one person" as often as "un homme": a word, not the figure that tells
    # two claims apart ("1 %" written in digits is kept).
    if 1.0 not in digits:
        values.discard(1.0)
    return frozenset(values)


def claim_names(text: str, language: str) -> tuple[str, ...]:
    """Capitalised words and alias phrases, as alias keys where the table knows them."""
    lang = t.lang_key(language)
    common = t.STOPWORDS[lang] | t.REPORTING[lang] | t.NEGATION[lang]
    calendar = _calendar(lang)
    raw = [p for p in re.split(r"[^\w]+", text.replace("’", "'")) if p]
    folded = [fold_spaces(p) for p in raw]
    names: list[str] = []
    i = 0
    while i < len(raw):
        phrase = alias_phrase_at(folded, i)
        if phrase is not None:
            names.append(phrase[0])
            i += phrase[1]
        else:
            word, low = raw[i], folded[i]
            if _ACRONYM.match(word) or (
                word[:1].isupper() and len(low) > 1 and low not in common and low not in calendar
            ):
                names.append(alias_key(low) or low)
            i += 1
    return tuple(dict.fromkeys(names))
