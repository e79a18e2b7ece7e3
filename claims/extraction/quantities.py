"""Numbers with their comparator and unit, read off the normalised text.

Normalisation choices (documented in docs/extraction.md): values are plain floats with the
scale word applied ("1,1 million" -> 1100000); a currency symbol wins as the unit ("$120
million" -> unit "$"), otherwise the unit is the counted noun as written ("30 navires" ->
"navires", "2 milliards d'euros" -> "euros"); "%" for per cent in every spelling.
"nearly"/"almost"/"près de" are approximations ("~"), not strict bounds.
"""

from __future__ import annotations

import re

from .records import Quantity

_SCALES = {
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9,
    "billions": 1e9, "trillion": 1e12, "trillions": 1e12, "mille": 1e3, "thousand": 1e3,
    "mln": 1e6, "md": 1e9, "mds": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3,
}  # fmt: skip
_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "cent": 100, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip
_NUM = {
    "fr": r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[,.]\d+)?",
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d+(?:\.\d+)?",
}
_WORD_NUM = "|".join(sorted(_WORDS, key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_PATTERN = {
    lang: re.compile(
        r"(?<![\w\-/.,])(?P<cur>US\$|[$€£])?\s?(?:(?P<num>"
        + num
        + r")|(?P<word>"
        + _WORD_NUM
        + r"))"
        r"(?:\s?(?P<scale>" + _SCALE + r"))?(?![\w])"
        r"(?:\s?(?P<post>%|pour\s?cent|per\s?cent|percent|€|\$|£))?",
        re.IGNORECASE,
    )
    for lang, num in _NUM.items()
}
_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|january|february|march|april|may|june|july|august|september|october|"
    "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_AFTER_DATE = re.compile(r"\s?(?:er\s)?(?:" + _MONTHS + r")\b|\s?h\d|:\d\d|h\b", re.IGNORECASE)
_BEFORE_DATE = re.compile(r"(?:" + _MONTHS + r")\.?\s$", re.IGNORECASE)
_COMPARATORS = [
    (">=", r"au moins|pas moins de|pas moins d'|at least|no fewer than|no less than|minimum"),
    ("<=", r"au plus|au maximum|jusqu'à|jusqu'a|pas plus de|pas plus d'|at most|up to|no more than"),
    (">", r"plus de|plus d'|au-delà de|supérieure? à|more than|over|above|upwards of|in excess of|exceeding|top(?:ped|s)?"),
    ("<", r"moins de|moins d'|inférieure? à|less than|fewer than|under|below"),
    ("~", r"près de|près d'|environ|quelque|presque|approximativement|autour de|quasiment|pratiquement|"
          r"about|around|roughly|approximately|nearly|almost|some|close to|an estimated|approx\.?"),
]  # fmt: skip
_COMPARATOR_RES = [
    (c, re.compile(r"(?:^|\W)(?:" + p + r")\s*$", re.IGNORECASE)) for c, p in _COMPARATORS
]
_UNIT = re.compile(r"\s*(?:(?:de|d'|des|of)\s*)?(?P<unit>[^\W\d_][\w\-]*)", re.UNICODE)
_NOT_UNITS = set(
    [
        "le",
        "la",
        "les",
        "l",
        "des",
        "du",
        "de",
        "d",
        "un",
        "une",
        "et",
        "ou",
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "sur",
        "par",
        "pour",
        "que",
        "qui",
        "ce",
        "cette",
        "ces",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "and",
        "or",
        "to",
        "for",
        "by",
        "with",
        "from",
        "that",
        "which",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "be",
        "will",
        "would",
        "this",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "as",
        "than",
        "per",
    ]
)


def _parse_number(raw: str, language: str) -> float:
    raw = raw.replace(" ", "")
    if language == "fr":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
            raw = raw.replace(".", "")
        return float(raw.replace(",", "."))
    return float(raw.replace(",", ""))


def _comparator(before: str) -> str:
    for comparator, regex in _COMPARATOR_RES:
        if regex.search(before):
            return comparator
    return "="


def find_quantities(norm: str, start: int, end: int, language: str) -> list[Quantity]:
    """Quantities in norm[start:end]; the text of each is the matched stretch as written."""
    pattern = _PATTERN.get(language, _PATTERN["en"])
    found: list[Quantity] = []
    segment = norm[start:end]
    for m in pattern.finditer(segment):
        num, word = m.group("num"), m.group("word")
        scale = (m.group("scale") or "").lower()
        cur, post = m.group("cur"), m.group("post")
        if word and not scale and not post:
            unit_match = _UNIT.match(segment, m.end())
            if not unit_match or unit_match.group("unit").lower() in _NOT_UNITS:
                continue
        if num:
            is_year = re.fullmatch(r"(?:1[89]|20)\d\d", num) is not None
            if is_year and not (cur or post or scale):
                continue
            if _AFTER_DATE.match(segment, m.end()) and not (cur or post or scale):
                continue
            if _BEFORE_DATE.search(segment[: m.start()]) and not (cur or post):
                continue
            try:
                value = _parse_number(num, language)
            except ValueError:
                continue
        else:
            value = float(_WORDS[word.lower()])
        if scale in ("m", "k") and not (cur or post):
            # Bare single letters are far more often units ("5 m de haut") than scales.
            scale = ""
        value *= _SCALES.get(scale, 1.0)
        span_end = m.end()
        unit = ""
        if post:
            unit = "%" if post.strip() not in "€$£" else post.strip()
            unit = "%" if post.lower().replace(" ", "") in ("%", "pourcent", "percent") else unit
        elif cur:
            unit = "$" if cur.endswith("$") else cur
        else:
            unit_match = _UNIT.match(segment, m.end())
            if unit_match and unit_match.group("unit").lower() not in _NOT_UNITS:
                unit = unit_match.group("unit")
                span_end = unit_match.end()
        comparator = _comparator(segment[max(0, m.start() - 30) : m.start()])
        text = segment[m.start() : span_end].strip()
        found.append(Quantity(value=value, comparator=comparator, unit=unit, text=text))
    return found
