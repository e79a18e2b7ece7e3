"""The review workflow: the full transition matrix, roles, versions and the audit trail."""

from __future__ import annotations

import itertools
import re

import pytest

from claims.models import Claim, ClaimChange, ClaimStatus, Verdict
from claims.services import (
    TRANSITIONS,
    claim_add_evidence,
    claim_dismiss,
    claim_promote,
    claim_propose_verdict,
    claim_publish,
    claim_take,
    claim_transition,
    claim_update,
    claims_bulk,
)
from claims.verdicts import BEST_RATING, RATINGS, WORST_RATING, verdict_rating
from core.errors import Conflict, DomainError, PermissionDenied
from sources.models import Evidence

pytestmark = pytest.mark.django_db
S = ClaimStatus

EXPECTED = {
    S.NEW: {S.QUEUED, S.DISMISSED},
    S.QUEUED: {S.IN_REVIEW, S.NEW, S.DISMISSED},
    S.IN_REVIEW: {S.AWAITING_APPROVAL, S.QUEUED, S.DISMISSED},
    S.AWAITING_APPROVAL: {S.PUBLISHED, S.IN_REVIEW, S.DISMISSED},
    S.PUBLISHED: {S.IN_REVIEW},
    S.DISMISSED: {S.QUEUED},
}


def status_rows(claim: Claim) -> list[tuple[str, str]]:
    return list(claim.history.filter(field="status").values_list("before", "after"))


def test_transition_table_is_the_documented_one():
    assert {k: set(v) for k, v in TRANSITIONS.items()} == EXPECTED


@pytest.mark.parametrize(("from_status", "to_status"), list(itertools.product(S.values, S.values)))
def test_status_matrix(from_status, to_status, make_claim, editor):
    claim = make_claim(from_status, holder=editor)
    before_rows = claim.history.count()

    def move():
        return claim_transition(
            claim_id=claim.pk,
            to_status=to_status,
            actor=editor,
            expected_version=claim.version,
            verdict=Verdict.FALSE,
            reason="test reason",
        )

    if to_status in EXPECTED[from_status]:
        moved = move()
        claim.refresh_from_db()
        assert moved.status == claim.status == to_status
        assert claim.version == 2
        row = claim.history.get(field="status")
        assert (row.before, row.after, row.actor, row.reason) == (
            from_status,
            to_status,
            editor,
            "test reason",
        )
        if to_status == S.IN_REVIEW:
            assert claim.assignee == editor and claim.lease_expires_at is not None
        if to_status in (S.QUEUED, S.NEW, S.DISMISSED):
            assert claim.assignee is None and claim.lease_expires_at is None
        if to_status == S.PUBLISHED:
            assert claim.published_at is not None and claim.verdict == Verdict.FALSE
    else:
        with pytest.raises(DomainError) as err:
            move()
        assert err.value.code == "invalid_transition"
        message = err.value.message
        assert f"from “{S(from_status).label}” to “{S(to_status).label}”" in message
        allowed_part = message.split("it can go to:")[1]
        for allowed in EXPECTED[from_status]:
            assert str(S(allowed).label) in allowed_part
        for refused in set(S.values) - EXPECTED[from_status]:
            assert f" {S(refused).label}," not in allowed_part + ","
        claim.refresh_from_db()
        assert claim.status == from_status and claim.version == 1
        assert claim.history.count() == before_rows


def test_refusal_lists_allowed_moves_in_plain_words(make_claim, editor):
    claim = make_claim(S.QUEUED)
    with pytest.raises(DomainError) as err:
        claim_publish(claim_id=claim.pk, actor=editor, expected_version=None)
    assert err.value.message == (
        "A claim cannot go from “Queued” to “Published”. "
        "From “Queued” it can go to: In review, New, Dismissed."
    )


