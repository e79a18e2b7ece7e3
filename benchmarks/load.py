"""A bounded load run: concurrent virtual users against gunicorn on 127.0.0.1.

    .venv/bin/python benchmarks/load.py [--claims 1000000] [--users 50] [--seconds 60]
        [--workers 4] [--max-requests 200000] [--write docs/benchmarks.md]

Uses the database at DATABASE_URL, topped up to --claims with `manage.py generate_corpus`.
Starts gunicorn (config.wsgi, production settings, throttling lifted) on a free loopback
port with REDIS_URL set and **no Celery worker**: an ingest is then what the web process
really does (validation, language detection, dedupe, the article row and the extraction
message in Redis), not the spaCy extraction, which belongs to the worker and is measured by
benchmarks/extraction.py. Notification events go to Redis the same way. Queued messages
are left for a worker; the run deletes nothing but its own API keys (revoked at the end).

--users asyncio tasks share one keep-alive httpx pool (one connection each) and loop over a
weighted mix until --seconds have passed or --max-requests were sent, whichever is first:

  40 % list      GET  /claims/?status=<any>            (first page, newest first)
  20 % search    GET  /claims/?q=<two words>
  20 % detail    GET  /claims/<id>/
   5 % ingest    POST /articles/                        (a short new French or English text)
  10 % lease + propose: POST /review-queue/next/, then POST /claims/<id>/transition/
                 to awaiting_approval with a verdict, If-Match = the lease's ETag
   5 % lease + release: POST /review-queue/next/, then POST /claims/<id>/release/ (If-Match)

Every response is checked: a 5xx, a transport error or any status other than the expected
one (200; 202 for a new article; 204 for an empty queue) counts as an error.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import random
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import _server

_server.setup_django()

import httpx  # noqa: E402

API = "/api/v1"
MIX = [
    ("list", 40),
    ("search", 20),
    ("detail", 20),
    ("ingest", 5),
    ("propose", 10),
    ("release", 5),
]
STATUSES = ["new", "queued", "published", "dismissed", "in_review"]
FR_TEXT = (
    "date 2024-{m:02d}-{d:02d} Le maire de {city}, {name}, a affirmé que le nombre de "
    "logements sociaux avait augmenté de {p} % depuis {y}. Selon la préfecture, {k} familles "
    "attendent encore un logement. (réf. {ref})"
)
EN_TEXT = (
    "date 2024-{m:02d}-{d:02d} The mayor of {city}, {name}, said that the number of social "
    "homes had risen by {p} percent since {y}. According to the council, {k} families are "
    "still waiting for a home. (ref. {ref})"
)
CITIES = ["Lyon", "Lille", "Nantes", "Leeds", "Bristol", "Rennes", "Glasgow", "Toulouse"]
NAMES = ["Anne Morel", "Paul Girard", "Sarah Kent", "James Hall", "Claire Petit", "Tom Reed"]


@dataclass
class Stats:
    ms: list[float] = field(default_factory=list)
    errors: int = 0
    examples: list[str] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)


class Run:
    def __init__(self, args: argparse.Namespace, ids: list[int], queries: list[str]) -> None:
        self.args = args
        self.ids = ids
        self.queries = queries
        self.stats: dict[str, Stats] = {}
        self.sent = 0
        self.deadline = 0.0
        self.tag = secrets.token_hex(3)

    def more(self) -> bool:
        return time.monotonic() < self.deadline and self.sent < self.args.max_requests

    async def call(
        self,
        client: httpx.AsyncClient,
        name: str,
        method: str,
        path: str,
        key: str,
        *,
        expect: tuple[int, ...] = (200,),
        json: object = None,
        if_match: str | None = None,
    ) -> httpx.Response | None:
        self.sent += 1
        headers = {"Authorization": f"Token {key}"}
        if if_match:
            headers["If-Match"] = if_match
        stats = self.stats.setdefault(name, Stats())
        started = time.perf_counter()
        try:
            response = await client.request(method, path, headers=headers, json=json)
        except httpx.HTTPError as exc:
            stats.ms.append((time.perf_counter() - started) * 1000)
            stats.errors += 1
            if len(stats.examples) < 3:
                stats.examples.append(f"{type(exc).__name__}: {exc}")
            return None
        stats.ms.append((time.perf_counter() - started) * 1000)
        stats.statuses[response.status_code] = stats.statuses.get(response.status_code, 0) + 1
        if response.status_code not in expect:
            stats.errors += 1
            if len(stats.examples) < 3:
                stats.examples.append(f"{response.status_code} {path}: {response.text[:200]}")
            return None
        return response

    async def user(self, n: int, client: httpx.AsyncClient, key: str) -> None:
        rng = random.Random(self.args.seed * 1000 + n)
        names, weights = zip(*MIX, strict=True)
        i = 0
        while self.more():
            i += 1
            op = rng.choices(names, weights)[0]
            if op == "list":
                status = rng.choice(STATUSES)
                await self.call(client, "list", "GET", f"{API}/claims/?status={status}", key)
            elif op == "search":
                q = rng.choice(self.queries)
                path = f"{API}/claims/?q={quote(q)}"
                await self.call(client, "search", "GET", path, key)
            elif op == "detail":
                pk = rng.choice(self.ids)
                await self.call(client, "detail", "GET", f"{API}/claims/{pk}/", key)
            elif op == "ingest":
                template = FR_TEXT if rng.random() < 0.55 else EN_TEXT
                text = template.format(
                    m=rng.randint(1, 12),
                    d=rng.randint(1, 28),
                    city=rng.choice(CITIES),
                    name=rng.choice(NAMES),
                    p=rng.randint(2, 40),
                    y=rng.randint(2010, 2022),
                    k=rng.randint(100, 9000),
                    ref=f"{self.tag}-{n}-{i}",  # a new text each time: 202, not the 200 dedupe
                )
                await self.call(
                    client,
                    "ingest",
                    "POST",
                    f"{API}/articles/",
                    key,
                    expect=(202,),
                    json={"text": text},
                )
            else:
                leased = await self.call(
                    client, "lease", "POST", f"{API}/review-queue/next/", key, expect=(200, 204)
                )
                if leased is None or leased.status_code == 204:
                    continue
                pk, etag = leased.json()["id"], leased.headers["ETag"]
                if op == "propose":
                    await self.call(
                        client,
                        "transition",
                        "POST",
                        f"{API}/claims/{pk}/transition/",
                        key,
                        json={
                            "to_status": "awaiting_approval",
                            "verdict": rng.choice(["false", "true", "misleading"]),
                            "explanation": "Load test proposal.",
                        },
                        if_match=etag,
                    )
                else:
                    await self.call(
                        client,
                        "release",
                        "POST",
                        f"{API}/claims/{pk}/release/",
                        key,
                        if_match=etag,
                    )

    async def main(self, base: str, keys: list[str]) -> float:
        limits = httpx.Limits(
            max_connections=self.args.users, max_keepalive_connections=self.args.users
        )
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60.0) as client:
            # Warm-up: every worker imports and connects before the clock starts.
            for _ in range(self.args.workers * 3):
                await client.get("/healthz")
            self.deadline = time.monotonic() + self.args.seconds
            started = time.perf_counter()
            await asyncio.gather(
                *(self.user(n, client, keys[n % len(keys)]) for n in range(self.args.users))
            )
            return time.perf_counter() - started


def inputs(rng: random.Random, count: int) -> tuple[list[int], list[str]]:
    import re

    from claims.models import Claim

    low = Claim.objects.order_by("id").values_list("id", flat=True).first()
    high = Claim.objects.order_by("-id").values_list("id", flat=True).first()
    wanted = {rng.randint(low, high) for _ in range(count * 2)}
    rows = list(Claim.objects.filter(pk__in=wanted).values_list("id", "statement")[:count])
    word = re.compile(r"^[^\W\d_]{5,}$")
    queries = []
    for _pk, statement in rows[:200]:
        words = [w for w in re.split(r"[\s,.;:!?()«»\"']+", statement) if word.match(w)]
        if len(words) >= 2:
            queries.append(" ".join(rng.sample(words, 2)).lower())
    return [pk for pk, _s in rows], queries or ["inflation"]


def summarise(stats: dict[str, Stats], seconds: float) -> tuple[list[dict[str, object]], dict]:
    p = _server.percentile
    rows = []
    order = ["list", "search", "detail", "ingest", "lease", "transition", "release"]
    for name in sorted(stats, key=lambda n: order.index(n) if n in order else 99):
        s = stats[name]
        rows.append(
            {
                "name": name,
                "n": len(s.ms),
                "rps": len(s.ms) / seconds,
                "p50": p(s.ms, 50),
                "p95": p(s.ms, 95),
                "p99": p(s.ms, 99),
                "errors": s.errors,
                "statuses": ", ".join(f"{k}: {v}" for k, v in sorted(s.statuses.items())),
            }
        )
    total = sum(r["n"] for r in rows)  # type: ignore[misc]
    errors = sum(r["errors"] for r in rows)  # type: ignore[misc]
    overall = {
        "n": total,
        "rps": total / seconds,
        "errors": errors,
        "rate": errors / total if total else 0.0,
        "seconds": seconds,
    }
    return rows, overall


def table(rows: list[dict[str, object]], overall: dict) -> str:
    lines = [
        "| operation | requests | req/s | p50 | p95 | p99 | errors | statuses |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['n']} | {r['rps']:.1f} | {r['p50']:.0f} ms | "
            f"{r['p95']:.0f} ms | {r['p99']:.0f} ms | {r['errors']} | {r['statuses']} |"
        )
    lines.append(
        f"| **all** | {overall['n']} | {overall['rps']:.1f} | | | | {overall['errors']} "
        f"({overall['rate']:.2%}) | |"
    )
    return "\n".join(lines)


def section(rows, overall, *, command: str, claims: int, args: argparse.Namespace) -> str:
    from config import gunicorn as gunicorn_conf

    mix = ", ".join(f"{w} % {n}" for n, w in MIX)
    return "\n".join(
        [
            "## Load\n",
            f"- Command: `{command}`",
            f"- Date: {dt.date.today().isoformat()}",
            f"- Machine: {_server.machine()}, {_server.postgres_version()} on localhost, "
            "load generator on the same machine: gunicorn, PostgreSQL and the 50 clients "
            "share 2 cores, so throughput is a floor",
            f"- Table: {claims:,} claims (synthetic, `manage.py generate_corpus`)",
            f"- Server: gunicorn `config.wsgi` with `config/gunicorn.py`, {args.workers} "
            f"workers x {gunicorn_conf.threads} threads, production "
            "settings (DEBUG off, throttling lifted), REDIS_URL set and no Celery worker "
            "(an ingest is the web process's share: checks, article row, extraction message)",
            f"- Clients: {args.users} asyncio virtual users over keep-alive httpx, "
            f"{overall['seconds']:.1f} s (bounded by --seconds {args.seconds:g} and "
            f"--max-requests {args.max_requests}); mix: {mix} (propose and release each lease "
            "a claim first, counted as `lease`)",
            "- Error: a transport error or any status but the expected one (200; 202 for a "
            "new article; 204 for an empty queue); target 0",
            "",
            table(rows, overall),
            "",
            f"A worker serves one request per thread, so at most "
            f"{args.workers * gunicorn_conf.threads} are in "
            f"progress and the other clients wait their turn: latency under this "
            f"load is mostly queueing (Little's law: {args.users} clients / "
            f"{overall['rps']:.1f} req/s = {args.users / overall['rps']:.2f} s), and the "
            "single-request latencies are in the API section. Throughput is bounded by the "
            "2 cores that gunicorn, PostgreSQL, this load generator and the other jobs "
            "share. An ingest's slowest figures include each worker's first language "
            "detection (py3langid loads its model on first use). The extraction and "
            "notification messages the run sent stay in Redis for a worker to pick up.",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers (2-4)")
    parser.add_argument("--reviewers", type=int, default=10, help="reviewer accounts")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--write", type=Path, default=None, help="markdown file to update")
    args = parser.parse_args(argv)
    if not 2 <= args.workers <= 4:
        parser.error("--workers must be 2 to 4")
    if not 1 <= args.seconds <= 600 or not 1 <= args.users <= 200:
        parser.error("--seconds must be 1-600 and --users 1-200")
    logging.getLogger("httpx").setLevel(logging.WARNING)

    from django.conf import settings

    claims = _server.ensure_corpus(args.claims)
    ids, queries = inputs(random.Random(args.seed), 2000)
    keys, _editor, token_ids = _server.issue_keys("bench-load", reviewers=args.reviewers)
    run = Run(args, ids, queries)
    try:
        redis_url = settings.REDIS_URL or None
        with _server.Gunicorn(workers=args.workers, redis_url=redis_url) as server:
            print(
                f"{args.users} users for {args.seconds:g} s against {server.base} "
                f"({args.workers} workers, REDIS_URL={'set' if redis_url else 'unset: eager'})",
                flush=True,
            )
            seconds = asyncio.run(run.main(server.base, keys))
    finally:
        _server.revoke_keys(token_ids)
    rows, overall = summarise(run.stats, seconds)
    print(table(rows, overall))
    for name, s in run.stats.items():
        for example in s.examples:
            print(f"  {name} error: {example}")
    if args.write:
        command = "python benchmarks/load.py " + " ".join(
            argv if argv is not None else sys.argv[1:]
        )
        _server.write_section(
            args.write,
            "Load",
            section(rows, overall, command=command.strip(), claims=claims, args=args),
        )
        print(f"wrote {args.write}")
    return 0 if overall["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
