"""Keeping the claims' sentence embeddings (matching.models.ClaimEmbedding) in step with
their wording, as signatures are: every writer of a claim's statement goes through
`claim_match_index_write`, inside its own transaction, so a claim is a semantic candidate
from the moment it is committed. `embeddings_backfill` (`manage.py
backfill_claim_embeddings`) fills claims written before embeddings existed, in batches of
committed transactions, resumable from the last id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.db import connection, transaction

from claims.models import Claim
from matching.embedding import EMBEDDING_MODEL, embed_texts, vector_literal
from matching.services.signatures import claim_signatures_write

_UPSERT = """
INSERT INTO matching_claimembedding (claim_id, embedding, model)
SELECT claim_id, embedding::vector, %s
  FROM unnest(%s::bigint[], %s::text[]) AS u(claim_id, embedding)
ON CONFLICT (claim_id) DO UPDATE SET embedding = EXCLUDED.embedding, model = EXCLUDED.model
"""


def _write(rows: Sequence[tuple[int, Sequence[float]]]) -> int:
    if not rows:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(
            _UPSERT,
            [EMBEDDING_MODEL, [r[0] for r in rows], [vector_literal(r[1]) for r in rows]],
        )
    return len(rows)


def claim_embeddings_write(
    *, claims: Sequence[Claim], vectors: Sequence[Sequence[float]] | None = None
) -> int:
    """(Re)write the embeddings of claims just created or reworded. `vectors`, when the
    caller already has them (extraction embeds a whole article at once), in claim order."""
    if vectors is None:
        vectors = embed_texts([c.statement for c in claims])
    with transaction.atomic():
        return _write([(c.pk, v) for c, v in zip(claims, vectors, strict=True)])


def claim_match_index_write(
    *, claims: Iterable[Claim], vectors: Sequence[Sequence[float]] | None = None
) -> None:
    """Everything the matcher looks claims up by: signatures and embeddings. Call it inside
    the transaction that writes the claims' statements."""
    claims = list(claims)
    with transaction.atomic():
        claim_signatures_write(claims=claims)
        claim_embeddings_write(claims=claims, vectors=vectors)


@dataclass(frozen=True)
class EmbeddingBackfillOutcome:
    claims: int
    last_id: int


_MISSING = """
SELECT c.id, c.statement FROM claims_claim c
 WHERE c.id > %s
   AND NOT EXISTS (SELECT 1 FROM matching_claimembedding e WHERE e.claim_id = c.id)
 ORDER BY c.id LIMIT %s
"""
_ALL = "SELECT id, statement FROM claims_claim WHERE id > %s ORDER BY id LIMIT %s"


def embeddings_backfill(
    *,
    batch_size: int = 256,
    rewrite: bool = False,
    after_id: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> EmbeddingBackfillOutcome:
    """Embed claims that have no embedding (or, with `rewrite`, every claim: after a model
    change), walking ids in order. The model runs outside any transaction; each batch is
    written in its own, so an interrupted run loses at most one batch and resumes."""
    done, last = 0, after_id
    while True:
        with connection.cursor() as cursor:
            cursor.execute(_ALL if rewrite else _MISSING, [last, batch_size])
            rows = cursor.fetchall()
        if not rows:
            break
        vectors = embed_texts([statement for _, statement in rows])
        with transaction.atomic():
            # A claim deleted meanwhile has no row to point at: keep only those still there.
            alive = set(
                Claim.objects.filter(pk__in=[r[0] for r in rows]).values_list("pk", flat=True)
            )
            _write([(r[0], v) for r, v in zip(rows, vectors, strict=True) if r[0] in alive])
        done += len(rows)
        last = rows[-1][0]
        if progress is not None:
            progress(done, last)
    return EmbeddingBackfillOutcome(done, last)
