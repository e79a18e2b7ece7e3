"""Pure-Python text analysis for claim matching (no Django): words and light stems
(`stems`), the numbers a text states (`figures`), pg_trgm's similarity computed the way
PostgreSQL computes it (`trigrams`), and the word lists they read (`lexicon`), so the
evaluation and production score pairs with one function.

Import from here: `from matching import text as t`, then `t.words(...)`, `t.NEGATION`.
"""

from matching.text.figures import numbers
from matching.text.lexicon import (
    DOWN_WORDS,
    FILLERS,
    MULTIPLIERS,
    NEGATION,
    NUMBER_WORDS,
    REPORTING,
    STOPWORDS,
    UP_WORDS,
)
from matching.text.stems import content_stems, lang_key, shares_prefix, stem, words
from matching.text.trigrams import trigram_similarity

__all__ = [
    "DOWN_WORDS",
    "FILLERS",
    "MULTIPLIERS",
    "NEGATION",
    "NUMBER_WORDS",
    "REPORTING",
    "STOPWORDS",
    "UP_WORDS",
    "content_stems",
    "lang_key",
    "numbers",
    "shares_prefix",
    "stem",
    "trigram_similarity",
    "words",
]
