"""Reads for matching: the candidate search, and what the admin shows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q, QuerySet

from matching.models import DuplicateSuggestion, SuggestionStatus

# `%` is pg_trgm's similarity operator: the GIN index (claims_claim_normalized_trgm)
# answers it, the threshold is pg_trgm.similarity_threshold. Ordering by similarity and a
# LIMIT keep the Python scoring to a handful of rows however common the wording is.
# lower(language) on purpose: the planner otherwise sometimes picks the btree on
# language (half the table) and filters every row of that language through `%`.
CANDIDATE_SQL = """
SELECT c.id, c.canonical_id, c.statement, c.normalized, c.language, c.speaker,
       c.entities, c.status, similarity(c.normalized, %(q)s) AS sim
  FROM claims_claim c
 WHERE c.normalized %% %(q)s
   AND lower(c.language) = lower(%(language)s)
   AND c.id <> ALL(%(exclude)s)
 ORDER BY sim DESC, c.id
 LIMIT %(limit)s
"""


@dataclass(frozen=True, slots=True)
class Candidate:
    id: int
    canonical_id: int | None
    statement: str
    normalized: str
    language: str
    speaker: str
    entities: list[dict[str, Any]]
    status: str
    similarity: float


def _set_threshold(cursor: Any, threshold: float) -> None:
    # Transaction-local (is_local=true), so it never leaks into a pooled connection.
    cursor.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(threshold)])


def claim_candidates(
    *,
    normalized: str,
    language: str,
    exclude_ids: list[int] | None = None,
    limit: int | None = None,
    threshold: float | None = None,
) -> list[Candidate]:
    """Existing claims whose normalised text is trigram-similar to `normalized`."""
    params = {
        "q": normalized,
        "language": language,
        "exclude": list(exclude_ids or []),
        "limit": limit or settings.MATCH_CANDIDATE_LIMIT,
    }
    with transaction.atomic(), connection.cursor() as cursor:
        _set_threshold(cursor, threshold or settings.MATCH_CANDIDATE_SIMILARITY)
        cursor.execute(CANDIDATE_SQL, params)
        # Django's psycopg setup hands jsonb back as text (its fields parse it themselves).
        return [
            Candidate(*row[:6], json.loads(row[6]) if isinstance(row[6], str) else row[6], *row[7:])
            for row in cursor.fetchall()
        ]


def candidate_query_plan(*, normalized: str, language: str, threshold: float | None = None) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of the candidate query, for benchmarks and tests."""
    params = {
        "q": normalized,
        "language": language,
        "exclude": [],
        "limit": settings.MATCH_CANDIDATE_LIMIT,
    }
    with transaction.atomic(), connection.cursor() as cursor:
        _set_threshold(cursor, threshold or settings.MATCH_CANDIDATE_SIMILARITY)
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + CANDIDATE_SQL, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def rejected_partners(*, claim_ids: list[int]) -> set[tuple[int, int]]:
    """Unordered pairs (low id, high id) a reviewer already said are different claims."""
    rows = DuplicateSuggestion.objects.filter(
        Q(claim_id__in=claim_ids) | Q(candidate_id__in=claim_ids),
        status=SuggestionStatus.REJECTED,
    ).values_list("claim_id", "candidate_id")
    return {(min(a, b), max(a, b)) for a, b in rows}


def suggestions_pending() -> QuerySet[DuplicateSuggestion]:
    return DuplicateSuggestion.objects.filter(status=SuggestionStatus.PENDING).select_related(
        "claim", "candidate"
    )
