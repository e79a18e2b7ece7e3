"""Duplicates over the API and in the admin: suggestions, merge, split."""

from __future__ import annotations

import pytest

from claims.models import Appearance, Claim
from matching.models import DuplicateSuggestion, SuggestionStatus
from tests.factories import AppearanceFactory, ClaimFactory, user_in_group

pytestmark = pytest.mark.django_db


def test_reviewer_rejects_a_suggestion_and_it_is_remembered(reviewer, viewer):
    suggestion = DuplicateSuggestion.objects.create(
        claim=ClaimFactory(), candidate=ClaimFactory(), score=0.6
    )
    listed = viewer.get("/api/v1/duplicate-suggestions/", {"status": "pending"}).json()
    assert [s["id"] for s in listed["results"]] == [suggestion.pk]
    assert viewer.post(f"/api/v1/duplicate-suggestions/{suggestion.pk}/reject/").status_code == 403
    rejected = reviewer.post(f"/api/v1/duplicate-suggestions/{suggestion.pk}/reject/")
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert rejected.json()["decided_by"] == "remi"
    again = reviewer.post(f"/api/v1/duplicate-suggestions/{suggestion.pk}/confirm/")
    assert again.status_code == 409 and "already" in again.json()["error"]["message"]


def test_confirming_merges_the_claim_into_its_candidate(reviewer):
    candidate = AppearanceFactory().claim
    claim = AppearanceFactory().claim
    suggestion = DuplicateSuggestion.objects.create(claim=claim, candidate=candidate, score=0.6)
    confirmed = reviewer.post(f"/api/v1/duplicate-suggestions/{suggestion.pk}/confirm/")
    assert confirmed.status_code == 200 and confirmed.json()["status"] == "confirmed"
    claim.refresh_from_db()
    assert claim.canonical_id == candidate.pk and claim.status == Claim.Status.DISMISSED
    assert Appearance.objects.filter(claim=candidate).count() == 2


def test_editor_merges_and_splits_through_the_api(reviewer, editor):
    survivor = AppearanceFactory().claim
    duplicate = AppearanceFactory().claim
    refused = reviewer.post(
        f"/api/v1/claims/{survivor.pk}/merge/", {"duplicate": duplicate.pk}, format="json"
    )
    assert refused.status_code == 403
    merged = editor.post(
        f"/api/v1/claims/{survivor.pk}/merge/", {"duplicate": duplicate.pk}, format="json"
    )
    assert merged.status_code == 200 and len(merged.json()["appearances"]) == 2
    self_merge = editor.post(
        f"/api/v1/claims/{survivor.pk}/merge/", {"duplicate": survivor.pk}, format="json"
    )
    assert self_merge.status_code == 409 and "itself" in self_merge.json()["error"]["message"]
    moved = Appearance.objects.filter(claim=survivor).order_by("-id").first()
    split = editor.post(f"/api/v1/appearances/{moved.pk}/split/")
    assert split.status_code == 200 and split.json()["id"] != survivor.pk
    assert [a["id"] for a in split.json()["appearances"]] == [moved.pk]
    assert editor.post("/api/v1/appearances/999999/split/").status_code == 404


def test_admin_merge_action_asks_for_the_survivor(client):
    editor = user_in_group("editor", username="edna")
    client.force_login(editor)
    first, second = AppearanceFactory().claim, AppearanceFactory().claim
    url = "/admin/claims/claim/"
    form = client.post(url, {"action": "merge_claims", "_selected_action": [first.pk, second.pk]})
    assert form.status_code == 200 and b"claim that stays" in form.content
    done = client.post(
        url,
        {
            "action": "merge_claims",
            "_selected_action": [first.pk, second.pk],
            "apply": "1",
            "survivor": second.pk,
        },
        follow=True,
    )
    assert done.status_code == 200
    first.refresh_from_db()
    assert first.canonical_id == second.pk
    assert DuplicateSuggestion.objects.filter(status=SuggestionStatus.PENDING).count() == 0


def test_admin_merge_and_split_are_matchings_and_for_editors_only(client):
    """matching adds them to claims' admin from its ready(): editors see them after claims'
    own actions, reviewers do not, and the split action gives an appearance its own claim."""
    claim = AppearanceFactory().claim
    moved = AppearanceFactory(claim=claim)
    client.force_login(user_in_group("reviewer", username="rita"))
    claims_list = client.get("/admin/claims/claim/").content.decode()
    assert "take_claims" in claims_list and "merge_claims" not in claims_list
    assert "split_appearances" not in client.get("/admin/claims/appearance/").content.decode()

    client.force_login(user_in_group("editor", username="edna"))
    claims_list = client.get("/admin/claims/claim/").content.decode()
    assert claims_list.index("reassign_claims") < claims_list.index("merge_claims")
    assert "Merge into one claim…" in claims_list
    appearances = client.get("/admin/claims/appearance/").content.decode()
    assert "Split off into its own claim" in appearances
    done = client.post(
        "/admin/claims/appearance/",
        {"action": "split_appearances", "_selected_action": [moved.pk]},
        follow=True,
    )
    moved.refresh_from_db()
    assert moved.claim_id != claim.pk
    assert f"Appearance {moved.pk} is now claim {moved.claim_id}." in done.content.decode()
