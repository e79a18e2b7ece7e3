"""Words and light stems: how a claim's text becomes the ordered concepts matching
compares. Folded words (English "n't" kept as "not"), a suffix-stripping stemmer per
language, and content stems with stop, reporting and negation words, number words and
fillers dropped, synonyms and direction words mapped to one concept each."""

from __future__ import annotations

import re
from functools import lru_cache

from core.text import fold_spaces
from matching.text.lexicon import (
    DOWN_WORDS,
    FILLERS,
    IRREGULAR_EN,
    MULTIPLIERS,
    NEGATION,
    NUMBER_WORDS,
    REPORTING,
    STOPWORDS,
    SUFFIXES,
    SYNONYMS,
    UP_WORDS,
)

_WORD = re.compile(r"[a-z0-9]+")
_CONTRACTION = re.compile(
    r"\b(ca|wo|do|does|did|is|are|was|were|has|have|had|could|would|should)n't\b"
)


def lang_key(language: str) -> str:
    return "en" if (language or "").lower().startswith("en") else "fr"


# "maïs" folds to "mais", a stop word ("but"): the crop would vanish from the claim
# ("la production de blé" / "de maïs" read as one claim). It becomes a word of its own.
_MAIZE = re.compile(r"\bma[ïÏ]s\b", re.IGNORECASE)


def words(text: str, language: str) -> list[str]:
    """Folded words; English "n't" becomes "not" so negation survives tokenising."""
    folded = fold_spaces(_MAIZE.sub("maize", text))
    if lang_key(language) == "en":
        folded = _CONTRACTION.sub(lambda m: m.group(1) + " not", folded)
        folded = folded.replace("can't", "can not").replace("n't", " not")
    return _WORD.findall(folded)


# Cached: the corpus generator and the backfill stem millions of words from a small vocabulary.
@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    lang = lang_key(language)
    if lang == "en" and word in IRREGULAR_EN:
        word = IRREGULAR_EN[word]
    if lang == "fr":
        # Plural first so "canons" and "canon" meet; "-dre" verbs lose "re" (perdre → perd).
        if word[-1:] in ("s", "x") and len(word) > 3:
            word = word[:-1]
        if word.endswith("dre") and len(word) > 5:
            return word[:-2]
    for suffix in SUFFIXES[lang]:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word


@lru_cache(maxsize=4)
def _concepts(language: str) -> dict[str, str]:
    """stem → concept: "UP"/"DOWN" for direction words, else the synonym group's head."""
    lang = lang_key(language)
    table: dict[str, str] = {}
    for group in SYNONYMS[lang]:
        members = group.split()
        for word in members:
            table[stem(word, lang)] = stem(members[0], lang)
    for word in UP_WORDS[lang].split():
        table[stem(word, lang)] = "UP"
    for word in DOWN_WORDS[lang].split():
        table[stem(word, lang)] = "DOWN"
    return table


def _drop_fillers(tokens: list[str], lang: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in FILLERS[lang]:
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def content_stems(tokens: list[str], language: str) -> list[str]:
    """Ordered concepts of the words that carry meaning (no stop, reporting, negation,
    number words or digits)."""
    lang = lang_key(language)
    tokens = _drop_fillers(tokens, lang)
    skip = STOPWORDS[lang] | REPORTING[lang] | NEGATION[lang]
    concepts = _concepts(lang)
    out = []
    for token in tokens:
        if token in skip or token.isdigit() or token in NUMBER_WORDS[lang]:
            continue
        if token in MULTIPLIERS or len(token) < 2:
            continue
        s = stem(token, lang)
        out.append(concepts.get(s, s))
    return out


def shares_prefix(a: str, b: str, least: int, share: float) -> bool:
    """The same word in two spellings or languages: equal, or a common prefix of at least
    `least` letters and `share` of the shorter ("russia"/"russie", "tornade"/"tornado")."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= least and n >= share * min(len(a), len(b))
