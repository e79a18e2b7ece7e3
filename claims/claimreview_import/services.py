"""Writing imported reviews: a published Claim, its history, the review as Evidence.

`claims.services.claim_create` is not used: it is for an editor adding a `new` claim by hand
(it checks the actor's role), while an import is the system recording someone else's
already-published verdict. The rows written are the same kinds, in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.db import connection, transaction
from django.utils import timezone

from claims import hooks
from claims.claimreview_import.parse import ParsedReview
from claims.claimreview_import.verdicts import STANCE_BY_VERDICT
from claims.extraction import detect_language
from claims.models import Claim, ClaimChange
from claims.services.history import claim_record_change
from core.text import fold_spaces
from sources.models import Evidence, SourceKind
from sources.services import source_get_or_create

# The history row that marks a claim as imported; its `after` is the review URL, which is
# what makes a second import of the same review a no-op.
IMPORT_FIELD = "claimreview_url"


@dataclass(frozen=True)
class ImportResult:
    claim: Claim
    created: bool


def claimreview_import(*, review: ParsedReview, actor: Any = None) -> ImportResult:
    """Record one outlet's published fact-check as a published claim, once per review URL."""
    outlet = source_get_or_create(
        name=review.outlet,
        kind=SourceKind.FACT_CHECKER,
        domain=_domain(review.outlet_url or review.review_url),
    )
    published_at = _aware(review.published) or timezone.now()
    with transaction.atomic():
        # Serialise imports of one review URL so two runs at once cannot both create it.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(hashtext(%s))", [f"claimreview:{review.review_url}"]
            )
        known = (
            ClaimChange.objects.filter(field=IMPORT_FIELD, after=review.review_url)
            .select_related("claim")
            .first()
        )
        if known is not None:
            return ImportResult(claim=known.claim, created=False)
        claim = Claim.objects.create(
            statement=review.statement,
            normalized=fold_spaces(review.statement),
            language=review.language or detect_language(review.statement),
            speaker=review.speaker,
            status=Claim.Status.PUBLISHED,
            verdict=review.verdict,
            verdict_explanation=(
                f"Rated “{review.rating_name or review.verdict}” by {outlet.name}: "
                f"{review.review_url}"
            ),
            published_at=published_at,
        )
        reason = f"imported from {outlet.name}'s ClaimReview"
        claim_record_change(
            claim=claim,
            field="created",
            before=None,
            after=claim.statement,
            actor=actor,
            reason=reason,
        )
        claim_record_change(
            claim=claim,
            field=IMPORT_FIELD,
            before=None,
            after=review.review_url,
            actor=actor,
            reason=reason,
        )
        claim_record_change(
            claim=claim,
            field="status",
            before=Claim.Status.NEW,
            after=Claim.Status.PUBLISHED,
            actor=actor,
            reason=reason,
        )
        claim_record_change(
            claim=claim,
            field="verdict",
            before="",
            after=review.verdict,
            actor=actor,
            reason=f"{reason}: “{review.rating_name}”" if review.rating_name else reason,
        )
        Evidence.objects.create(
            claim=claim,
            url=review.review_url,
            stance=STANCE_BY_VERDICT[review.verdict],
            excerpt=f"{outlet.name}: {review.rating_name or review.verdict}",
            added_by=actor,
        )
        # What other outlets checked is what new claims should be matched against.
        hooks.matcher().claim_match_index_write(claims=[claim])
    return ImportResult(claim=claim, created=True)


def _domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def _aware(value: dt.datetime | dt.date | None) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value
