"""Bulk ingest: what `manage.py ingest` (and the benchmark) run for each input.

Inputs are article text files, URLs, files listing URLs and JSON Lines records. Each input
is ingested on its own and ends as new, known or failed (with a reason code), so one bad line
never stops a run, and a second run after an interruption only does what is left: texts and
URLs already stored are "known"; URL articles still `fetching` or `failed` are fetched again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.extraction.header import DateHeaderError, PartialDate
from core.errors import DomainError
from sources.models import Article
from sources.services.fetch import article_fetch, fetch_release
from sources.services.ingest import IngestResult, article_ingest, read_article_file
from sources.services.source import source_get_or_create

State = Article.ExtractionState
TEXT_SUFFIXES = (".txt",)
URL_LIST_SUFFIXES = (".urls", ".url")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
RECORD_KEYS = frozenset({"text", "url", "title", "published", "source", "language"})
_URL_LINE = re.compile(r"^https?://\S+$", re.I)


@dataclass(frozen=True)
class BulkInput:
    """One thing to ingest; `label` names it in messages and in the failure report."""

    label: str
    text: str | None = None
    url: str | None = None
    record: dict[str, Any] | None = None
    path: Path | None = None  # a text file, read when processed (not while collecting)
    error: str = ""  # an input that was broken before it could be tried


@dataclass
class BulkOutcome:
    label: str
    status: str  # new | known | failed
    article: Article | None = None
    reason: str = ""
    message: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def collect_inputs(paths: list[str]) -> Iterator[BulkInput]:
    """Expand the command's arguments. Directories are walked (sorted, recursive) for text
    files, URL lists and JSON Lines; a .txt file whose every line is a URL is a URL list."""
    for raw in paths:
        if _URL_LINE.match(raw.strip()):
            yield BulkInput(label=raw.strip(), url=raw.strip())
            continue
        path = Path(raw)
        if path.is_dir():
            suffixes = TEXT_SUFFIXES + URL_LIST_SUFFIXES + JSONL_SUFFIXES
            for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes):
                if file.is_file():
                    yield from _inputs_of_file(file)
        elif path.exists():
            yield from _inputs_of_file(path)
        else:
            yield BulkInput(label=str(path), error=f"{path}: no such file or directory")


def _inputs_of_file(path: Path) -> Iterator[BulkInput]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_inputs(path)
    elif suffix in URL_LIST_SUFFIXES:
        yield from _url_list_inputs(path, _read_lines(path))
    else:
        yield BulkInput(label=str(path), path=path)


def _read_lines(path: Path) -> list[str] | None:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None


def _url_list_inputs(path: Path, lines: list[str] | None) -> Iterator[BulkInput]:
    if lines is None:
        yield BulkInput(label=str(path), error=f"{path}: cannot be read as UTF-8 text")
        return
    for number, line in enumerate(lines, start=1):
        line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
        if not line:
            continue
        label = f"{path}:{number}"
        if _URL_LINE.match(line):
            yield BulkInput(label=label, url=line)
        else:
            yield BulkInput(label=label, error=f"{label}: not an http(s) URL: {line[:100]!r}")


def _jsonl_inputs(path: Path) -> Iterator[BulkInput]:
    lines = _read_lines(path)
    if lines is None:
        yield BulkInput(label=str(path), error=f"{path}: cannot be read as UTF-8 text")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        label = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BulkInput(label=label, error=f"{label}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield BulkInput(label=label, error=f"{label}: a line must be a JSON object")
            continue
        yield BulkInput(label=label, record=record)


def ingest_input(item: BulkInput, *, ingested_by: Any = None) -> list[BulkOutcome]:
    """Ingest one input without waking any worker (the caller batches extraction). A text
    file that turns out to list URLs gives one outcome per URL."""
    if item.error:
        return [BulkOutcome(item.label, "failed", reason="invalid_input", message=item.error)]
    try:
        if item.path is not None:
            text = read_article_file(item.path)
            if _is_url_list(text):
                listed = _url_list_inputs(item.path, text.splitlines())
                return [out for sub in listed for out in ingest_input(sub, ingested_by=ingested_by)]
            result = article_ingest(text=text, ingested_by=ingested_by, enqueue=False)
            return [_outcome(item.label, result)]
        if item.record is not None:
            return [_ingest_record(item, ingested_by)]
        return [_ingest_url(item.label, url=item.url or "", ingested_by=ingested_by)]
    except DomainError as exc:
        message = (
            exc.message if exc.message.startswith(item.label) else f"{item.label}: {exc.message}"
        )
        return [BulkOutcome(item.label, "failed", reason=exc.code, message=message)]


def _is_url_list(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines()]
    listed = [line for line in lines if line and not line.startswith("#")]
    return bool(listed) and all(_URL_LINE.match(line) for line in listed)


def _ingest_record(item: BulkInput, ingested_by: Any) -> BulkOutcome:
    record = item.record or {}
    unknown = sorted(set(record) - RECORD_KEYS)
    if unknown:
        raise DomainError(f"unknown keys {', '.join(unknown)} (allowed: {sorted(RECORD_KEYS)})")
    text, url = record.get("text"), record.get("url")
    if not isinstance(text, str | None) or not isinstance(url, str | None):
        raise DomainError("'text' and 'url' must be strings")
    if not (text or "").strip() and not (url or "").strip():
        raise DomainError("a record needs 'text' or 'url'", code="empty")
    published = None
    if record.get("published"):
        try:
            published = PartialDate.parse(str(record["published"]).strip()[:10])
        except DateHeaderError as exc:
            raise DomainError(f"published: {exc}") from None
    source = None
    if record.get("source"):
        source = source_get_or_create(name=str(record["source"]))
    options = {
        "title": str(record.get("title") or ""),
        "language": str(record.get("language") or "") or None,
        "published": published,
        "source": source,
    }
    if (text or "").strip():
        result = article_ingest(
            text=text, url=url or None, ingested_by=ingested_by, enqueue=False, **options
        )
        return _outcome(item.label, result)
    return _ingest_url(item.label, url=url or "", ingested_by=ingested_by, **options)


def _ingest_url(label: str, *, url: str, ingested_by: Any, **options: Any) -> BulkOutcome:
    result = article_ingest(url=url, ingested_by=ingested_by, enqueue=False, **options)
    article = result.article
    if article.extraction_state != State.FETCHING:
        return _outcome(label, result)
    try:
        fetched = article_fetch(article_id=article.pk, enqueue=False)
    except BaseException:
        fetch_release(article_id=article.pk)
        raise
    article.refresh_from_db()
    if fetched.skipped_reason:
        # Another fetcher holds it (a worker, or a run still going): it is not ours to do.
        return BulkOutcome(label, "known", article, message=f"{label}: being fetched elsewhere")
    if fetched.state == State.FAILED:
        return BulkOutcome(
            label,
            "failed",
            article,
            reason=fetched.error_code,
            message=f"{label}: {fetched.error}",
            extra={"url": article.url, "article_id": article.pk},
        )
    if fetched.duplicate_of is not None:
        original = Article.objects.get(pk=fetched.duplicate_of)
        return BulkOutcome(label, "known", original, message=f"{label}: same text as {original.pk}")
    return BulkOutcome(label, "new", article)


def _outcome(label: str, result: IngestResult) -> BulkOutcome:
    return BulkOutcome(label, "new" if result.created else "known", result.article)
