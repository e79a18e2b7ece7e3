"""URL articles end to end against a real local HTTP server: fetch, extract, store, fail."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from core.errors import DomainError
from sources.fetching import extract_article, fetch_page
from sources.models import Article
from sources.services import article_fetch, article_ingest, article_refetch, fetch_requeue_stale

pytestmark = pytest.mark.django_db
State = Article.ExtractionState


def ingest_and_fetch(url: str) -> Article:
    result = article_ingest(url=url, enqueue=False)
    assert result.article.extraction_state == State.FETCHING
    article_fetch(article_id=result.article.pk, enqueue=False)
    return Article.objects.get(pk=result.article.pk)


def test_french_article_main_text_metadata_without_boilerplate(local_fetching):
    article = ingest_and_fetch(f"{local_fetching}/fr/article")
    assert article.extraction_state == State.PENDING
    assert "2 milliards d'euros" in article.text and "10 000 infirmiers" in article.text
    for noise in ("PUBLICITÉ", "Accueil", "Commentaire-spam", "crypto", "Mentions légales"):
        assert noise not in article.text
    assert article.title.startswith("Budget : le gouvernement promet 2 milliards")
    assert article.author == "Claire Martin"
    assert (article.published_on, article.published_precision) == (dt.date(2023, 3, 14), "day")
    assert article.language == "fr"
    assert article.content_hash and len(article.content_hash) == 64
    assert article.text_origin == Article.TextOrigin.FETCHED


def test_english_article_with_json_ld_date(local_fetching):
    article = ingest_and_fetch(f"{local_fetching}/en/article")
    assert article.language == "en"
    assert "517,000 jobs" in article.text
    assert "ADVERTISEMENT" not in article.text and "free money" not in article.text
    assert article.published_on == dt.date(2024, 2, 3)
    assert article.author == "John Smith"


def test_time_tag_date_and_xhtml_content_type(local_fetching):
    article = ingest_and_fetch(f"{local_fetching}/en/bikes")
    assert article.extraction_state == State.PENDING
    assert "protected bike lanes" in article.text
    assert article.published_on == dt.date(2021, 6, 17)


def test_declared_charset_is_honoured(local_fetching):
    article = ingest_and_fetch(f"{local_fetching}/latin1")
    assert "ministre de la Santé" in article.text


def test_given_metadata_wins_over_the_page(local_fetching):
    from claims.extraction.header import PartialDate

    result = article_ingest(
        url=f"{local_fetching}/fr/article",
        title="Mon titre",
        published=PartialDate(2023, 3),
        enqueue=False,
    )
    article_fetch(article_id=result.article.pk, enqueue=False)
    article = Article.objects.get(pk=result.article.pk)
    assert article.title == "Mon titre"
    assert (article.published_on, article.published_precision) == (dt.date(2023, 3, 1), "month")


def test_redirect_chain_is_followed_and_the_ingested_url_is_kept(local_fetching, server_hits):
    page = fetch_page(f"{local_fetching}/chain/1")
    assert page.url.endswith("/en/article?utm_source=x")
    assert server_hits == ["/chain/1", "/chain/2", "/chain/3", "/en/article?utm_source=x"]
    article = ingest_and_fetch(f"{local_fetching}/chain/1")
    assert article.url == f"{local_fetching}/chain/1"
    assert "517,000 jobs" in article.text


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "http_error"),
        ("/server-error", "http_error"),
        ("/report.pdf", "not_html"),
        ("/binary-as-html", "not_html"),
        ("/huge", "too_large"),
        ("/huge-unannounced", "too_large"),
        ("/slow", "timeout"),
        ("/loop", "too_many_redirects"),
        ("/gallery", "no_text"),
        ("/to-metadata", "refused_address"),
        ("/to-private", "refused_address"),
        ("/to-ftp", "refused_address"),
    ],
)
def test_failures_are_stored_with_their_reason(local_fetching, path, reason):
    article = ingest_and_fetch(f"{local_fetching}{path}")
    assert article.extraction_state == State.FAILED
    assert f"[{reason}]" in article.extraction_error
    assert article.text == "" and article.content_hash is None


def test_404_message_names_the_status(local_fetching):
    with pytest.raises(DomainError, match="HTTP 404") as err:
        fetch_page(f"{local_fetching}/missing")
    assert err.value.code == "http_error"


def test_redirect_to_private_address_is_refused_before_any_connection(local_fetching, server_hits):
    with pytest.raises(DomainError) as err:
        fetch_page(f"{local_fetching}/to-metadata")
    assert err.value.code == "refused_address" and "169.254.169.254" in err.value.message
    assert server_hits == ["/to-metadata"]


def test_local_server_is_refused_when_not_allowed(settings, page_server, server_hits):
    settings.SSRF_ALLOWED_HOSTS = []
    article = ingest_and_fetch(f"{page_server.replace('127.0.0.1', 'localhost')}/fr/article")
    assert article.extraction_state == State.FAILED
    assert "[refused_address]" in article.extraction_error
    assert server_hits == []


def test_numeric_private_url_is_refused_at_ingest(settings):
    settings.SSRF_ALLOWED_HOSTS = []
    for url in ("http://127.0.0.1/a", "http://2130706433/", "http://[::1]/", "http://10.1.2.3/"):
        with pytest.raises(DomainError) as err:
            article_ingest(url=url)
        assert err.value.code == "refused_address", url
    assert not Article.objects.exists()


def test_same_url_under_two_links_is_one_article(local_fetching):
    first = article_ingest(url=f"{local_fetching}/fr/article?utm_source=tw&fbclid=1#top")
    second = article_ingest(url=f"HTTP://127.0.0.1:{local_fetching.rsplit(':', 1)[1]}/fr/article")
    assert first.created and not second.created
    assert first.article.pk == second.article.pk
    assert first.article.url == f"{local_fetching}/fr/article"


def test_same_text_at_another_url_becomes_a_pointer_to_the_first(local_fetching):
    original = ingest_and_fetch(f"{local_fetching}/fr/article")
    copy = ingest_and_fetch(f"{local_fetching}/fr/article-copy")
    assert copy.duplicate_of_id == original.pk
    assert copy.extraction_state == State.DONE and copy.text == ""
    again = article_ingest(url=f"{local_fetching}/fr/article-copy")
    assert not again.created and again.article.pk == original.pk


def test_pasted_text_matching_a_fetched_article_is_known(local_fetching):
    fetched = ingest_and_fetch(f"{local_fetching}/en/article")
    pasted = article_ingest(text=fetched.text)
    assert not pasted.created and pasted.article.pk == fetched.pk


def test_pasted_text_fills_a_failed_url_article(local_fetching):
    failed = ingest_and_fetch(f"{local_fetching}/missing")
    text = "Le ministre a déclaré que le chômage avait baissé de 3 % en un an, selon l'Insee."
    result = article_ingest(text=text, url=f"{local_fetching}/missing", enqueue=False)
    assert result.article.pk == failed.pk
    failed.refresh_from_db()
    assert failed.extraction_state == State.PENDING and failed.text == text
    assert failed.text_origin == Article.TextOrigin.SUPPLIED


def test_fetch_twice_fetches_once(local_fetching, server_hits):
    article = ingest_and_fetch(f"{local_fetching}/fr/article")
    outcome = article_fetch(article_id=article.pk, enqueue=False)
    assert outcome.skipped_reason == "article is pending"
    assert server_hits == ["/fr/article"]


def test_a_fetch_claimed_by_someone_else_is_not_fetched_again(local_fetching, server_hits):
    from django.utils import timezone

    article = article_ingest(url=f"{local_fetching}/fr/article", enqueue=False).article
    Article.objects.filter(pk=article.pk).update(extraction_started_at=timezone.now())
    outcome = article_fetch(article_id=article.pk, enqueue=False)
    assert outcome.skipped_reason == "article is fetching"
    assert server_hits == []


def test_failed_url_ingested_again_is_fetched_again(local_fetching):
    failed = ingest_and_fetch(f"{local_fetching}/slow")
    assert failed.extraction_state == State.FAILED
    again = article_ingest(url=f"{local_fetching}/slow", enqueue=False)
    assert not again.created and again.article.extraction_state == State.FETCHING
    assert again.article.extraction_error == ""


def test_refetch_only_failed_url_articles(local_fetching):
    failed = ingest_and_fetch(f"{local_fetching}/missing")
    assert article_refetch(article_id=failed.pk).pk == failed.pk
    assert Article.objects.get(pk=failed.pk).extraction_state == State.FETCHING
    with pytest.raises(DomainError, match="only URL articles whose fetch failed"):
        article_refetch(article_id=failed.pk)


def test_sweep_resends_fetches_whose_message_was_lost(local_fetching):
    from django.utils import timezone

    article = article_ingest(url=f"{local_fetching}/fr/article", enqueue=False).article
    later = timezone.now() + dt.timedelta(minutes=5)
    assert fetch_requeue_stale(now=later) == 1  # eager: the task ran in-process
    assert Article.objects.get(pk=article.pk).extraction_state == State.PENDING


def test_fetch_task_runs_the_service(local_fetching):
    from sources.tasks import fetch_article

    article = article_ingest(url=f"{local_fetching}/en/article", enqueue=False).article
    result = fetch_article.apply(args=[article.pk]).get()
    assert result["state"] == State.PENDING and result["error_code"] == ""


def test_database_refuses_a_text_less_article_without_url():
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(text="", content_hash=None, extraction_state=State.PENDING)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(
            url="https://a.example/", text="", content_hash=None, extraction_state=State.PENDING
        )


def test_extract_article_reports_no_text_for_an_empty_page():
    from sources.fetching import FetchedPage

    page = FetchedPage(
        "http://x.example/", 200, "text/html", "utf-8", b"<html><body></body></html>"
    )
    with pytest.raises(DomainError) as err:
        extract_article(page)
    assert err.value.code == "no_text"
