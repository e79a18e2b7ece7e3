"""python manage.py ingest PATH [PATH ...]: text files and directories of them."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from core.errors import DomainError
from sources.models import Article
from sources.services import article_ingest_file, enqueue_extraction_batch

# Below this many files a progress bar is noise; above it, people want to see progress.
PROGRESS_BAR_FROM = 10
# Articles per extraction message: large enough for spaCy's nlp.pipe to pay off, small
# enough that one message is a few seconds of work on a worker.
EXTRACTION_BATCH = 16


def collect_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Expand directories into their .txt files (sorted, recursive). Missing paths are errors."""
    files: list[Path] = []
    errors: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or directory")
    return files, errors


class Command(BaseCommand):
    help = "Ingest articles from .txt files or directories; each file is one article."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths: list[str], **options):
        files, errors = collect_files(paths)
        counts = {"new": 0, "known": 0, "failed": len(errors)}
        for message in errors:
            self.stderr.write(f"error: {message}")
        show_bar = len(files) >= PROGRESS_BAR_FROM
        batch: list[int] = []
        for path in tqdm(files, disable=not show_bar, unit="file", file=self.stderr):
            try:
                result = article_ingest_file(path=path, enqueue=False)
            except DomainError as exc:
                counts["failed"] += 1
                self.stderr.write(f"error: {exc.message}")
                continue
            counts["new" if result.created else "known"] += 1
            if result.article.extraction_state == Article.ExtractionState.PENDING:
                batch.append(result.article.pk)
            if len(batch) >= EXTRACTION_BATCH:
                enqueue_extraction_batch(batch)
                batch = []
            if not show_bar:
                verb = "ingested" if result.created else "already known"
                self.stdout.write(
                    f"{verb}: {path} → article {result.article.pk} "
                    f"({result.article.extraction_state})"
                )
        enqueue_extraction_batch(batch)
        self.stdout.write(
            f"{counts['new']} new, {counts['known']} already known, {counts['failed']} failed"
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {len(files) + len(errors)} inputs failed")
