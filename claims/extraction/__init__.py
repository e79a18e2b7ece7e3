"""Claim extraction: article text in, atomic check-worthy claims out. No Django here."""

from __future__ import annotations

from .header import PartialDate, split_date_header
from .language import detect_language
from .pipeline import extract, extract_many
from .records import (
    COMPARATORS,
    KINDS,
    Entity,
    ExtractedClaim,
    Quantity,
    ResolvedDate,
    UnsupportedLanguageError,
)

__all__ = [
    "COMPARATORS",
    "KINDS",
    "Entity",
    "ExtractedClaim",
    "PartialDate",
    "Quantity",
    "ResolvedDate",
    "UnsupportedLanguageError",
    "detect_language",
    "extract",
    "extract_many",
    "split_date_header",
]
