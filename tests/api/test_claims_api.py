"""/api/v1/claims/: filters, search, pagination, guarded edits, workflow moves."""

from __future__ import annotations

import pytest

from claims.models import Claim, ClaimChange
from tests.factories import AppearanceFactory, ArticleFactory, ClaimFactory, SourceFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims/"


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and {"code", "message", "fields"} <= set(body["error"])
    return body["error"]


def test_anonymous_is_refused_with_the_error_shape(anon):
    response = anon.get(URL)
    assert response.status_code == 401
    assert "credentials" in error_of(response)["message"].lower()


def test_bad_token_is_refused(make_client):
    client = make_client()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-key")
    response = client.get(URL)
    assert (
        response.status_code == 401 and "Invalid or revoked token" in error_of(response)["message"]
    )


def test_tokens_are_stored_hashed(reviewer):
    from core.models import ApiToken

    token = ApiToken.objects.get(user=reviewer.user)
    key = reviewer._credentials["HTTP_AUTHORIZATION"].split()[1]
    assert key not in (token.key_hash, token.prefix + "x") and len(token.key_hash) == 64
    assert token.prefix == key[:8]


def test_list_filters(viewer):
    source = SourceFactory()
    article = ArticleFactory(source=source)
    in_article = AppearanceFactory(
        article=article, claim__status="queued", claim__speaker="Ana Lopez"
    ).claim
    ClaimFactory(status="new", language="en", check_worthiness=0.2, speaker="Bob")
    ClaimFactory(status="published", verdict="false", kind="quote")

    def ids(**params):
        response = viewer.get(URL, params)
        assert response.status_code == 200, response.json()
        return {c["id"] for c in response.json()["results"]}

    assert ids(status="queued") == {in_article.pk}
    assert len(ids(status=["queued", "new"])) == 2
    assert ids(verdict="false", kind="quote") == set(
        Claim.objects.filter(verdict="false").values_list("pk", flat=True)
    )
    assert ids(source=source.pk) == {in_article.pk} == ids(article=article.pk)
    assert ids(speaker="lopez") == {in_article.pk}
    assert len(ids(language="en")) == 1 and len(ids(check_worthiness_max=0.3)) == 1
    assert len(ids(assignee="none")) == 3 and ids(assignee="me") == set()
    assert len(ids(canonical_only="true")) == 3


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"statut": "queued"}, "statut"),
        ({"status": "approved"}, "status"),
        ({"check_worthiness_min": "2"}, "check_worthiness_min"),
        ({"check_worthiness_min": "abc"}, "check_worthiness_min"),
        ({"created_after": "yesterday"}, "created_after"),
        ({"assignee": "bob"}, "assignee"),
        ({"page_size": "0"}, "page_size"),
        ({"page_size": "5000"}, "page_size"),
        ({"ordering": "statement"}, "ordering"),
        ({"ordering": "-priority,AAA"}, "ordering"),
    ],
)
def test_bad_query_parameters_name_the_field(viewer, params, field):
    ClaimFactory()
    response = viewer.get(URL, params)
    assert response.status_code == 400, response.json()
    assert field in error_of(response)["fields"]


def test_invalid_cursor_is_a_404_with_a_clear_message(viewer):
    response = viewer.get(URL, {"cursor": "garbage"})
    assert response.status_code == 404 and "Invalid cursor" in error_of(response)["message"]


def test_cursor_pagination_walks_every_claim_once(viewer):
    made = {ClaimFactory().pk for _ in range(7)}
    seen, url = [], URL + "?page_size=3"
    while url:
        page = viewer.get(url).json()
        seen += [c["id"] for c in page["results"]]
        url = page["next"]
    assert sorted(seen) == sorted(made)


def test_full_text_search_in_each_language_ranked_and_accent_insensitive(viewer):
    ClaimFactory(statement="La Russie perdait sur le champ de bataille", language="fr")
    best = ClaimFactory(
        statement="Les frappes russes visaient les centrales électriques; frappes répétées",
        language="fr",
    )
    other = ClaimFactory(statement="Les frappes ont touché un hôpital", language="fr")
    english = ClaimFactory(statement="Russian strikes hit power stations", language="en")
    found = viewer.get(URL, {"q": "frappe electrique"}).json()["results"]
    assert [c["id"] for c in found] == [best.pk]
    ranked = viewer.get(URL, {"q": "frappes"}).json()["results"]
    assert [c["id"] for c in ranked][:2] == [best.pk, other.pk] and ranked[0]["rank"] >= ranked[1][
        "rank"
    ]
    assert [c["id"] for c in viewer.get(URL, {"q": "strike"}).json()["results"]] == [english.pk]


def test_detail_has_appearances_evidence_history_and_an_etag(viewer):
    appearance = AppearanceFactory()
    claim = appearance.claim
    ClaimChange.objects.create(claim=claim, field="status", before="new", after="queued")
    response = viewer.get(f"{URL}{claim.pk}/")
    body = response.json()
    assert response["ETag"] == f'"claim-{claim.pk}-v1"' == body["etag"]
    assert body["appearances"][0]["article"] == appearance.article_id
    assert body["history"][0]["after"] == "queued" and body["evidence"] == []
    assert viewer.get(f"{URL}999999/").status_code == 404


def held_by(client) -> Claim:
    return ClaimFactory(status="in_review", assignee=client.user)


