"""Which stretches of an article are parsed together, and in which language."""

from __future__ import annotations

from .language import SUPPORTED, detect_language
from .segmentation import paragraphs

# Long articles are parsed in chunks of whole paragraphs: spaCy's memory grows with the
# text it holds (a 320 KB article peaked at 1.4 GB in one Doc), the rules need no more.
CHUNK_CHARS = 10_000
# A paragraph this long is sure enough of its own language to be parsed in it.
_LANGUAGE_WORDS = 12


def plan_chunks(norm: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, language) of the article's chunks: runs of whole paragraphs in one
    language, at most CHUNK_CHARS long (a longer paragraph is a chunk of its own)."""
    spans = paragraphs(norm)
    langs = [paragraph_language(norm[a:b], lang) for a, b in spans]
    if len(set(langs)) <= 1 and len(norm) <= CHUNK_CHARS:
        return [(0, len(norm), lang)]
    chunks: list[tuple[int, int, str]] = []
    for (a, b), language in zip(spans, langs, strict=True):
        if chunks and chunks[-1][2] == language and b - chunks[-1][0] <= CHUNK_CHARS:
            chunks[-1] = (chunks[-1][0], b, language)
        else:
            chunks.append((a, b, language))
    return chunks


def paragraph_language(paragraph: str, article_language: str) -> str:
    """The article's language, unless a long enough paragraph is plainly in the other one
    ("an English sentence inside a French article is parsed as English")."""
    if len(paragraph.split()) < _LANGUAGE_WORDS:
        return article_language
    found = detect_language(paragraph)
    return found if found in SUPPORTED else article_language
