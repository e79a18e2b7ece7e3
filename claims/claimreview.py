"""A published claim as schema.org ClaimReview JSON-LD."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from claims.models import Claim
from claims.verdicts import verdict_rating


def claimreview_for(claim: Claim, *, claim_url: str) -> dict[str, Any]:
    """`claim` must be published, with `appearances` (and their articles) prefetched in
    article publication order (see selectors.claimreview_list)."""
    appearances = [_appearance(a) for a in claim.appearances.all()]
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    if appearances:
        item["appearance"] = appearances
        item["firstAppearance"] = appearances[0]
        first_date = appearances[0].get("datePublished")
        if first_date:
            item["datePublished"] = first_date
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": claim_url,
        "claimReviewed": claim.statement,
        "inLanguage": claim.language,
        "itemReviewed": item,
        "author": {
            "@type": "Organization",
            "name": settings.CLAIMREVIEW_PUBLISHER_NAME,
            "url": settings.CLAIMREVIEW_PUBLISHER_URL,
        },
        "datePublished": claim.published_at.date().isoformat() if claim.published_at else None,
        "reviewRating": verdict_rating(claim.verdict),
        "reviewBody": claim.verdict_explanation,
    }


def _appearance(appearance) -> dict[str, Any]:
    article = appearance.article
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if article.url:
        work["url"] = article.url
    if article.title:
        work["headline"] = article.title
    if article.published_display:
        work["datePublished"] = article.published_display
    if article.source_id:
        work["publisher"] = {"@type": "Organization", "name": article.source.name}
    work["text"] = appearance.sentence
    return work
