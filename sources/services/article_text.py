"""The rules every stored article text obeys, pasted (ingest) or fetched (fetch): the
languages the extractor handles, the length limit, and the hash that finds the same text
twice."""

from __future__ import annotations

import hashlib

from django.conf import settings

from core.errors import DomainError
from core.text import fold_spaces

# What the extractor handles; other languages are stored as unsupported for manual entry.
SUPPORTED_LANGUAGES = frozenset({"fr", "en"})


def content_hash(text: str) -> str:
    """Same words, same hash: case, accents and white space do not make a new article."""
    return hashlib.sha256(fold_spaces(text).encode("utf-8")).hexdigest()


def check_article_text(body: str) -> str:
    """The rules every stored text obeys, pasted or fetched."""
    if not body:
        raise DomainError("The article has no text.", code="empty", field="text")
    if "\x00" in body:
        raise DomainError("The article text contains NUL bytes: is it a binary file?", field="text")
    if len(body) > settings.ARTICLE_MAX_CHARS:
        raise DomainError(
            f"The article has {len(body):,} characters; the limit is "
            f"{settings.ARTICLE_MAX_CHARS:,} (ARTICLE_MAX_CHARS).",
            code="too_long",
            field="text",
        )
    return body


def unsupported_message(language: str) -> str:
    return (
        f"Language '{language}' is not supported for automatic extraction (supported: "
        f"{', '.join(sorted(SUPPORTED_LANGUAGES))}). Claims can still be added by hand."
    )