def test_verdict_required_to_propose_and_to_publish(make_claim, reviewer, editor):
    held = make_claim(S.IN_REVIEW, holder=reviewer)
    with pytest.raises(DomainError, match="verdict is required") as err:
        claim_transition(
            claim_id=held.pk, to_status=S.AWAITING_APPROVAL, actor=reviewer, expected_version=1
        )
    assert err.value.code == "verdict_required"
    awaiting = make_claim(S.AWAITING_APPROVAL, verdict="")
    with pytest.raises(DomainError, match="verdict is required"):
        claim_publish(claim_id=awaiting.pk, actor=editor, expected_version=1)
    awaiting.refresh_from_db()
    assert awaiting.status == S.AWAITING_APPROVAL
    # The editor may publish by giving the verdict themselves.
    claim_publish(claim_id=awaiting.pk, actor=editor, expected_version=1, verdict=Verdict.MIXED)
    awaiting.refresh_from_db()
    assert (awaiting.status, awaiting.verdict) == (S.PUBLISHED, Verdict.MIXED)


def test_unknown_verdict_is_refused(make_claim, reviewer):
    held = make_claim(S.IN_REVIEW, holder=reviewer)
    with pytest.raises(DomainError, match="Unknown verdict"):
        claim_propose_verdict(
            claim_id=held.pk, actor=reviewer, expected_version=1, verdict="pants_on_fire"
        )


def test_viewer_cannot_take(make_claim, viewer):
    claim = make_claim(S.QUEUED)
    with pytest.raises(PermissionDenied) as err:
        claim_take(claim_id=claim.pk, actor=viewer, expected_version=1)
    assert err.value.status_code == 403
    claim.refresh_from_db()
    assert claim.status == S.QUEUED and claim.assignee is None


def test_reviewer_cannot_publish(make_claim, reviewer):
    claim = make_claim(S.AWAITING_APPROVAL, holder=reviewer)
    with pytest.raises(PermissionDenied, match="Only editors can publish"):
        claim_publish(claim_id=claim.pk, actor=reviewer, expected_version=1)
    claim.refresh_from_db()
    assert claim.status == S.AWAITING_APPROVAL and claim.version == 1


def test_reviewer_cannot_dismiss(make_claim, reviewer):
    claim = make_claim(S.QUEUED)
    with pytest.raises(PermissionDenied, match="Only editors can dismiss"):
        claim_dismiss(claim_id=claim.pk, actor=reviewer, expected_version=1, reason="not_a_claim")


def test_reviewer_cannot_edit_or_propose_on_a_claim_another_holds(
    make_claim, reviewer, other_reviewer
):
    claim = make_claim(S.IN_REVIEW, holder=other_reviewer)
    with pytest.raises(PermissionDenied):
        claim_update(claim_id=claim.pk, actor=reviewer, expected_version=1, speaker="X")
    with pytest.raises(PermissionDenied, match="held by remi"):
        claim_propose_verdict(
            claim_id=claim.pk, actor=reviewer, expected_version=1, verdict=Verdict.FALSE
        )
    with pytest.raises(PermissionDenied):
        claim_add_evidence(
            claim_id=claim.pk, actor=reviewer, stance="refutes", url="https://insee.fr"
        )
    claim.refresh_from_db()
    assert claim.speaker == "Jean Dupont" and claim.version == 1
    assert not Evidence.objects.exists()


def test_holder_and_editor_can_edit(make_claim, reviewer, editor):
    claim = make_claim(S.IN_REVIEW, holder=reviewer)
    claim_update(claim_id=claim.pk, actor=reviewer, expected_version=1, speaker="Élisabeth Borne")
    claim_update(claim_id=claim.pk, actor=editor, expected_version=2, kind=Claim.Kind.QUOTE)
    claim.refresh_from_db()
    assert (claim.speaker, claim.kind, claim.version) == ("Élisabeth Borne", "quote", 3)


