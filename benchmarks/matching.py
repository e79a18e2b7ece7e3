"""Matching one new claim against a large table of claims: p50/p95 latency.

    EMBEDDED_DATABASE_NAME=claim_tracker_bench .venv/bin/python benchmarks/matching.py
        [--claims 1000000] [--queries 200] [--write docs/benchmarks.md]

(or DATABASE_URL=... for a PostgreSQL with pgvector). Creates the synthetic corpus
(manage.py generate_corpus) when the database holds fewer claims than asked, and its
embeddings (benchmarks/_vectors.py: a sample embedded for real, noisy copies for the rest,
then the HNSW index built and timed). Measures the product path
(matching.services.extracted_claim_match: the signature candidates and the nearest
embeddings through Django, then the Python scorer on each candidate) and, in the same run,
the baseline: the two raw candidate queries alone through psycopg (their parameters, the
query's signatures and embedding, computed before the clock starts). Counts how many
reworded existing claims were matched back to their original, measures the HNSW index's
recall against an exact scan, and prints both EXPLAIN (ANALYZE) plans. Not part of the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from _report import cpu_model, percentile, write_section  # noqa: E402
from _vectors import (  # noqa: E402
    ann_recall,
    embedding_rows,
    ensure_embeddings,
    index_sizes,
    shared_buffers,
)
from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from claims.models import Claim  # noqa: E402
from core.text import fold_spaces  # noqa: E402
from matching.corpus import corpus_generate, synthetic_statement  # noqa: E402
from matching.embedding import embed_texts  # noqa: E402
from matching.evaluation import evaluate_pairs, pair_languages  # noqa: E402
from matching.selectors import (  # noqa: E402
    CANDIDATE_SQL,
    DF_CAP,
    MAX_QUERY_SIGNATURES,
    POOL,
    SEMANTIC_SQL,
    candidate_params,
    candidate_query_plan,
    semantic_params,
    semantic_query_plan,
)
from matching.services import claim_match_index_write, extracted_claim_match  # noqa: E402

PAIR_SETS = [
    "pairs.json",
    "pairs_holdout.json",
    "pairs_semantic_fr.json",
    "pairs_semantic_en.json",
]


def _queries(n: int, seed: int) -> list[tuple[str, str, str, int | None]]:
    """Half fresh claims, half existing statements reworded slightly (the case that must
    find its match: the last item is the claim it must be matched to)."""
    rng = random.Random(seed)
    out: list[tuple[str, str, str, int | None]] = []
    top = Claim.objects.order_by("-id").values_list("id", flat=True).first() or 0
    ids = sorted({rng.randint(1, top) for _ in range(n)})
    existing = list(
        Claim.objects.filter(id__in=ids).values_list(
            "statement", "language", "speaker", "id", "canonical_id"
        )[: n // 2]
    )
    for statement, language, speaker, claim_id, canonical_id in existing:
        reworded = (
            statement.replace(" a ", " avait ")
            .replace(" is ", " was ")
            .replace("Selon ", "D'après ")
            .replace("According to ", "As stated by ")
        )
        out.append((reworded, language, speaker, canonical_id or claim_id))
    while len(out) < n:
        lang = rng.choice(["fr", "en"])
        statement, speaker = synthetic_statement(rng, lang)
        out.append((statement, lang, speaker, None))
    rng.shuffle(out)
    return out


def _labelled_through_search(paths: list[Path]) -> dict[str, int]:
    """The labelled pairs run through the real search at full size: each pair's first
    sentence is written as a claim (rolled back afterwards) among the million, the second
    is matched. If the pre-filter loses nothing, this gives the pair evaluation's figures."""
    pairs = [pair for path in paths for pair in json.loads(path.read_text(encoding="utf-8"))]
    texts = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    vectors = dict(zip(texts, embed_texts(texts), strict=True))
    tp = fp = fn = tn = 0
    with transaction.atomic():
        for pair in pairs:
            language_a, language_b = pair_languages(pair)
            savepoint = transaction.savepoint()  # each pair alone among the million
            claim = Claim.objects.create(
                statement=pair["a"],
                normalized=fold_spaces(pair["a"]),
                language=language_a,
                kind=Claim.Kind.STATISTIC,
                check_worthiness=0.5,
            )
            claim_match_index_write(claims=[claim], vectors=[vectors[pair["a"]]])
            match = extracted_claim_match(
                text=pair["b"],
                normalized=fold_spaces(pair["b"]),
                language=language_b,
                embedding=vectors[pair["b"]],
            )
            hit = match.same is not None and match.same.pk == claim.pk
            tp += hit and pair["same"]
            fp += hit and not pair["same"]
            fn += not hit and pair["same"]
            tn += not hit and not pair["same"]
            transaction.savepoint_rollback(savepoint)
        transaction.set_rollback(True)
    alone = evaluate_pairs(pairs)
    return {
        "pairs": len(pairs),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "alone": (
            f"tp {alone['true_positives']}, fp {alone['false_positives']}, "
            f"fn {alone['false_negatives']}, tn {alone['true_negatives']}"
        ),
    }