def test_patch_needs_if_match_and_refuses_a_stale_one(reviewer):
    claim = held_by(reviewer)
    url = f"{URL}{claim.pk}/"
    missing = reviewer.patch(url, {"speaker": "Jean"}, format="json")
    assert missing.status_code == 428 and "If-Match" in error_of(missing)["message"]
    ok = reviewer.patch(
        url, {"speaker": "Jean"}, format="json", HTTP_IF_MATCH=f'"claim-{claim.pk}-v1"'
    )
    assert (
        ok.status_code == 200
        and ok.json()["speaker"] == "Jean"
        and ok["ETag"] == f'"claim-{claim.pk}-v2"'
    )
    stale = reviewer.patch(
        url, {"speaker": "Paul"}, format="json", HTTP_IF_MATCH=f'"claim-{claim.pk}-v1"'
    )
    assert stale.status_code == 412
    assert (
        "changed by remi" in error_of(stale)["message"]
        and "since you opened it" in error_of(stale)["message"]
    )
    assert Claim.objects.get(pk=claim.pk).speaker == "Jean"
    for other in ('"article-1-v1"', "garbage"):
        wrong = reviewer.patch(url, {"speaker": "X"}, format="json", HTTP_IF_MATCH=other)
        assert wrong.status_code == 412
    assert wrong.status_code == 412 and "does not match" in error_of(wrong)["message"]


def test_patch_bad_values(reviewer):
    claim = held_by(reviewer)
    etag = f'"claim-{claim.pk}-v1"'
    for body, field in [
        ({"kind": "rumour"}, "kind"),
        ({"verdict": 3}, "verdict"),
        ({}, "non_field_errors"),
    ]:
        response = reviewer.patch(f"{URL}{claim.pk}/", body, format="json", HTTP_IF_MATCH=etag)
        assert response.status_code == 400 and field in error_of(response)["fields"], body
    invalid_json = reviewer.generic(
        "PATCH",
        f"{URL}{claim.pk}/",
        "{not json",
        content_type="application/json",
        HTTP_IF_MATCH=etag,
    )
    assert invalid_json.status_code == 400 and "JSON" in error_of(invalid_json)["message"]
    assert Claim.objects.get(pk=claim.pk).version == 1


def test_reviewer_cannot_edit_a_claim_another_holds(reviewer, reviewer2):
    claim = held_by(reviewer)
    response = reviewer2.patch(
        f"{URL}{claim.pk}/", {"speaker": "X"}, format="json", HTTP_IF_MATCH=f'"claim-{claim.pk}-v1"'
    )
    assert response.status_code == 403


def test_transitions_follow_the_workflow(reviewer, editor):
    claim = held_by(reviewer)
    url = f"{URL}{claim.pk}/transition/"
    seen = f'"claim-{claim.pk}-v{claim.version}"'
    missing = reviewer.post(url, {"to_status": "awaiting_approval", "verdict": "false"})
    assert missing.status_code == 428  # one rule for every write on a claim
    refused = reviewer.post(url, {"to_status": "published"}, format="json", HTTP_IF_MATCH=seen)
    assert refused.status_code == 409  # the workflow, not the role, refuses in_review → published
    assert "it can go to" in error_of(refused)["message"]
    proposed = reviewer.post(
        url,
        {"to_status": "awaiting_approval", "verdict": "false"},
        format="json",
        HTTP_IF_MATCH=seen,
    )
    assert proposed.status_code == 200 and proposed.json()["status"] == "awaiting_approval"
    stale = editor.post(url, {"to_status": "published"}, format="json", HTTP_IF_MATCH=seen)
    assert stale.status_code == 412
    not_editor = reviewer.post(
        url, {"to_status": "published"}, format="json", HTTP_IF_MATCH=proposed["ETag"]
    )
    assert not_editor.status_code == 403
    published = editor.post(
        url, {"to_status": "published"}, format="json", HTTP_IF_MATCH=proposed["ETag"]
    )
    assert published.status_code == 200 and published.json()["status"] == "published"
    unknown = editor.post(
        url, {"to_status": "approved"}, format="json", HTTP_IF_MATCH=published["ETag"]
    )
    assert unknown.status_code == 400 and "to_status" in error_of(unknown)["fields"]


def test_a_foreign_etag_is_answered_with_the_current_one(reviewer):
    claim = held_by(reviewer)
    for _ in range(2):
        current = reviewer.get(f"{URL}{claim.pk}/")["ETag"]
        reviewer.patch(f"{URL}{claim.pk}/", {"speaker": "Y"}, format="json", HTTP_IF_MATCH=current)
    wrong = reviewer.post(f"{URL}{claim.pk}/release/", HTTP_IF_MATCH='"claim-999-v1"')
    assert wrong.status_code == 412
    now = reviewer.get(f"{URL}{claim.pk}/")["ETag"].strip('"')
    assert f'its current ETag is "{now}"' in error_of(wrong)["message"]


def test_oversized_body_is_413(reviewer, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    claim = held_by(reviewer)
    response = reviewer.patch(
        f"{URL}{claim.pk}/",
        {"statement": "x" * 5000},
        format="json",
        HTTP_IF_MATCH=f'"claim-{claim.pk}-v1"',
    )
    assert response.status_code == 413 and error_of(response)["code"] == "too_large"
