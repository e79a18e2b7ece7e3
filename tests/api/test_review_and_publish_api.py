"""Review queue, evidence, similar claims, ClaimReview and its public feed, users/me."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from claims.models import Claim
from tests.factories import AppearanceFactory, ArticleFactory, ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_next_leases_the_best_claim_in_my_languages_then_204_when_empty(reviewer):
    ClaimFactory(status="queued", priority=0.9, language="en")
    best_fr = ClaimFactory(status="queued", priority=0.8, language="fr")
    reviewer.patch("/api/v1/users/me/", {"languages": ["fr"]}, format="json")
    taken = reviewer.post("/api/v1/review-queue/next/")
    assert taken.status_code == 200 and taken.json()["id"] == best_fr.pk
    assert taken.json()["status"] == "in_review" and taken.json()["assignee"] == "remi"
    assert reviewer.post("/api/v1/review-queue/next/").status_code == 204
    mine = reviewer.get("/api/v1/review-queue/mine/").json()
    assert [c["id"] for c in mine] == [best_fr.pk]
    released = reviewer.post(f"/api/v1/claims/{best_fr.pk}/release/", HTTP_IF_MATCH=taken["ETag"])
    assert released.status_code == 200 and released.json()["status"] == "queued"


def test_viewer_cannot_take_claims(viewer):
    ClaimFactory(status="queued")
    response = viewer.post("/api/v1/review-queue/next/")
    assert response.status_code == 403 and "reviewers" in response.json()["error"]["message"]


def test_evidence_needs_the_claim_held_and_a_url_or_article(reviewer, reviewer2):
    claim = ClaimFactory(status="in_review", assignee=reviewer.user)
    body = {"claim": claim.pk, "url": "https://insee.fr/x", "stance": "refutes", "excerpt": "x"}
    created = reviewer.post("/api/v1/evidence/", body, format="json")
    assert created.status_code == 201 and created.json()["added_by"] == "remi"
    assert reviewer2.post("/api/v1/evidence/", body, format="json").status_code == 403
    no_source = reviewer.post(
        "/api/v1/evidence/", {"claim": claim.pk, "stance": "refutes"}, format="json"
    )
    assert no_source.status_code == 400 and "url" in no_source.json()["error"]["fields"]
    missing = reviewer.post("/api/v1/evidence/", {**body, "claim": 999999}, format="json")
    assert missing.status_code == 404
    listed = reviewer.get("/api/v1/evidence/", {"claim": claim.pk}).json()["results"]
    assert [e["id"] for e in listed] == [created.json()["id"]]


def test_reassign_is_for_editors(reviewer, reviewer2, editor):
    claim = ClaimFactory(status="queued")
    url = f"/api/v1/claims/{claim.pk}/reassign/"
    seen = f'"claim-{claim.pk}-v{claim.version}"'
    assert (
        reviewer.post(url, {"username": "rosa"}, format="json", HTTP_IF_MATCH=seen).status_code
        == 403
    )
    moved = editor.post(url, {"username": "rosa"}, format="json", HTTP_IF_MATCH=seen)
    assert moved.status_code == 200 and moved.json()["assignee"] == "rosa"
    nobody = editor.post(url, {"username": "ghost"}, format="json", HTTP_IF_MATCH=moved["ETag"])
    assert nobody.status_code == 404 and "ghost" in nobody.json()["error"]["message"]


def test_similar_claims_rank_the_same_statement_first(viewer):
    claim = ClaimFactory(statement="La Russie perdait sur le champ de bataille", language="fr")
    same = ClaimFactory(
        statement="La Russie est en train de perdre sur le champ de bataille", language="fr"
    )
    ClaimFactory(statement="Le prix du pain a augmenté de 12 % en un an", language="fr")
    response = viewer.get(f"/api/v1/claims/{claim.pk}/similar/")
    assert response.status_code == 200
    body = response.json()
    assert body[0]["id"] == same.pk and 0 < body[0]["score"] <= 1
    assert all(row["id"] != claim.pk for row in body)
    assert viewer.get(f"/api/v1/claims/{claim.pk}/similar/", {"limit": "0"}).status_code == 400
    assert viewer.get("/api/v1/claims/999999/similar/").status_code == 404


def published_claim() -> Claim:
    source = SourceFactory(name="Le Monde")
    article = ArticleFactory(
        source=source,
        url="https://lemonde.example/a",
        title="Otan",
        published_on=dt.date(2022, 10, 1),
        published_precision="month",
    )
    claim = ClaimFactory(
        statement="L'alliance a doublé sa présence à plus de 30 navires",
        speaker="Jens Stoltenberg",
        status="published",
        verdict="mostly_true",
        verdict_explanation="About 30 ships, as NATO's own figures show.",
        published_at=timezone.now(),
    )
    AppearanceFactory(claim=claim, article=article, start=0, end=5)
    return claim


def test_claimreview_json_ld_is_public_for_published_claims(anon):
    claim = published_claim()
    response = anon.get(f"/api/v1/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200 and response["Content-Type"].startswith(
        "application/ld+json"
    )
    review = response.json()
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == claim.statement
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly true",
    }
    item = review["itemReviewed"]
    assert item["author"]["name"] == "Jens Stoltenberg"
    assert item["firstAppearance"]["url"] == "https://lemonde.example/a"
    assert item["appearance"][0]["datePublished"] == "2022-10"
    assert review["datePublished"] == claim.published_at.date().isoformat() and review["url"]
    unpublished = ClaimFactory(status="queued")
    assert anon.get(f"/api/v1/claims/{unpublished.pk}/claimreview/").status_code == 404


def test_feed_is_public_newest_first_and_filters_by_since(anon):
    older = published_claim()
    type(older).objects.filter(pk=older.pk).update(
        published_at=timezone.now() - dt.timedelta(days=10)
    )
    second = ClaimFactory(status="published", verdict="false", published_at=timezone.now())
    feed = anon.get("/api/v1/claimreviews/").json()["results"]
    assert [r["claimReviewed"] for r in feed] == [second.statement, older.statement]
    since = (timezone.now() - dt.timedelta(days=1)).isoformat()
    recent = anon.get("/api/v1/claimreviews/", {"since": since}).json()["results"]
    assert [r["claimReviewed"] for r in recent] == [second.statement]
    assert anon.get("/api/v1/claimreviews/", {"since": "last week"}).status_code == 400


def test_users_me_shows_roles_and_sets_languages(reviewer):
    me = reviewer.get("/api/v1/users/me/").json()
    assert me["username"] == "remi" and me["roles"] == ["reviewer"]
    updated = reviewer.patch("/api/v1/users/me/", {"languages": ["fr"]}, format="json")
    assert updated.status_code == 200 and updated.json()["languages"] == ["fr"]
    bad = reviewer.patch("/api/v1/users/me/", {"languages": ["french"]}, format="json")
    assert bad.status_code == 400 and "languages" in str(bad.json()["error"]["fields"])


def test_anonymous_throttling(anon, settings):
    from django.core.cache import cache

    cache.clear()
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/min", "user": "1000/min"},
    }
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    api_settings.reload()
    SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES
    try:
        codes = [anon.get("/api/v1/claimreviews/").status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        limited = anon.get("/api/v1/claimreviews/")
        assert "throttled" in limited.json()["error"]["code"] and limited["Retry-After"]
        # A forged X-Forwarded-For is not another client (no trusted proxy by default).
        forged = [
            anon.get("/api/v1/claimreviews/", HTTP_X_FORWARDED_FOR=f"203.0.113.{i}").status_code
            for i in range(10)
        ]
        assert forged == [429] * 10
    finally:
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK}
        cache.clear()


@pytest.fixture(autouse=True)
def _restore_throttle_rates():
    """The throttle classes keep the rates dict they were given; put back the suite's (a
    3/min anonymous rate left behind throttled later tests' Swagger page)."""
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    before = SimpleRateThrottle.THROTTLE_RATES
    yield
    api_settings.reload()
    SimpleRateThrottle.THROTTLE_RATES = before
