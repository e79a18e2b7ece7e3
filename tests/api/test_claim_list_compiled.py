"""/api/v1/claims/ without `q` runs SQL compiled once per shape (claims.api.listing).

Its answers are checked against the ORM built the ordinary way (ClaimFilter on the
selector's queryset), for every filter, combinations, orderings and cursor walks, so that
a value put in the wrong place, or a shape that should not share SQL, shows up here.
"""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from django.http import QueryDict
from django.test.client import RequestFactory
from django.utils import timezone

from claims import selectors
from claims.api.filters import ClaimFilter
from claims.models import Claim
from tests.factories import AppearanceFactory, ArticleFactory, ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims/"


@pytest.fixture
def desk(viewer):
    """Claims in every status, two languages, kinds, speakers, assignees, articles, sources,
    worthiness values, creation dates and one duplicate."""
    other = UserFactory()
    articles = [ArticleFactory(), ArticleFactory()]
    made = []
    for n in range(24):
        claim = ClaimFactory(
            status=["new", "queued", "in_review", "published", "dismissed"][n % 5],
            verdict="false" if n % 5 == 3 else "",
            language="fr" if n % 3 else "en",
            kind=["statistic", "quote"][n % 2],
            speaker=["Ana Lopez", "100% Bob", "Élise_M", ""][n % 4],
            check_worthiness=round(n / 24, 3),
            priority=round((n * 7 % 24) / 24, 3),
            assignee=[None, viewer.user, other][n % 3],
        )
        AppearanceFactory(claim=claim, article=articles[n % 2])
        made.append(claim)
    Claim.objects.filter(pk=made[0].pk).update(canonical=made[1])
    for n, claim in enumerate(made):
        Claim.objects.filter(pk=claim.pk).update(
            created_at=timezone.now() - dt.timedelta(hours=n), updated_at=timezone.now()
        )
    return {"articles": articles, "other": other, "claims": made}


def _orm_ids(viewer, query: str, ordering: str = "-created_at") -> list[int]:
    request = RequestFactory().get(URL)
    request.user = viewer.user
    filterset = ClaimFilter(QueryDict(query), queryset=selectors.claim_list(), request=request)
    assert filterset.is_valid(), filterset.errors
    return list(filterset.qs.order_by(ordering, "id").values_list("id", flat=True))


def _walk(viewer, query: str) -> list[int]:
    seen, url, pages = [], f"{URL}?{query}", 0
    while url:
        response = viewer.get(url)
        assert response.status_code == 200, response.json()
        seen += [c["id"] for c in response.json()["results"]]
        url = response.json()["next"]
        pages += 1
        assert pages < 50
    return seen


def test_every_filter_and_combination_gives_what_the_orm_gives(viewer, desk):
    article, other = desk["articles"][0], desk["other"]
    since = (timezone.now() - dt.timedelta(hours=5, minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    queries = [
        "",
        "status=queued",
        "status=queued&status=new",
        "status=queued&status=new&status=published",
        "verdict=false",
        "language=en",
        "kind=quote",
        "speaker=lopez",
        "speaker=100%25",  # a LIKE wildcard, matched literally
        "speaker=_",
        "speaker=%C3%A9lise",  # accented
        f"source={article.source_id}",
        f"article={article.pk}",
        "check_worthiness_min=0.5",
        "check_worthiness_max=0.25&check_worthiness_min=0.1",
        f"created_after={since}",
        f"created_before={since}",
        "assignee=me",
        "assignee=none",
        f"assignee={other.pk}",
        "canonical_only=true",
        "canonical_only=false",
        f"status=queued&language=fr&assignee=me&article={article.pk}",
        "source=999999999&status=new",
    ]
    for query in queries:
        expected = _orm_ids(viewer, query)
        assert _walk(viewer, f"{query}&page_size=4") == expected, query
        assert sorted(_walk(viewer, f"{query}&page_size=50")) == sorted(expected), query


@pytest.mark.parametrize("ordering", ["created_at", "-priority", "check_worthiness", "-updated_at"])
def test_cursor_walks_in_every_ordering_visit_each_claim_once(viewer, desk, ordering):
    expected = _orm_ids(viewer, "status=queued&status=new&status=published", ordering)
    walked = _walk(
        viewer, f"status=queued&status=new&status=published&ordering={ordering}&page_size=3"
    )
    assert sorted(walked) == sorted(expected) and len(walked) == len(set(walked))
    backwards = viewer.get(f"{URL}?ordering={ordering}&page_size=3").json()
    forward = viewer.get(backwards["next"]).json()
    back = viewer.get(forward["previous"]).json()
    assert [c["id"] for c in back["results"]] == [c["id"] for c in backwards["results"]]


def test_assignee_me_is_the_callers_id(viewer, reviewer, desk):
    mine = sorted(_walk(viewer, "assignee=me&page_size=50"))
    assert mine == sorted(_walk(viewer, f"assignee={viewer.user.pk}&page_size=50"))
    assert mine and _walk(reviewer, "assignee=me") == []


def test_a_cursor_whose_position_is_not_a_date_is_an_invalid_cursor(viewer, desk):
    cursor = base64.b64encode(b"p=not-a-date").decode()
    response = viewer.get(URL, {"cursor": cursor})
    assert response.status_code == 404
    assert "Invalid cursor" in response.json()["error"]["message"]
    rank_cursor = base64.b64encode(b"p=abc").decode()
    response = viewer.get(URL, {"cursor": rank_cursor, "ordering": "-priority"})
    assert response.status_code == 404


@pytest.mark.parametrize("assignee", ["bob", "12345678901234567890", "-3", ""])
def test_bad_assignee_values_name_the_field(viewer, assignee):
    response = viewer.get(URL, {"assignee": assignee})
    assert response.status_code == 400
    assert "assignee" in response.json()["error"]["fields"]
