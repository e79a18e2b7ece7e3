"""The sweeps re-send what a lost message left behind, once per grace period: a message
that is only slow (still queued behind a backlog) is not copied again every round."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from claims.services import extraction_requeue_stale
from sources.models import Article
from tests.factories import ArticleFactory
from tests.worker import tasks_go_nowhere


@pytest.fixture
def messages_go_nowhere():
    """The rows stay as the sweep left them (tests.worker.tasks_go_nowhere)."""
    with tasks_go_nowhere():
        yield


@pytest.mark.django_db
def test_extraction_sweep_resends_a_lost_message_once_per_period(messages_go_nowhere, settings):
    settings.EXTRACTION_LOST_AFTER_SECONDS = 60
    long_ago = timezone.now() - dt.timedelta(hours=1)
    article = ArticleFactory(extraction_state=Article.ExtractionState.PENDING)
    Article.objects.filter(pk=article.pk).update(updated_at=long_ago)
    now = timezone.now()
    assert extraction_requeue_stale(now=now) == 1
    assert extraction_requeue_stale(now=now + dt.timedelta(seconds=5)) == 0  # just re-sent
    assert extraction_requeue_stale(now=now + dt.timedelta(seconds=61)) == 1  # lost again


@pytest.mark.django_db
def test_fetch_sweep_resends_a_lost_or_dead_fetch_once_per_period(messages_go_nowhere, settings):
    from sources.services import fetch_requeue_stale
    from sources.services.fetch import fetch_stale_after_seconds

    settings.FETCH_LOST_AFTER_SECONDS = 60
    settings.FETCH_TIMEOUT_SECONDS = 30  # a claim older than 2 x 30 + 30 s is a dead fetcher's
    long_ago = timezone.now() - dt.timedelta(hours=1)
    lost, dead = (
        Article.objects.create(url=url, text="", content_hash=None, extraction_state="fetching")
        for url in ("https://example.org/lost", "https://example.org/dead")
    )
    Article.objects.filter(pk=lost.pk).update(updated_at=long_ago)
    Article.objects.filter(pk=dead.pk).update(updated_at=long_ago, extraction_started_at=long_ago)
    now = timezone.now()
    assert fetch_requeue_stale(now=now) == 2
    # The dead fetcher's claim is gone: the re-sent message can claim the article.
    assert Article.objects.get(pk=dead.pk).extraction_started_at is None
    assert fetch_requeue_stale(now=now + dt.timedelta(seconds=5)) == 0  # just re-sent
    assert fetch_requeue_stale(now=now + dt.timedelta(seconds=61)) == 2  # lost again
    # A fetch that is running (claimed recently) is left alone.
    Article.objects.filter(pk=dead.pk).update(extraction_started_at=now + dt.timedelta(seconds=61))
    later = now + dt.timedelta(seconds=61 + fetch_stale_after_seconds() - 1)
    assert fetch_requeue_stale(now=later) == 1  # only the lost one
    assert Article.objects.get(pk=dead.pk).extraction_started_at is not None
