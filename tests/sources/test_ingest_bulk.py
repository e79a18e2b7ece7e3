"""manage.py ingest with URLs, URL lists, JSON Lines and mixed directories."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sources.models import Article, Source

pytestmark = pytest.mark.django_db
State = Article.ExtractionState
FR = "Le gouvernement a annoncé 2 milliards d'euros d'aide aux agriculteurs en 2023."
EN = "The minister said that unemployment fell to 3.4 percent in January, a record low."


def run(*args: str) -> tuple[str, str, bool]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *args, stdout=out, stderr=err)
    except CommandError:
        return out.getvalue(), err.getvalue(), False
    return out.getvalue(), err.getvalue(), True


def report(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_url_argument_is_fetched_and_stored(local_fetching):
    out, _, ok = run(f"{local_fetching}/fr/article")
    assert ok and "1 new, 0 already known, 0 failed" in out
    article = Article.objects.get()
    assert article.extraction_state in {State.PENDING, State.DONE, State.EXTRACTING}
    assert "10 000 infirmiers" in article.text
    assert not Path("ingest-failures.jsonl").exists()


def test_url_list_with_comments_and_failures_writes_a_report(local_fetching, tmp_path):
    urls = tmp_path / "links.urls"
    urls.write_text(
        "# morning list\n"
        f"{local_fetching}/fr/article\n"
        "\n"
        f"{local_fetching}/en/article?utm_source=rss  \n"
        f"{local_fetching}/missing\n"
        f"{local_fetching}/report.pdf\n"
        "not a url\n"
    )
    out, err, ok = run(str(urls))
    assert not ok
    assert "2 new, 0 already known, 3 failed" in out
    rows = report(tmp_path / "ingest-failures.jsonl")
    assert [(r["input"], r["reason"]) for r in rows] == [
        (f"{urls}:5", "http_error"),
        (f"{urls}:6", "not_html"),
        (f"{urls}:7", "invalid_input"),
    ]
    assert rows[0]["url"] == f"{local_fetching}/missing"
    assert err.count("error: ") == 3


def test_second_run_only_does_what_is_left(local_fetching, tmp_path, server_hits):
    urls = tmp_path / "links.txt"  # a .txt of URLs is a URL list, not an article
    urls.write_text(f"{local_fetching}/fr/article\n{local_fetching}/en/article\n")
    out, _, ok = run(str(urls))
    assert ok and "2 new" in out
    fetched = len(server_hits)
    out, _, ok = run(str(urls))
    assert ok and "0 new, 2 already known, 0 failed" in out
    assert len(server_hits) == fetched  # nothing fetched again


def test_interrupted_fetch_is_done_by_the_next_run(local_fetching):
    from sources.services import article_ingest

    # What a run killed between storing the URL and fetching it leaves behind.
    article_ingest(url=f"{local_fetching}/en/article", enqueue=False)
    out, _, ok = run(f"{local_fetching}/en/article")
    assert ok and "1 new" in out
    assert Article.objects.get().extraction_state != State.FETCHING


def test_jsonl_records_with_text_url_source_and_dates(local_fetching, tmp_path):
    records = tmp_path / "batch.jsonl"
    lines = [
        {"text": FR, "title": "Aides", "published": "2023-04", "source": "Le Quotidien"},
        {"url": f"{local_fetching}/en/bikes", "source": "Local News", "language": "en"},
        {"text": EN, "published": "2024-02-03", "source": "le quotidien"},
        {"title": "nothing to ingest"},
        {"text": FR, "colour": "blue"},
        "just a string",
    ]
    records.write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n{broken json\n# a comment\n", encoding="utf-8"
    )
    out, _, ok = run(str(records), "--report", str(tmp_path / "failed.jsonl"))
    assert not ok and "3 new, 0 already known, 4 failed" in out
    aides = Article.objects.get(title="Aides")
    assert aides.published_display == "2023-04" and aides.source.name == "Le Quotidien"
    assert Article.objects.get(url__endswith="/en/bikes").source.name == "Local News"
    assert Source.objects.filter(name__iexact="le quotidien").count() == 1
    reasons = {
        r["input"].rsplit(":", 1)[1]: r["message"] for r in report(tmp_path / "failed.jsonl")
    }
    assert "needs 'text' or 'url'" in reasons["4"]
    assert "unknown keys colour" in reasons["5"]
    assert "JSON object" in reasons["6"]
    assert "not valid JSON" in reasons["7"]


def test_mixed_directory(local_fetching, tmp_path):
    (tmp_path / "a.txt").write_text(FR)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.txt").write_text(EN)
    (tmp_path / "more" / "links.urls").write_text(f"{local_fetching}/fr/article\n")
    (tmp_path / "more" / "c.jsonl").write_text(json.dumps({"url": f"{local_fetching}/gallery"}))
    (tmp_path / "ignored.md").write_text("# not an input")
    out, _, ok = run(str(tmp_path))
    assert not ok and "3 new, 0 already known, 1 failed" in out
    [row] = report(tmp_path / "ingest-failures.jsonl")
    assert row["reason"] == "no_text"


def test_explicit_report_path_is_written_even_when_nothing_failed(tmp_path):
    (tmp_path / "a.txt").write_text(FR)
    _out, _, ok = run(str(tmp_path / "a.txt"), "--report", str(tmp_path / "r.jsonl"))
    assert ok and (tmp_path / "r.jsonl").read_text() == ""


def test_refused_address_in_bulk_is_reported(settings, tmp_path):
    settings.SSRF_ALLOWED_HOSTS = []
    out, _, ok = run("http://169.254.169.254/latest/meta-data/")
    assert not ok and "1 failed" in out
    [row] = report(tmp_path / "ingest-failures.jsonl")
    assert row["reason"] == "refused_address"
    assert not Article.objects.exists()
