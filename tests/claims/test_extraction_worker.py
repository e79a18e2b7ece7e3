"""Extraction through a real Celery worker and a real Redis broker."""

from __future__ import annotations

import pytest

from claims.models import Appearance, Claim
from claims.tasks import extract_claims
from sources.models import Article
from sources.services import article_ingest
from tests.worker import celery_worker, wait_for

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True), pytest.mark.timeout(240)]

TEXT = (
    "date 2024-05-21 Le maire de Lyon, Paul Durand, a affirmé lundi que la ville avait planté "
    "plus de 30 000 arbres depuis 2020. Selon lui, la température moyenne a baissé de 2 degrés "
    "dans les quartiers concernés."
)
LATER = "The mayor said that the city had built 310 new homes in 2023, up from 120 in 2022."


def test_ingest_on_commit_reaches_the_worker_and_a_duplicate_message_changes_nothing(redis_url):
    with celery_worker(redis_url):
        article = article_ingest(text=TEXT).article  # commits; on_commit sends the task
        done = wait_for(
            lambda: Article.objects.filter(pk=article.pk, extraction_state="done").exists()
        )
        assert done
        claims, appearances = Claim.objects.count(), Appearance.objects.count()
        assert claims > 0
        # The broker may deliver a message twice; the second run must write nothing.
        extract_claims.delay(article.pk)
        extract_claims.delay(article.pk)
        # One solo worker takes the queue in order: once a later article is done, the two
        # duplicates before it have run.
        later = article_ingest(text=LATER).article
        wait_for(lambda: Article.objects.filter(pk=later.pk, extraction_state="done").exists())
        first_claims = Claim.objects.filter(appearances__article=article).distinct().count()
        assert first_claims == claims
        assert Appearance.objects.filter(article=article).count() == appearances
        assert Article.objects.get(pk=article.pk).extraction_attempts == 1