def test_stale_version_is_refused_with_who_and_when(make_claim, reviewer, editor):
    claim = make_claim(S.IN_REVIEW, holder=reviewer)
    claim_update(claim_id=claim.pk, actor=editor, expected_version=1, speaker="Editor's fix")
    with pytest.raises(Conflict) as err:
        claim_update(claim_id=claim.pk, actor=reviewer, expected_version=1, speaker="Mine")
    assert err.value.status_code == 409
    assert re.search(
        r"changed by eddie at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d since you opened it",
        err.value.message,
    )
    claim.refresh_from_db()
    assert claim.speaker == "Editor's fix" and claim.version == 2
    with pytest.raises(Conflict, match="changed by eddie"):
        claim_propose_verdict(
            claim_id=claim.pk, actor=reviewer, expected_version=1, verdict=Verdict.TRUE
        )


def test_update_writes_one_row_per_changed_field_and_one_version(make_claim, reviewer):
    claim = make_claim(S.IN_REVIEW, holder=reviewer)
    claim_update(
        claim_id=claim.pk,
        actor=reviewer,
        expected_version=1,
        statement="  Le chômage a baissé de 2 %  ",
        speaker="Jean Dupont",  # unchanged: no row
        kind=Claim.Kind.STATISTIC,  # unchanged: no row
        verdict_explanation="Selon l'Insee",
        reason="typo",
    )
    claim.refresh_from_db()
    assert claim.version == 2
    assert claim.normalized == "le chomage a baisse de 2 %"
    rows = {r.field: r for r in claim.history.all()}
    assert set(rows) == {"statement", "verdict_explanation", "lease_expires_at"}
    assert rows["statement"].after == "Le chômage a baissé de 2 %"
    assert rows["statement"].actor == reviewer and rows["statement"].reason == "typo"
    # Nothing changed: no version bump, no rows.
    claim_update(claim_id=claim.pk, actor=reviewer, expected_version=2, speaker="Jean Dupont")
    claim.refresh_from_db()
    assert claim.version == 2 and claim.history.count() == 3


def test_update_refuses_status_and_published_verdict_edits(make_claim, editor):
    claim = make_claim(S.PUBLISHED)
    with pytest.raises(DomainError, match="cannot be edited here: status"):
        claim_update(claim_id=claim.pk, actor=editor, expected_version=1, status=S.NEW)
    with pytest.raises(DomainError, match="in review or awaiting approval"):
        claim_update(claim_id=claim.pk, actor=editor, expected_version=1, verdict=Verdict.TRUE)


def test_full_review_and_correction_keep_every_verdict_in_history(make_claim, reviewer, editor):
    claim = make_claim(S.QUEUED)
    claim_take(claim_id=claim.pk, actor=reviewer, expected_version=1)
    claim_propose_verdict(
        claim_id=claim.pk, actor=reviewer, expected_version=2, verdict=Verdict.FALSE
    )
    claim_publish(claim_id=claim.pk, actor=editor, expected_version=3)
    # A correction: the editor reopens, a new verdict is proposed and published.
    claim_transition(
        claim_id=claim.pk,
        to_status=S.IN_REVIEW,
        actor=editor,
        expected_version=4,
        reason="new figures from Insee",
    )
    claim_propose_verdict(
        claim_id=claim.pk, actor=editor, expected_version=5, verdict=Verdict.MOSTLY_FALSE
    )
    claim_publish(claim_id=claim.pk, actor=editor, expected_version=6)
    claim.refresh_from_db()
    assert (claim.status, claim.verdict, claim.version) == (S.PUBLISHED, "mostly_false", 7)
    assert status_rows(claim) == [
        (S.QUEUED, S.IN_REVIEW),
        (S.IN_REVIEW, S.AWAITING_APPROVAL),
        (S.AWAITING_APPROVAL, S.PUBLISHED),
        (S.PUBLISHED, S.IN_REVIEW),
        (S.IN_REVIEW, S.AWAITING_APPROVAL),
        (S.AWAITING_APPROVAL, S.PUBLISHED),
    ]
    verdicts = list(claim.history.filter(field="verdict").values_list("before", "after"))
    assert verdicts == [("", "false"), ("false", "mostly_false")]


