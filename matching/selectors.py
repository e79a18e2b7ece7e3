"""Reads for matching: the candidate search, and what the admin shows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Q, QuerySet

from matching.embedding import vector_literal
from matching.models import DuplicateSuggestion, SuggestionStatus
from matching.scoring import COSINE_FLOOR
from matching.signatures import claim_signatures

# Signature look-up (matching.signatures): first how common each of the query's signatures
# is, counted through the btree and never past DF_CAP (so "inflation" costs DF_CAP index
# entries, not 100,000); then the claims sharing the rarest of them, weighted by a bounded
# idf (ln((DF_CAP + 1) / df)) and grouped, best POOL; then pg_trgm similarity on those few
# rows only, to order the LIMIT that the Python scorer reads. When every signature is
# common (a claim made only of frequent words) the most recent DF_CAP claims holding each
# are read instead: bounded, newest first. Language is part of each signature's hash;
# lower(language) keeps exactly the old per-language behaviour for other codes.
DF_CAP = 2000
MAX_QUERY_SIGNATURES = 8
POOL = 200
CANDIDATE_SQL = """
WITH q AS (
  SELECT DISTINCT sig FROM unnest(%(sigs)s::bigint[]) AS u(sig)
), df AS (
  SELECT q.sig,
         (SELECT count(*) FROM (SELECT 1 FROM matching_claimsignature s
                                 WHERE s.signature = q.sig LIMIT %(cap)s + 1) AS b) AS n
    FROM q
), chosen AS (
  SELECT sig, n FROM df
   WHERE n > 0
     AND (n <= %(cap)s OR NOT EXISTS (SELECT 1 FROM df r WHERE r.n BETWEEN 1 AND %(cap)s))
   ORDER BY n, sig
   LIMIT %(max_sigs)s
), hits AS (
  SELECT p.claim_id, sum(ln((%(cap)s + 1.0) / least(ch.n, %(cap)s + 1))) AS w
    FROM chosen ch
   CROSS JOIN LATERAL (SELECT s.claim_id FROM matching_claimsignature s
                        WHERE s.signature = ch.sig
                        ORDER BY s.claim_id DESC LIMIT %(cap)s) AS p
   GROUP BY p.claim_id
   ORDER BY w DESC, p.claim_id DESC
   LIMIT %(pool)s
)
SELECT c.id, c.canonical_id, c.statement, c.normalized, c.language, c.speaker,
       c.entities, c.status, similarity(c.normalized, %(q)s) AS sim,
       1 - (e.embedding <=> %(vec)s::vector) AS cos
  FROM hits h
  JOIN claims_claim c ON c.id = h.claim_id
  LEFT JOIN matching_claimembedding e ON e.claim_id = c.id
 WHERE lower(c.language) = lower(%(language)s)
   AND c.id <> ALL(%(exclude)s)
 ORDER BY h.w DESC, sim DESC, c.id
 LIMIT %(limit)s
"""


# Nearest embeddings, any language, through the HNSW index (the inner ORDER BY ... LIMIT is
# the shape pgvector's index scan serves); then the claims themselves. The index's search
# breadth is pgvector's default (hnsw.ef_search 40), whose recall against an exact scan
# benchmarks/matching.py measures.
SEMANTIC_SQL = """
SELECT c.id, c.canonical_id, c.statement, c.normalized, c.language, c.speaker,
       c.entities, c.status, similarity(c.normalized, %(q)s) AS sim, 1 - n.distance AS cos
  FROM (SELECT claim_id, embedding <=> %(vec)s::vector AS distance
          FROM matching_claimembedding
         ORDER BY embedding <=> %(vec)s::vector
         LIMIT %(k)s) AS n
  JOIN claims_claim c ON c.id = n.claim_id
 WHERE c.id <> ALL(%(exclude)s)
   AND n.distance <= %(max_distance)s
 ORDER BY n.distance, c.id
"""
SEMANTIC_LIMIT = 10


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
    cosine: float | None = None  # of the two embeddings, None when either has none


def candidate_params(
    *,
    normalized: str,
    language: str,
    exclude_ids: list[int] | None = None,
    limit: int | None = None,
    embedding: Sequence[float] | None = None,
) -> dict[str, Any]:
    """The query's parameters (also used by the benchmark's raw-SQL baseline)."""
    return {
        "vec": vector_literal(embedding) if embedding is not None else None,
        # Signatures of the folded text equal those of the statement (folding is idempotent).
        "sigs": claim_signatures(normalized, language),
        "q": normalized,
        "language": language,
        "exclude": list(exclude_ids or []),
        "limit": limit or settings.MATCH_CANDIDATE_LIMIT,
        "cap": DF_CAP,
        "max_sigs": MAX_QUERY_SIGNATURES,
        "pool": POOL,
    }


def claim_candidates(
    *,
    normalized: str,
    language: str,
    exclude_ids: list[int] | None = None,
    limit: int | None = None,
    embedding: Sequence[float] | None = None,
) -> list[Candidate]:
    """Existing claims sharing the rarest signatures of `normalized` (same language), best
    first, then those whose embeddings are nearest `embedding` (any language)."""
    params = candidate_params(
        normalized=normalized,
        language=language,
        exclude_ids=exclude_ids,
        limit=limit,
        embedding=embedding,
    )
    found: dict[int, Candidate] = {}
    with connection.cursor() as cursor:
        if params["sigs"]:
            cursor.execute(CANDIDATE_SQL, params)
            found.update((c.id, c) for c in map(_candidate, cursor.fetchall()))
        if embedding is not None:
            cursor.execute(SEMANTIC_SQL, semantic_params(params))
            for candidate in map(_candidate, cursor.fetchall()):
                found.setdefault(candidate.id, candidate)
    return list(found.values())


def semantic_params(params: dict[str, Any]) -> dict[str, Any]:
    return {**params, "k": SEMANTIC_LIMIT, "max_distance": 1 - COSINE_FLOOR}


def _candidate(row: tuple[Any, ...]) -> Candidate:
    # Django's psycopg setup hands jsonb back as text (its fields parse it themselves).
    entities = json.loads(row[6]) if isinstance(row[6], str) else row[6]
    return Candidate(*row[:6], entities, *row[7:])


def candidate_query_plan(*, normalized: str, language: str) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of the candidate query, for benchmarks and tests."""
    params = candidate_params(normalized=normalized, language=language)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + CANDIDATE_SQL, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def semantic_query_plan(*, normalized: str, embedding: Sequence[float]) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of the nearest-embedding query: the HNSW index in use."""
    params = candidate_params(normalized=normalized, language="", embedding=embedding)
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + SEMANTIC_SQL, semantic_params(params))
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
