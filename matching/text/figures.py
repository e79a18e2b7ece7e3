"""The numbers a claim states, as values, whichever way the language writes them."""

from __future__ import annotations

import re

from core.text import fold_spaces
from matching.text.lexicon import MULTIPLIERS, NUMBER_WORDS
from matching.text.stems import lang_key, words

# French writes 4 000 and 5,2; English 4,000 and 5.2.
NUMBER_PATTERNS = {
    "fr": re.compile(r"(?<![\d,.])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(\d+))?(?![\d])"),
    "en": re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])"),
}

_EXPONENT = re.compile(r"(?<=[^\W\d_])[²³]")


def numbers(text: str, language: str) -> frozenset[float]:
    """Every number the text states, as a value: "4 000" = "4000", "1,1 million" = 1.1e6."""
    lang = lang_key(language)
    # "l/m²", "km²": an exponent of a unit, not a figure (folding would make it a 2).
    folded = fold_spaces(_EXPONENT.sub("", text))
    values: set[float] = set()
    for match in NUMBER_PATTERNS[lang].finditer(folded):
        whole = re.sub(r"[ .,]", "", match.group(1))
        value = float(f"{whole}.{match.group(2)}" if match.group(2) else whole)
        following = folded[match.end() :].split(None, 1)
        if following and following[0] in MULTIPLIERS:
            value *= MULTIPLIERS[following[0]]
        values.add(round(value, 6))
    for token in words(text, lang):
        if token in NUMBER_WORDS[lang]:
            values.add(float(NUMBER_WORDS[lang][token]))
    return frozenset(values)
