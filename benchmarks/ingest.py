"""Throughput of bulk ingest (`manage.py ingest DIR`) against a raw psycopg INSERT.

    .venv/bin/python benchmarks/ingest.py [--n 10000] [--write docs/benchmarks.md]

Generates N article text files in a temporary directory, runs the ingest command on them
(reading, validation, date header, language detection, content hash, dedupe lookups, one
INSERT per article, extraction batching), then inserts the very same rows with psycopg's
executemany in one transaction: the floor any ingest path could reach on this database.
Extraction itself is not measured here (benchmarks/extraction.py does that): the batches
the command would send are counted, not sent.

Runs in a throw-away test database (test_<name>) created and dropped by the script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402
from _report import write_section  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

FR = (
    "date 2023-{m:02d} Le ministre {n} a déclaré que le chômage avait baissé de {p} % en un an. "
    "Selon l'Insee, {k} emplois ont été créés dans la région, un chiffre contesté par "
    "l'opposition qui parle d'un effet d'annonce avant les élections."
)
EN = (
    "Senator {n} said on Tuesday that inflation had fallen to {p} percent, the lowest level "
    "in {k} months. Economists cautioned that energy prices could push it up again."
)


def generate(directory: Path, n: int) -> None:
    for i in range(n):
        template = FR if i % 2 else EN
        text = template.format(m=i % 12 + 1, n=i, p=i % 97 / 10, k=1000 + i)
        (directory / f"{i:06d}.txt").write_text(text, encoding="utf-8")


def run(n: int) -> dict[str, float]:
    from sources.management.commands import ingest as ingest_command
    from sources.models import Article

    sent: list[int] = []
    ingest_command.announce_pending = lambda ids: sent.extend(ids)  # count, not send
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        generate(directory, n)
        started = time.perf_counter()
        out = io.StringIO()
        call_command("ingest", str(directory), stdout=out, stderr=io.StringIO())
        service_seconds = time.perf_counter() - started
    assert f"{n} new" in out.getvalue(), out.getvalue()
    rows = list(
        Article.objects.values_list(
            "text", "content_hash", "language", "published_on", "published_precision"
        )
    )
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE sources_article CASCADE")
    insert = (
        "INSERT INTO sources_article (text, content_hash, language, published_on, "
        "published_precision, title, author, extraction_state, extraction_error, "
        "extraction_attempts, created_at, updated_at) "
        "VALUES (%s, %s, %s, %s, %s, '', '', 'pending', '', 0, now(), now())"
    )
    raw = connection.connection  # the psycopg connection underneath
    started = time.perf_counter()
    with raw.transaction(), raw.cursor() as cursor:
        cursor.executemany(insert, rows)
    raw_seconds = time.perf_counter() - started
    return {
        "files": n,
        "service_fps": n / service_seconds,
        "raw_fps": n / raw_seconds,
        "ratio": raw_seconds / service_seconds,
        "service_seconds": service_seconds,
        "raw_seconds": raw_seconds,
        "batched": len(sent),
    }


def _section(figures: dict[str, float], command: str) -> str:
    return (
        "## Ingest\n\n"
        f"Measured {dt.date.today().isoformat()} with `{command}` on this project's "
        f"development machine ({os.cpu_count()} cores), PostgreSQL on localhost.\n\n"
        "| path | files | seconds | files/s |\n| --- | ---: | ---: | ---: |\n"
        f"| `manage.py ingest DIR` (service path) | {figures['files']:.0f} | "
        f"{figures['service_seconds']:.1f} | {figures['service_fps']:.0f} |\n"
        f"| raw psycopg `executemany` INSERT, one transaction (baseline) | "
        f"{figures['files']:.0f} | {figures['raw_seconds']:.2f} | {figures['raw_fps']:.0f} |\n\n"
        f"The service path runs at {figures['ratio']:.1%} of the raw INSERT. The gap is "
        "per-file work the baseline skips: reading and validating each file, language "
        "detection (py3langid), a dedupe lookup and one committed transaction per "
        "article (so an interrupted run keeps what it stored), plus extraction batching "
        f"({figures['batched']:.0f} article ids handed to batches).\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000, help="number of files")
    parser.add_argument("--write", type=Path, default=None, help="markdown file to update")
    args = parser.parse_args(argv)
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        figures = run(args.n)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(f"files: {figures['files']:.0f}")
    print(f"ingest command (service path): {figures['service_fps']:.0f} files/s")
    print(f"raw psycopg INSERT baseline: {figures['raw_fps']:.0f} files/s")
    print(f"service / baseline: {figures['ratio']:.1%}")
    if args.write:
        command = "python benchmarks/ingest.py " + " ".join(
            argv if argv is not None else sys.argv[1:]
        )
        write_section(args.write, "Ingest", _section(figures, command.strip()))
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
