"""Keeping the match signatures (matching.models.ClaimSignature) in step with the claims.

Every writer of a claim's wording calls `claim_signatures_write` inside its own
transaction, so a claim is a candidate from the moment it is committed (and, within the
extraction transaction, for the next claims of the same article). Claims written by
other paths, or before the table existed, are filled by `signatures_backfill`
(`manage.py backfill_match_signatures`), in batches of committed transactions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection, transaction

from claims.models import Claim
from matching.signatures import claim_signatures

_DELETE = "DELETE FROM matching_claimsignature WHERE claim_id = ANY(%s)"
_INSERT = """
INSERT INTO matching_claimsignature (claim_id, signature)
SELECT claim_id, signature FROM unnest(%s::bigint[], %s::bigint[]) AS u(claim_id, signature)
ON CONFLICT DO NOTHING
"""


def _rewrite(rows: Iterable[tuple[int, str, str]]) -> int:
    """Replace the signatures of each (claim id, statement, language); rows written."""
    ids: list[int] = []
    claim_ids: list[int] = []
    signatures: list[int] = []
    for claim_id, statement, language in rows:
        ids.append(claim_id)
        for signature in claim_signatures(statement, language):
            claim_ids.append(claim_id)
            signatures.append(signature)
    if not ids:
        return 0
    with connection.cursor() as cursor:
        cursor.execute(_DELETE, [ids])
        cursor.execute(_INSERT, [claim_ids, signatures])
    return len(signatures)


def claim_signatures_write(*, claims: Iterable[Claim]) -> int:
    """(Re)write the signatures of claims just created or reworded; call it inside the
    transaction that writes them."""
    with transaction.atomic():
        return _rewrite((c.pk, c.statement, c.language) for c in claims)


@dataclass(frozen=True)
class BackfillOutcome:
    claims: int
    signatures: int
    last_id: int


_MISSING = """
SELECT c.id, c.statement, c.language FROM claims_claim c
 WHERE c.id > %s
   AND NOT EXISTS (SELECT 1 FROM matching_claimsignature s WHERE s.claim_id = c.id)
 ORDER BY c.id LIMIT %s
"""
_ALL = "SELECT id, statement, language FROM claims_claim WHERE id > %s ORDER BY id LIMIT %s"


def signatures_backfill(
    *, batch_size: int = 10_000, rewrite: bool = False, after_id: int = 0, progress=None
) -> BackfillOutcome:
    """Write signatures for claims that have none (or, with `rewrite`, for every claim),
    walking the ids in order; each batch is its own transaction, so an interrupted run
    resumes where it stopped (`after_id`) and live extraction is never blocked for long."""
    claims_done = signatures_done = 0
    last = after_id
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(_ALL if rewrite else _MISSING, [last, batch_size])
            rows = cursor.fetchall()
            if not rows:
                break
            signatures_done += _rewrite(rows)
        claims_done += len(rows)
        last = rows[-1][0]
        if progress is not None:
            progress(claims_done, last)
    return BackfillOutcome(claims_done, signatures_done, last)
