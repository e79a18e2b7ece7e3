"""Shared helpers for the extraction tests (no Django)."""

from __future__ import annotations

from claims.extraction import ExtractedClaim, extract


def claims(text: str, language: str = "fr", **kwargs: object) -> list[ExtractedClaim]:
    return extract(text, language=language, **kwargs)  # type: ignore[arg-type]


def find(result: list[ExtractedClaim], needle: str) -> ExtractedClaim:
    matches = [c for c in result if needle.lower() in c.text.lower()]
    assert matches, f"no claim contains {needle!r}: {[c.text for c in result]}"
    return matches[0]
