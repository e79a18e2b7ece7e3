"""The sweeps re-send what a lost message left behind, once per grace period: a message
that is only slow (still queued behind a backlog) is not copied again every round."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from claims.services import extraction_requeue_stale
from sources.models import Article
from tests.factories import ArticleFactory


@pytest.fixture
def messages_go_nowhere():
    """Enqueue for real, into Celery's in-memory broker with no worker: the rows stay as
    the sweep left them."""
    from config.celery import app

    eager, broker = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager, app.conf.broker_url = False, "memory://"
    yield
    app.conf.task_always_eager, app.conf.broker_url = eager, broker


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