def run(claims: int, n_queries: int, seed: int, rebuild_index: bool = False) -> dict:
    have = Claim.objects.count()
    if have < claims:
        print(f"database has {have} claims; generating {claims - have} ...", flush=True)
        outcome = corpus_generate(claims=claims - have, seed=seed)
        print(f"  done in {outcome.seconds:.0f} s", flush=True)
        with connection.cursor() as cursor:
            # The visibility map lets the signature look-ups be index-only scans.
            cursor.execute("VACUUM (ANALYZE) claims_claim")
            cursor.execute("VACUUM (ANALYZE) matching_claimsignature")
    total = Claim.objects.count()
    queries = _queries(n_queries, seed + 1)
    built = ensure_embeddings(
        must_embed={q[3] for q in queries if q[3]}, seed=seed, rebuild=rebuild_index
    )
    sizes = index_sizes()
    started = time.perf_counter()
    vectors = embed_texts([q[0] for q in queries])  # as the worker does: one batch
    embed_ms = (time.perf_counter() - started) * 1000 / len(queries)
    plan = candidate_query_plan(normalized=fold_spaces(queries[0][0]), language=queries[0][1])
    semantic_plan = semantic_query_plan(normalized=fold_spaces(queries[0][0]), embedding=vectors[0])
    recall = ann_recall(vectors[:50])

    # A first pass over every query reads the pages they touch into memory; its times are
    # reported apart (on a freshly built corpus it was 3-10x slower). The measured pass and
    # the baseline then both run on the same warm cache.
    cold = []
    for (text, lang, speaker, _want), vector in zip(queries, vectors, strict=True):
        t0 = time.perf_counter()
        extracted_claim_match(
            text=text,
            normalized=fold_spaces(text),
            language=lang,
            speaker=speaker,
            embedding=vector,
        )
        cold.append((time.perf_counter() - t0) * 1000)
    product, found, expected, recovered = [], 0, 0, 0
    for (text, lang, speaker, want), vector in zip(queries, vectors, strict=True):
        t0 = time.perf_counter()
        match = extracted_claim_match(
            text=text,
            normalized=fold_spaces(text),
            language=lang,
            speaker=speaker,
            embedding=vector,
        )
        product.append((time.perf_counter() - t0) * 1000)
        found += match.same is not None
        if want is not None:
            expected += 1
            recovered += match.same is not None and match.same.pk == want

    db = settings.DATABASES["default"]
    conninfo = psycopg.conninfo.make_conninfo(
        dbname=db["NAME"],
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
    )
    baseline = []
    params = [
        candidate_params(normalized=fold_spaces(q[0]), language=q[1], embedding=v)
        for q, v in zip(queries, vectors, strict=True)
    ]
    with psycopg.connect(conninfo, autocommit=True) as conn, conn.cursor() as cur:
        for p in params:
            t0 = time.perf_counter()
            cur.execute(CANDIDATE_SQL, p)
            cur.fetchall()
            cur.execute(SEMANTIC_SQL, semantic_params(p))
            cur.fetchall()
            baseline.append((time.perf_counter() - t0) * 1000)
    labelled = _labelled_through_search([ROOT / "tests/matching" / name for name in PAIR_SETS])
    return {
        "built": built,
        "shared_buffers": shared_buffers(),
        "rows": embedding_rows(),
        "sizes": sizes,
        "embed_ms": embed_ms,
        "ann_recall": recall,
        "semantic_plan": semantic_plan,
        "labelled": labelled,
        "claims": total,
        "queries": len(queries),
        "matched_same": found,
        "reworded": expected,
        "recovered": recovered,
        "p50": statistics.median(product),
        "p95": percentile(product, 95),
        "max": max(product),
        "cold_p50": statistics.median(cold),
        "cold_p95": percentile(cold, 95),
        "base_p50": statistics.median(baseline),
        "base_p95": percentile(baseline, 95),
        "plan": plan,
    }


def _embedding_lines(f: dict) -> str:
    built, sizes = f["built"], f["sizes"]
    if built["embedded"]:
        made = (
            f"- Embeddings: {built['embedded']:,.0f} claims embedded for real "
            f"({built['ms_per_claim']:.1f} ms a claim in batches), {built['copied']:,.0f} "
            "synthetic blends of two of them (benchmarks/_vectors.py); HNSW index (m 16, "
            f"ef_construction 64, cosine) built in {built['index_seconds']:.0f} s\n"
        )
    elif built["index_seconds"]:
        made = (
            f"- Embeddings: from an earlier run, {f['rows']['real']:,} embedded for real, "
            f"{f['rows']['synthetic']:,} synthetic blends of two of them "
            "(benchmarks/_vectors.py); HNSW index (m 16, ef_construction 64, cosine) rebuilt "
            f"in {built['index_seconds']:.0f} s (maintenance_work_mem 4GB, one parallel worker)\n"
        )
    else:
        made = "- Embeddings and HNSW index: already in the database from an earlier run\n"
    return made + (
        f"- Index {sizes['index_bytes'] / 2**20:,.0f} MiB; embedding table with its index "
        f"{sizes['table_bytes'] / 2**20:,.0f} MiB\n"
        f"- Embedding a query claim (one batch of {f['queries']}, as the worker embeds an "
        f"article): {f['embed_ms']:.1f} ms a claim; not inside the match times below\n"
        f"- HNSW recall against an exact scan (10 nearest, 50 queries, ef_search "
        f"{settings.MATCH_HNSW_EF_SEARCH}): "
        f"{f['ann_recall']:.3f}\n"
    )


