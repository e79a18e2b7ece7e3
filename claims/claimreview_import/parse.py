"""Finding ClaimReview objects in JSON-LD and reading each into a ParsedReview.

Outlets publish them as one object, a list, an `@graph`, or inside an HTML page's
`<script type="application/ld+json">` blocks (often several, some of them invalid). Each
review is read on its own: one malformed review is reported, the others still go in.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass
from typing import Any

from claims.claimreview_import.verdicts import verdict_from_rating
from core.errors import DomainError
from sources.urls import normalize_url

_LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.I | re.S
)


@dataclass(frozen=True)
class ParsedReview:
    review_url: str
    statement: str
    verdict: str
    rating_name: str
    speaker: str
    outlet: str
    outlet_url: str
    language: str
    published: dt.datetime | dt.date | None


@dataclass(frozen=True)
class Item:
    """One candidate review found in an input: `data` or, if it could not be read, `error`."""

    origin: str
    data: dict[str, Any] | None = None
    error: str = ""


def items_from_text(text: str, *, origin: str, is_html: bool | None = None) -> list[Item]:
    """Every ClaimReview-typed object in a JSON(-LD) document or an HTML page."""
    if is_html is None:
        is_html = text.lstrip()[:1] == "<"
    if not is_html:
        try:
            return list(_walk(json.loads(text), origin))
        except json.JSONDecodeError as exc:
            return [Item(origin, error=f"not valid JSON: {exc}")]
    items: list[Item] = []
    for n, match in enumerate(_LD_SCRIPT.finditer(text), start=1):
        block = html.unescape(match.group(1)).strip()
        try:
            items.extend(_walk(json.loads(block), f"{origin} (JSON-LD block {n})"))
        except json.JSONDecodeError:
            # Pages often carry broken blocks unrelated to fact-checks; only say so if the
            # block looked like a review.
            if "ClaimReview" in block:
                items.append(Item(f"{origin} (JSON-LD block {n})", error="invalid JSON-LD"))
    return items


def _walk(node: Any, origin: str):
    if isinstance(node, list):
        for child in node:
            yield from _walk(child, origin)
    elif isinstance(node, dict):
        if _is_claimreview(node):
            yield Item(origin, data=node)
        elif "@graph" in node:
            yield from _walk(node["@graph"], origin)


def _is_claimreview(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "ClaimReview" for k in kinds)


def parse_review(data: dict[str, Any]) -> ParsedReview:
    """Read one ClaimReview object; DomainError names the first field that is wrong."""
    raw_url = _text(data.get("url")) or _text(data.get("@id"))
    if not raw_url:
        raise DomainError("no url: the review URL identifies an import.", field="url")
    review_url = normalize_url(raw_url)
    statement = _text(data.get("claimReviewed"))
    if not statement:
        item = data.get("itemReviewed")
        statement = _text(item.get("name")) if isinstance(item, dict) else ""
    if not statement:
        raise DomainError(
            "no claimReviewed: nothing says what the claim was.", field="claimReviewed"
        )
    verdict = verdict_from_rating(_first(data.get("reviewRating")))
    rating = _first(data.get("reviewRating")) or {}
    outlet, outlet_url = _name_and_url(data.get("author"))
    if not outlet:
        outlet, outlet_url = _name_and_url(data.get("publisher"))
    if not outlet:
        raise DomainError("no author: the reviewing outlet is not named.", field="author")
    item = data.get("itemReviewed")
    speaker = _name_and_url(item.get("author"))[0] if isinstance(item, dict) else ""
    language = _text(data.get("inLanguage"))
    if isinstance(data.get("inLanguage"), dict):
        language = _text(data["inLanguage"].get("alternateName"))
    return ParsedReview(
        review_url=review_url,
        statement=" ".join(statement.split()),
        verdict=verdict,
        rating_name=_text(rating.get("alternateName")) if isinstance(rating, dict) else "",
        speaker=speaker[:200],
        outlet=outlet[:200],
        outlet_url=outlet_url,
        language=language[:2].lower(),
        published=_date(data.get("datePublished")),
    )


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(value: Any) -> str:
    value = _first(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _name_and_url(value: Any) -> tuple[str, str]:
    value = _first(value)
    if isinstance(value, str):
        return value.strip(), ""
    if isinstance(value, dict):
        return _text(value.get("name")), _text(value.get("url"))
    return "", ""


def _date(value: Any) -> dt.datetime | dt.date | None:
    text = _text(value)
    if not text:
        return None
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise DomainError(
            f"datePublished {text!r} is not an ISO 8601 date.", field="datePublished"
        ) from None