def test_reviewer_can_withdraw_their_proposal_and_editor_can_send_it_back(
    make_claim, reviewer, other_reviewer, editor
):
    claim = make_claim(S.AWAITING_APPROVAL, holder=reviewer)
    with pytest.raises(PermissionDenied):
        claim_transition(
            claim_id=claim.pk, to_status=S.IN_REVIEW, actor=other_reviewer, expected_version=1
        )
    claim_transition(claim_id=claim.pk, to_status=S.IN_REVIEW, actor=editor, expected_version=1)
    claim.refresh_from_db()
    # Sent back, it returns to the reviewer who proposed it.
    assert claim.assignee == reviewer and claim.status == S.IN_REVIEW


def test_dismiss_needs_a_known_reason_and_can_point_at_the_original(make_claim, editor):
    original = make_claim(S.PUBLISHED)
    claim = make_claim(S.QUEUED)
    with pytest.raises(DomainError, match="Unknown dismissal reason"):
        claim_dismiss(claim_id=claim.pk, actor=editor, expected_version=1, reason="boring")
    with pytest.raises(DomainError, match="Explain"):
        claim_dismiss(claim_id=claim.pk, actor=editor, expected_version=1, reason="other")
    claim_dismiss(
        claim_id=claim.pk,
        actor=editor,
        expected_version=1,
        reason="duplicate",
        note="same as the Insee one",
        duplicate_of=original.pk,
    )
    claim.refresh_from_db()
    assert claim.status == S.DISMISSED
    assert claim.dismissal_reason == "duplicate: same as the Insee one"
    assert claim.canonical == original
    assert claim.version == 3  # the move, then the link to the original
    assert set(claim.history.values_list("field", flat=True)) == {
        "status",
        "dismissal_reason",
        "canonical",
    }


def test_bulk_action_records_history_per_claim_and_reports_refusals(make_claim, reviewer):
    fresh = [make_claim(S.NEW) for _ in range(3)]
    published = make_claim(S.PUBLISHED)
    outcome = claims_bulk(
        claim_promote, claim_ids=[c.pk for c in [*fresh, published]], actor=reviewer
    )
    assert outcome.done == [c.pk for c in fresh]
    assert [pk for pk, _ in outcome.refused] == [published.pk]
    assert "it can go to: In review" in outcome.refused[0][1]
    rows = ClaimChange.objects.filter(field="status", after=S.QUEUED)
    assert sorted(rows.values_list("claim_id", flat=True)) == sorted(c.pk for c in fresh)
    assert all(r.actor == reviewer and r.before == S.NEW for r in rows)
    assert Claim.objects.filter(status=S.QUEUED, version=2).count() == 3
    published.refresh_from_db()
    assert published.version == 1


def test_added_evidence_records_who_added_it(make_claim, reviewer):
    claim = make_claim(S.IN_REVIEW, holder=reviewer)
    evidence = claim_add_evidence(
        claim_id=claim.pk,
        actor=reviewer,
        stance=Evidence.Stance.REFUTES,
        url="https://www.insee.fr/fr/statistiques/1",
        excerpt=" Le taux de chômage est stable. ",
    )
    assert evidence.added_by == reviewer and evidence.excerpt == "Le taux de chômage est stable."
    row = claim.history.get(field="evidence")
    assert row.actor == reviewer and row.after["stance"] == "refutes"


def test_every_verdict_maps_to_a_claimreview_rating():
    assert set(RATINGS) == set(Verdict.values)
    for verdict in Verdict.values:
        rating = verdict_rating(verdict)
        assert WORST_RATING <= rating["ratingValue"] <= BEST_RATING
        assert rating["alternateName"]
    assert verdict_rating("true")["ratingValue"] == 5
    assert verdict_rating("false")["ratingValue"] == 1
