"""Importing other outlets' published fact-checks (schema.org ClaimReview JSON-LD).

`claimreview_import_inputs` takes files, directories and URLs, finds every ClaimReview in
them and imports each on its own; see docs/ingestion.md for the verdict mapping.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claims.claimreview_import.parse import Item, ParsedReview, items_from_text, parse_review
from claims.claimreview_import.services import ImportResult, claimreview_import
from claims.claimreview_import.verdicts import VERDICT_BY_NAME, verdict_from_rating
from core.errors import DomainError
from sources.fetching import fetch_page

SUFFIXES = (".json", ".jsonld", ".html", ".htm")

__all__ = [
    "VERDICT_BY_NAME",
    "ImportResult",
    "Item",
    "ItemOutcome",
    "ParsedReview",
    "claimreview_import",
    "claimreview_import_inputs",
    "items_from_inputs",
    "items_from_text",
    "parse_review",
    "verdict_from_rating",
]


@dataclass(frozen=True)
class ItemOutcome:
    origin: str
    status: str  # "new", "known" or "failed"
    review_url: str = ""
    claim_id: int | None = None
    error: str = ""


def items_from_inputs(targets: list[str]) -> Iterator[Item]:
    for target in targets:
        if target.lower().startswith(("http://", "https://")):
            yield from _items_from_url(target)
            continue
        path = Path(target)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
        elif path.exists():
            files = [path]
        else:
            yield Item(target, error="no such file or directory")
            continue
        for file in files:
            try:
                text = file.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                yield Item(str(file), error=f"cannot be read as UTF-8 text ({exc})")
                continue
            yield from items_from_text(
                text, origin=str(file), is_html=file.suffix.lower() in (".html", ".htm")
            )


def _items_from_url(url: str) -> Iterator[Item]:
    try:
        page = fetch_page(url)
    except DomainError as exc:
        yield Item(url, error=f"{exc.message} [{exc.code}]")
        return
    text = page.body.decode(page.charset or "utf-8", errors="replace")
    yield from items_from_text(text, origin=url, is_html=True)


def claimreview_import_inputs(*, targets: list[str], actor: Any = None) -> Iterator[ItemOutcome]:
    """Import every review found; each item succeeds or fails on its own."""
    for item in items_from_inputs(targets):
        if item.data is None:
            yield ItemOutcome(item.origin, "failed", error=item.error)
            continue
        review_url = str(item.data.get("url") or "")
        try:
            review = parse_review(item.data)
            result = claimreview_import(review=review, actor=actor)
        except DomainError as exc:
            where = f" ({exc.field})" if exc.field else ""
            yield ItemOutcome(item.origin, "failed", review_url, error=f"{exc.message}{where}")
            continue
        yield ItemOutcome(
            item.origin, "new" if result.created else "known", review.review_url, result.claim.pk
        )
