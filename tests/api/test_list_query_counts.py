"""Every list endpoint runs a fixed number of queries: the same for 1 row and for 50.

Each row gets related objects of its own (its own article, source, user, event …), so a
relation read per row would show up as 49 more queries on the larger page. The pinned
counts include the API-key lookup (one query, with the caller's groups).
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from claims.models import ClaimStatus
from matching.models import DuplicateSuggestion
from notifications.models import Delivery, Event, Notification, WebhookEndpoint
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    ClaimChangeFactory,
    ClaimFactory,
    EvidenceFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
ROWS = 60


def _claims(client):
    for _ in range(ROWS):
        ClaimChangeFactory(claim=AppearanceFactory(claim__assignee=UserFactory()).claim)
    return "/api/v1/claims/"


def _search(client):
    for n in range(ROWS):
        AppearanceFactory(claim__statement=f"Le chômage a baissé de {n} % selon l'Insee")
    return "/api/v1/claims/?q=chomage"


def _articles(client):
    for _ in range(ROWS):
        AppearanceFactory(article=ArticleFactory(source=SourceFactory()))
    return "/api/v1/articles/"


def _sources(client):
    SourceFactory.create_batch(ROWS)
    return "/api/v1/sources/"


def _evidence(client):
    for _ in range(ROWS):
        EvidenceFactory(added_by=UserFactory(), article=ArticleFactory())
    return "/api/v1/evidence/"


def _claimreviews(client):
    now = timezone.now()
    for n in range(ROWS):
        claim = AppearanceFactory(article=ArticleFactory(source=SourceFactory())).claim
        claim.status, claim.verdict = ClaimStatus.PUBLISHED, "false"
        claim.published_at = now - dt.timedelta(minutes=n)
        claim.save()
    return "/api/v1/claimreviews/"


def _suggestions(client):
    for _ in range(ROWS):
        DuplicateSuggestion.objects.create(
            claim=ClaimFactory(), candidate=ClaimFactory(), score=0.8, decided_by=UserFactory()
        )
    return "/api/v1/duplicate-suggestions/"


def _notifications(client):
    for _ in range(ROWS):
        claim = ClaimFactory()
        event = Event.objects.create(kind="claim.queued", claim=claim, payload={"actor": None})
        Notification.objects.create(user=client.user, event=event)
    return "/api/v1/notifications/"


def _webhooks(client):
    for n in range(ROWS):
        WebhookEndpoint.objects.create(
            url=f"https://hooks{n}.example.org/in",
            events=["claim.queued"],
            secret="whsec_" + "A" * 32,
            created_by=UserFactory(),
        )
    return "/api/v1/webhooks/"


def _deliveries(client):
    endpoint = WebhookEndpoint.objects.create(
        url="https://hooks.example.org/in", events=["claim.queued"], secret="whsec_" + "A" * 32
    )
    later = timezone.now() + dt.timedelta(days=3)
    for _ in range(ROWS):
        event = Event.objects.create(kind="claim.queued", claim=ClaimFactory(), payload={})
        Delivery.objects.create(
            event=event,
            channel="webhook",
            endpoint=endpoint,
            next_attempt_at=timezone.now(),
            give_up_at=later,
        )
    return f"/api/v1/webhooks/{endpoint.pk}/deliveries/"


LISTS = {
    "claims": (_claims, 2),
    "claims search": (_search, 2),
    "articles": (_articles, 2),
    "sources": (_sources, 2),
    "evidence": (_evidence, 2),
    "claimreviews": (_claimreviews, 3),  # + their appearances
    "duplicate-suggestions": (_suggestions, 2),
    "notifications": (_notifications, 2),
    "webhooks": (_webhooks, 2),
    "webhook deliveries": (_deliveries, 4),  # endpoint, page, attempt log
}


@pytest.mark.parametrize("name", LISTS)
def test_query_count_is_pinned_and_independent_of_page_size(name, make_client):
    fill, pinned = LISTS[name]
    client: APIClient = make_client("edith", "editor")
    url = fill(client)
    join = "&" if "?" in url else "?"
    assert client.get(url).status_code == 200  # first use of the key writes last_used_at
    counts, sizes = [], []
    for size in (1, 50):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{url}{join}page_size={size}")
        assert response.status_code == 200, response.content
        counts.append(len(queries))
        sizes.append(len(response.json()["results"]))
    assert sizes == [1, 50]
    assert counts == [pinned, pinned], [q["sql"][:120] for q in queries.captured_queries]
