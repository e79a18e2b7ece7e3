"""Sentence embeddings for the benchmark's synthetic corpus, and the HNSW index over them.

Embedding a million claims with the real model would take seven hours on this machine
(25 ms a claim on one core), longer than the benchmark is worth. So `SAMPLE` claims are
embedded for real (that run gives the per-claim cost), and every other claim gets a blend of
two of those vectors plus noise, normalised (model column "... synthetic"): points spread
between real sentences rather than piled on them. A first version used noisy copies of one
vector (fifty near-duplicates round each real one); the graph then fell into tight clusters
that a search entering elsewhere could not reach, an artefact real news does not have.
Claims a query must find again are always among those embedded for real.
"""

from __future__ import annotations

import random
import time

import numpy as np
from django.db import connection
from pgvector.psycopg import register_vector

from matching.embedding import EMBEDDING_DIMENSIONS, EMBEDDING_MODEL, embed_texts, vector_literal

SAMPLE = 20_000
NOISE = 0.02  # per-dimension sigma of the noise added to each blend
BATCH = 50_000
SYNTHETIC_MODEL = f"{EMBEDDING_MODEL[:45]} synthetic"
INDEX = "claimembedding_hnsw"
INDEX_SQL = (
    f"CREATE INDEX {INDEX} ON matching_claimembedding "
    "USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)"
)


def _missing_ids() -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.id FROM claims_claim c WHERE NOT EXISTS "
            "(SELECT 1 FROM matching_claimembedding e WHERE e.claim_id = c.id) ORDER BY c.id"
        )
        return [row[0] for row in cursor.fetchall()]


def _copy(rows: list[tuple[int, np.ndarray]], model: str = EMBEDDING_MODEL) -> None:
    raw = connection.connection  # the psycopg connection under Django's wrapper
    register_vector(raw)
    with (
        raw.cursor() as cursor,
        cursor.copy(
            "COPY matching_claimembedding (claim_id, embedding, model) FROM STDIN (FORMAT BINARY)"
        ) as copy,
    ):
        copy.set_types(["int8", "vector", "varchar"])
        for claim_id, vector in rows:
            copy.write_row((claim_id, vector, model))


def ensure_embeddings(
    *, must_embed: set[int], seed: int, rebuild: bool = False
) -> dict[str, float]:
    """Embed the claims that have no embedding; rebuild the HNSW index if any were added
    (or if `rebuild`). Returns what it measured (zeros for what it did not do)."""
    connection.ensure_connection()
    missing = _missing_ids()
    figures = {"embedded": 0.0, "copied": 0.0, "ms_per_claim": 0.0, "index_seconds": 0.0}
    if not missing:
        if rebuild:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
            figures["index_seconds"] = _build_index()
        return figures
    rng = random.Random(seed)
    chosen = set(rng.sample(missing, min(SAMPLE, len(missing)))) | (must_embed & set(missing))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, statement FROM claims_claim WHERE id = ANY(%s)", [sorted(chosen)]
        )
        statements = dict(cursor.fetchall())
    ids = sorted(statements)
    started = time.perf_counter()
    base = np.asarray(embed_texts([statements[i] for i in ids]), dtype=np.float32)
    figures["ms_per_claim"] = (time.perf_counter() - started) * 1000 / len(ids)
    figures["embedded"] = float(len(ids))
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")  # bulk load first, then build
    _copy(list(zip(ids, base, strict=True)))
    others = [i for i in missing if i not in statements]
    gen = np.random.default_rng(seed)
    for start in range(0, len(others), BATCH):
        chunk = others[start : start + BATCH]
        first = base[gen.integers(0, len(base), len(chunk))]
        second = base[gen.integers(0, len(base), len(chunk))]
        weight = gen.uniform(0.2, 1.0, (len(chunk), 1))
        vectors = first + weight * second + gen.normal(0, NOISE, (len(chunk), EMBEDDING_DIMENSIONS))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        _copy(list(zip(chunk, vectors.astype(np.float32), strict=True)), SYNTHETIC_MODEL)
    figures["copied"] = float(len(others))
    figures["index_seconds"] = _build_index()
    return figures


def _build_index() -> float:
    with connection.cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '4GB'")
        cursor.execute("SET max_parallel_maintenance_workers = 1")
        started = time.perf_counter()
        cursor.execute(INDEX_SQL)
        seconds = time.perf_counter() - started
        cursor.execute("VACUUM (ANALYZE) matching_claimembedding")
    return seconds


def embedding_rows() -> dict[str, int]:
    """Rows embedded for real and synthetic blends (by the model column)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FILTER (WHERE model = %s), count(*) FROM matching_claimembedding",
            [SYNTHETIC_MODEL],
        )
        synthetic, total = cursor.fetchone()
    return {"real": total - synthetic, "synthetic": synthetic}


def shared_buffers() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW shared_buffers")
        return cursor.fetchone()[0]


def index_sizes() -> dict[str, int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_relation_size(%s), pg_total_relation_size('matching_claimembedding')",
            [INDEX],
        )
        index_bytes, table_bytes = cursor.fetchone()
    return {"index_bytes": index_bytes, "table_bytes": table_bytes}


def ann_recall(queries: list[list[float]], k: int = 10) -> float:
    """Share of the exact `k` nearest (sequential scan) that the HNSW index returns."""
    sql = "SELECT claim_id FROM matching_claimembedding ORDER BY embedding <=> %s::vector LIMIT %s"
    found = wanted = 0
    with connection.cursor() as cursor:
        for query in queries:
            literal = vector_literal(query)
            cursor.execute(sql, [literal, k])
            approximate = {row[0] for row in cursor.fetchall()}
            cursor.execute("SET enable_indexscan = off")
            cursor.execute(sql, [literal, k])
            exact = {row[0] for row in cursor.fetchall()}
            cursor.execute("RESET enable_indexscan")
            found += len(approximate & exact)
            wanted += len(exact)
    return found / wanted if wanted else 0.0
