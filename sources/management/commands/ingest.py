"""python manage.py ingest PATH|URL [...]: text files, URLs, URL lists, JSON Lines, directories.

See docs/ingestion.md for the formats. Idempotent: a second run reports what is stored as
"already known" and only does what is left.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources.hooks import announce_pending
from sources.models import Article
from sources.services.bulk import BulkOutcome, collect_inputs, ingest_input

# Below this many inputs a progress bar is noise; above it, people want to see progress.
PROGRESS_BAR_FROM = 10
# Articles per extraction message: large enough for spaCy's nlp.pipe to pay off, small
# enough that one message is a few seconds of work on a worker.
EXTRACTION_BATCH = 16
DEFAULT_REPORT = "ingest-failures.jsonl"


class Command(BaseCommand):
    help = (
        "Ingest articles: .txt files (one article each), http(s) URLs, files listing URLs "
        "(one a line, # comments), JSON Lines ({text|url, title, published, source, "
        "language}) and directories of those."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH|URL")
        parser.add_argument(
            "--report",
            metavar="PATH",
            help=f"Where to write failures as JSON Lines (default: ./{DEFAULT_REPORT}, "
            "written only when something failed).",
        )

    def handle(self, *args, paths: list[str], report: str | None = None, **options):
        inputs = list(collect_inputs(paths))
        counts = {"new": 0, "known": 0, "failed": 0}
        failures: list[BulkOutcome] = []
        show_bar = len(inputs) >= PROGRESS_BAR_FROM
        batch: list[int] = []
        bar = tqdm(inputs, disable=not show_bar, unit="input", file=self.stderr)
        try:
            for item in bar:
                for outcome in ingest_input(item):
                    counts[outcome.status] += 1
                    if outcome.status == "failed":
                        failures.append(outcome)
                        self.stderr.write(f"error: {outcome.message}")
                        continue
                    article = outcome.article
                    assert article is not None
                    if article.extraction_state == Article.ExtractionState.PENDING:
                        batch.append(article.pk)
                    if len(batch) >= EXTRACTION_BATCH:
                        announce_pending(batch)
                        batch = []
                    if not show_bar:
                        verb = "ingested" if outcome.status == "new" else "already known"
                        self.stdout.write(
                            f"{verb}: {outcome.label} → article {article.pk} "
                            f"({article.extraction_state})"
                        )
                if show_bar:
                    bar.set_postfix(counts, refresh=False)
        finally:
            # Interrupted or not: what was stored gets extracted, and failures are on record.
            announce_pending(batch)
            self._write_report(report, failures)
        self.stdout.write(
            f"{counts['new']} new, {counts['known']} already known, {counts['failed']} failed"
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {sum(counts.values())} inputs failed")

    def _write_report(self, report: str | None, failures: list[BulkOutcome]) -> None:
        if not failures and report is None:
            return
        path = Path(report or DEFAULT_REPORT)
        with path.open("w", encoding="utf-8") as out:
            for failure in failures:
                row = {
                    "input": failure.label,
                    "reason": failure.reason,
                    "message": failure.message,
                    **failure.extra,
                }
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        if failures:
            self.stdout.write(f"{len(failures)} failure(s) written to {path}")
