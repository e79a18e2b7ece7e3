"""pg_trgm's `similarity(a, b)` in Python, computed the way PostgreSQL computes it, so the
evaluation and production score pairs with one function."""

from __future__ import annotations

import re


def _trigrams(text: str) -> set[str]:
    """pg_trgm's trigrams: lower-cased alphanumeric words, each padded "  w ", then every
    3-character window."""
    grams: set[str] = set()
    for word in re.findall(r"[^\W_]+", text.lower()):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def trigram_similarity(a: str, b: str) -> float:
    """Same value as PostgreSQL's `similarity(a, b)` for folded text (tested against it)."""
    ta, tb = _trigrams(a), _trigrams(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)