def _short_vectors(plan: str) -> str:
    """A plan prints the query's 384 numbers; keep three."""
    return re.sub(r"'\[([^,\]]+,[^,\]]+,[^,\]]+),[^\]]*\]'", r"'[\1, …]'", plan)


def _section(f: dict, command: str) -> str:
    plan_lines = [line for line in f["plan"].splitlines() if line.strip()]
    semantic_lines = [
        line for line in _short_vectors(f["semantic_plan"]).splitlines() if line.strip()
    ]
    return (
        "## Matching\n\n"
        f"- Command: `{command}`\n"
        f"- Date: {dt.date.today().isoformat()}\n"
        f"- Machine: {os.cpu_count()} CPUs, {cpu_model()}, Python {platform.python_version()}, "
        f"PostgreSQL {connection.pg_version // 10000} (shared_buffers {f['shared_buffers']}: "
        "the HNSW index must stay in memory)\n"
        f"- Table: {f['claims']:,} claims (synthetic, `manage.py generate_corpus`); "
        f"{f['queries']} queries, half reworded existing claims, half new; "
        f"{f['matched_same']} matched an existing claim; {f['recovered']} of the "
        f"{f['reworded']} reworded claims matched back to their original\n"
        f"- Candidate pre-filter: claims sharing the query's rarest signatures "
        f"(matching.signatures; document frequency counted up to {DF_CAP}, at most "
        f"{MAX_QUERY_SIGNATURES} signatures, pool {POOL}), best "
        f"{settings.MATCH_CANDIDATE_LIMIT} by idf weight then trigram similarity; "
        "btree primary key of `matching_claimsignature` (signature, claim_id); plus the "
        "10 nearest embeddings in any language (HNSW)\n" + _embedding_lines(f) + "\n"
        "| measure | p50 | p95 | target |\n|---|---|---|---|\n"
        f"| product: `extracted_claim_match` (SQL + scoring) | {f['p50']:.1f} ms | "
        f"{f['p95']:.1f} ms | p95 <= 50 ms |\n"
        f"| product, first pass (pays for pages not yet in memory) | {f['cold_p50']:.1f} ms | "
        f"{f['cold_p95']:.1f} ms | |\n"
        f"| baseline: the two raw candidate queries through psycopg | {f['base_p50']:.1f} ms | "
        f"{f['base_p95']:.1f} ms | |\n"
        f"| ratio product / baseline | {f['p50'] / f['base_p50']:.2f}x | "
        f"{f['p95'] / f['base_p95']:.2f}x | |\n\n"
        f"Labelled pairs ({', '.join(PAIR_SETS)}: "
        f"{f['labelled']['pairs']}) through the search at this size, each first sentence "
        f"written among the {f['claims']:,} claims: tp {f['labelled']['tp']}, "
        f"fp {f['labelled']['fp']}, fn {f['labelled']['fn']}, tn {f['labelled']['tn']} "
        f"(scoring the pairs alone, `evaluate_matching`: {f['labelled']['alone']}).\n\n"
        "Plan of one candidate query (EXPLAIN ANALYZE):\n\n```\n"
        + "\n".join(plan_lines)
        + "\n```\n\nPlan of one nearest-embedding query (EXPLAIN ANALYZE):\n\n```\n"
        + "\n".join(semantic_lines)
        + "\n```\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--write", type=Path, default=None)
    parser.add_argument(
        "--rebuild-index", action="store_true", help="drop and rebuild (and time) the HNSW index"
    )
    args = parser.parse_args(argv)
    figures = run(args.claims, args.queries, args.seed, args.rebuild_index)
    print(figures["plan"])
    print(
        f"{figures['claims']:,} claims, {figures['queries']} queries: product p50 "
        f"{figures['p50']:.1f} ms p95 {figures['p95']:.1f} ms; baseline SQL p50 "
        f"{figures['base_p50']:.1f} ms p95 {figures['base_p95']:.1f} ms; "
        f"{figures['recovered']}/{figures['reworded']} reworded claims matched back; "
        f"labelled pairs through the search {figures['labelled']}"
    )
    if args.write:
        command = "python benchmarks/matching.py " + " ".join(
            argv if argv is not None else sys.argv[1:]
        )
        write_section(args.write, "Matching", _section(figures, command.strip()))
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
