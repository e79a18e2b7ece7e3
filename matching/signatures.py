"""Match signatures: the keys the candidate search looks claims up by (pure Python).

A claim's signatures are its meaning-carrying word stems (the scorer's `content_stems`:
no stop words, reporting verbs, negation or fillers; accents folded; synonym groups and
directions of change mapped to one concept) and the values of the numbers it states
("4 000" = "4,000") and each pair of neighbouring stems, each prefixed with the language
and hashed to a signed 64-bit integer so the table and its btree stay narrow. Two claims the scorer could call the same (or
even suggest) share stems, because 70 % of the score is stem overlap; so looking up
claims that share the query's rarer signatures finds them without reading the claims that
only share "le", "de" or "inflation".
"""

from __future__ import annotations

import hashlib
from itertools import pairwise

from matching import text as t

# A claim rarely has more; a pasted paragraph would otherwise write hundreds of rows.
MAX_SIGNATURES = 40


def _key(value: str) -> int:
    digest = hashlib.blake2b(value.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _number_key(value: float) -> str:
    return f"#{value:g}"


def signature_terms(text: str, language: str) -> list[str]:
    """The readable terms behind the signatures, in order of appearance, unique."""
    lang = t.lang_key(language)
    stems = t.content_stems(t.words(text, lang), lang)
    terms = list(dict.fromkeys(stems))
    terms.extend(_number_key(v) for v in sorted(t.numbers(text, lang)))
    # Neighbouring stems, unordered: at a million claims most single words are common
    # ("prix", "lyon", "2019"), their pairs are not ("prix+ble", "elev+lyon").
    pairs = ("+".join(sorted(p)) for p in pairwise(stems) if p[0] != p[1])
    terms.extend(dict.fromkeys(pairs))
    return terms[:MAX_SIGNATURES]


def claim_signatures(text: str, language: str) -> list[int]:
    """Hashed signatures of a claim (unique, stable across processes and releases)."""
    lang = t.lang_key(language)
    return list(dict.fromkeys(_key(f"{lang}:{term}") for term in signature_terms(text, lang)))
