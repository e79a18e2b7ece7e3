"""article_extract against the real database: claims written once, failures recorded."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from claims.extraction import split_date_header
from claims.models import Appearance, Claim, ClaimChange
from claims.services import article_extract, article_retry_extraction, extraction_requeue_stale
from core.errors import DomainError, NotFound
from sources.models import Article
from sources.services import article_ingest
from tests.factories import ArticleFactory

State = Article.ExtractionState

TEXT = (
    "date 2023-03-14 La ministre de la Santé, Claire Martin, a déclaré mardi que le nombre "
    "de médecins généralistes avait baissé de 12 % en dix ans. Elle a promis que le "
    "gouvernement financerait 4 000 postes supplémentaires d'ici 2025.\n\n"
    "Selon l'Insee, plus de 1,1 million de personnes vivent dans un désert médical."
)


def counts() -> tuple[int, int]:
    return Claim.objects.count(), Appearance.objects.count()


@pytest.mark.django_db
def test_extraction_writes_claims_appearances_and_history_then_marks_done(settings):
    settings.REVIEW_QUEUE_THRESHOLD = 0.0  # everything extracted is queued
    article = article_ingest(text=TEXT).article  # eager task does not run: no commit in test
    outcome = article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert article.extraction_state == State.DONE and article.extracted_at is not None
    assert outcome.claims_created > 0 and outcome.appearances_created >= outcome.claims_created
    for appearance in Appearance.objects.filter(article=article):
        source_text = article.text[appearance.start : appearance.end]
        assert source_text and source_text in appearance.sentence
    assert set(Claim.objects.values_list("status", flat=True)) == {Claim.Status.QUEUED}
    assert (
        ClaimChange.objects.filter(field="status", after="queued").count() == Claim.objects.count()
    )
    assert "Claire Martin" in set(Claim.objects.values_list("speaker", flat=True))


@pytest.mark.django_db
def test_claims_below_threshold_stay_new(settings):
    settings.REVIEW_QUEUE_THRESHOLD = 1.01  # nothing is check-worthy enough
    article = article_ingest(text=TEXT).article
    article_extract(article_id=article.pk)
    assert set(Claim.objects.values_list("status", flat=True)) == {Claim.Status.NEW}
    assert Claim.objects.filter(queued_at__isnull=False).count() == 0


@pytest.mark.django_db
def test_running_twice_writes_nothing_new():
    article = article_ingest(text=TEXT).article
    article_extract(article_id=article.pk)
    before = counts()
    second = article_extract(article_id=article.pk)
    assert second.claims_created == 0 and second.skipped_reason == "article is done"
    assert counts() == before


@pytest.mark.django_db
def test_rerun_after_reset_to_pending_adds_no_duplicates():
    article = article_ingest(text=TEXT).article
    article_extract(article_id=article.pk)
    before = counts()
    Article.objects.filter(pk=article.pk).update(extraction_state=State.PENDING)
    again = article_extract(article_id=article.pk)
    assert again.state == State.DONE and again.claims_created == 0
    assert counts() == before


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_write_the_claims_once():
    # Built directly: article_ingest would commit and extract it eagerly before the race.
    article = ArticleFactory(text=split_date_header(TEXT).body, language="fr")
    barrier = threading.Barrier(2)
    outcomes = []

    def work():
        barrier.wait()
        try:
            outcomes.append(article_extract(article_id=article.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sorted(o.claims_created > 0 for o in outcomes) == [False, True]
    single = Article.objects.get(pk=article.pk)
    assert single.extraction_state == State.DONE and single.extraction_attempts == 1
    assert Appearance.objects.values("article", "start", "end", "claim").distinct().count() == (
        Appearance.objects.count()
    )


@pytest.mark.django_db
def test_unsupported_language_is_recorded_with_a_message():
    # Stored as French by mistake (e.g. a wrong language in the API call): the extractor
    # is asked for an unsupported language and the article says so instead of failing.
    article = article_ingest(text=TEXT).article
    Article.objects.filter(pk=article.pk).update(language="de")
    outcome = article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert outcome.state == State.UNSUPPORTED == article.extraction_state
    assert "de" in article.extraction_error
    assert counts() == (0, 0)


@pytest.mark.django_db
def test_retry_only_for_failed_or_unsupported_articles():
    article = article_ingest(text=TEXT).article
    with pytest.raises(DomainError, match="only failed or unsupported"):
        article_retry_extraction(article_id=article.pk)
    Article.objects.filter(pk=article.pk).update(
        extraction_state=State.FAILED, extraction_error="x"
    )
    assert article_retry_extraction(article_id=article.pk).pk == article.pk
    article.refresh_from_db()
    assert article.extraction_state == State.PENDING and article.extraction_error == ""
    with pytest.raises(NotFound):
        article_retry_extraction(article_id=article.pk + 1000)


@pytest.mark.django_db
def test_unknown_article_is_not_found():
    with pytest.raises(NotFound, match="does not exist"):
        article_extract(article_id=987654)


@pytest.mark.django_db
def test_sweep_returns_stuck_extractions_to_pending(settings):
    from django.utils import timezone

    settings.EXTRACTION_STALE_AFTER_SECONDS = 60
    article = article_ingest(text=TEXT).article
    long_ago = timezone.now() - timezone.timedelta(hours=1)
    Article.objects.filter(pk=article.pk).update(
        extraction_state=State.EXTRACTING, extraction_started_at=long_ago, updated_at=long_ago
    )
    # The eager "enqueue" runs the real task inline, so the swept article gets extracted.
    assert extraction_requeue_stale(now=timezone.now() + timezone.timedelta(minutes=2)) == 1
    article.refresh_from_db()
    assert article.extraction_state == State.DONE
    assert Claim.objects.exists()


@pytest.mark.django_db
def test_extractor_failure_leaves_a_failed_article_with_a_readable_error_then_retry():
    # Longer than spaCy accepts in one document (1,000,000 characters): ingestion refuses
    # such texts (ARTICLE_MAX_CHARS), but a row written before that limit, or by hand, must
    # fail cleanly rather than stay "extracting" forever.
    huge = "Le ministre a déclaré que le budget atteignait 3 milliards d'euros. " * 16_000
    article = ArticleFactory(text=huge, language="fr")
    outcome = article_extract(article_id=article.pk)
    article.refresh_from_db()
    assert outcome.state == State.FAILED == article.extraction_state
    assert (
        article.extraction_error.startswith("ValueError")
        and "max_length" in article.extraction_error
    )
    assert counts() == (0, 0)
    # An editor retries: back to pending, picked up again (eagerly here), fails the same way.
    article_retry_extraction(article_id=article.pk)
    article.refresh_from_db()
    assert article.extraction_state == State.PENDING
    assert article_extract(article_id=article.pk).state == State.FAILED
    article.refresh_from_db()
    assert article.extraction_attempts == 2


@pytest.mark.django_db
def test_batch_extraction_isolates_the_bad_article():
    from claims.services import articles_extract

    good = ArticleFactory(text=split_date_header(TEXT).body, language="fr")
    english = ArticleFactory(
        text="The mayor, Jane Doe, said the city spent $120 million on roads in 2023.",
        language="en",
    )
    german = ArticleFactory(text="Der Bürgermeister sagte, die Stadt habe gebaut.", language="de")
    done = ArticleFactory(language="fr", extraction_state=State.DONE)
    outcomes = articles_extract(article_ids=[good.pk, german.pk, english.pk, done.pk, 999999])
    assert [o.state for o in outcomes] == [
        State.DONE,
        State.UNSUPPORTED,
        State.DONE,
        State.DONE,
        "",
    ]
    assert outcomes[0].claims_created > 0 and outcomes[2].claims_created > 0
    assert outcomes[3].skipped_reason == "article is done"
    assert outcomes[4].skipped_reason == "does not exist"
    assert Claim.objects.filter(appearances__article=english, speaker="Jane Doe").exists()


@pytest.mark.django_db(transaction=True)
def test_ingest_command_extracts_in_batches(tmp_path, settings):
    import io

    from django.core.management import call_command

    for i in range(20):
        (tmp_path / f"{i:02}.txt").write_text(
            f"Le ministre Jean Dupont a déclaré que le chômage avait baissé de {i + 1} % en 2023."
        )
    call_command("ingest", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    assert Article.objects.filter(extraction_state=State.DONE).count() == 20
    assert Claim.objects.filter(speaker="Jean Dupont").count() == 20


@pytest.mark.django_db
def test_retrying_a_url_article_whose_fetch_failed_fetches_it_again():
    from claims.services import article_reextract
    from tests.factories import user_in_group

    article = Article.objects.create(
        url="https://example.org/gone",
        text="",
        content_hash=None,
        extraction_state=State.FAILED,
        extraction_error="HTTP 503",
    )
    assert article_retry_extraction(article_id=article.pk).extraction_state == State.FETCHING
    Article.objects.filter(pk=article.pk).update(extraction_state=State.FAILED)
    editor = user_in_group("editor")
    assert article_reextract(article_id=article.pk, actor=editor).extraction_state == State.FETCHING


REPEATED = (
    "date 2023-03-14 Le chômage a reculé de 0,3 point au dernier trimestre, selon l'Insee.\n\n"
    "Le gouvernement a salué ces chiffres.\n\n"
    "Le chômage a reculé de 0,3 point au dernier trimestre, selon l'Insee."
)


@pytest.mark.django_db
def test_a_claim_the_article_repeats_is_one_claim_with_two_appearances(settings):
    settings.REVIEW_QUEUE_THRESHOLD = 0.0
    article = article_ingest(text=REPEATED).article
    article_extract(article_id=article.pk)
    claim = Claim.objects.get(statement__contains="0,3 point")
    spans = sorted(claim.appearances.values_list("start", "end"))
    assert len(spans) == 2 and spans[0] != spans[1]
    for start, end in spans:
        assert "0,3 point" in article.text[start:end]
    assert claim.speaker == "Insee"
    assert "l'Insee" not in Claim.objects.get(statement__contains="salué").speaker
