"""The review queue: leases under concurrency, languages, priority, expiry, release."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from claims.models import Claim, ClaimChange, ClaimStatus
from claims.selectors import queue_mine
from claims.services import (
    claim_recompute_priority,
    queue_next_claim,
    queue_reassign,
    queue_release,
)
from claims.tasks import expire_review_leases
from core.errors import DomainError, PermissionDenied
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    ClaimFactory,
    ReviewerProfileFactory,
    user_in_group,
)

S = ClaimStatus


@pytest.mark.django_db(transaction=True)
def test_twenty_reviewers_at_once_get_twenty_different_claims():
    reviewers = [user_in_group("reviewer", username=f"rev{i}") for i in range(20)]
    claims = [ClaimFactory(status=S.QUEUED, priority=i / 100) for i in range(25)]
    results: dict[int, int | None] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(reviewers))

    def ask(reviewer):
        try:
            barrier.wait(timeout=30)
            claim = queue_next_claim(reviewer=reviewer)
            results[reviewer.pk] = claim.pk if claim else None
        except BaseException as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=ask, args=(r,)) for r in reviewers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    leased = list(results.values())
    assert None not in leased and len(leased) == 20
    assert len(set(leased)) == 20, "a claim was leased twice"
    # The twenty highest priorities went out; the five lowest are still queued.
    top = {c.pk for c in sorted(claims, key=lambda c: -c.priority)[:20]}
    assert set(leased) == top
    for reviewer in reviewers:
        held = Claim.objects.get(pk=results[reviewer.pk])
        assert (held.status, held.assignee_id) == (S.IN_REVIEW, reviewer.pk)
    assert Claim.objects.filter(status=S.QUEUED, assignee__isnull=True).count() == 5
    assert ClaimChange.objects.filter(field="status", after=S.IN_REVIEW).count() == 20


@pytest.mark.django_db(transaction=True)
def test_a_locked_claim_is_skipped_not_waited_for(reviewer):
    first = ClaimFactory(status=S.QUEUED, priority=0.9)
    second = ClaimFactory(status=S.QUEUED, priority=0.5)
    locked = threading.Event()
    release = threading.Event()

    def hold_row():
        from django.db import transaction

        with transaction.atomic():
            Claim.objects.select_for_update().get(pk=first.pk)
            locked.set()
            release.wait(timeout=30)
        connections.close_all()

    holder = threading.Thread(target=hold_row)
    holder.start()
    try:
        assert locked.wait(timeout=10)
        claim = queue_next_claim(reviewer=reviewer)
        assert claim is not None and claim.pk == second.pk
    finally:
        release.set()
        holder.join(timeout=30)
        connection.close()


@pytest.mark.django_db
def test_priority_order(reviewer):
    low = ClaimFactory(status=S.QUEUED, priority=0.2)
    high = ClaimFactory(status=S.QUEUED, priority=0.9)
    mid = ClaimFactory(status=S.QUEUED, priority=0.5)
    ClaimFactory(status=S.NEW, priority=1.0)  # not queued: never offered
    taken = [queue_next_claim(reviewer=reviewer) for _ in range(4)]
    assert [c.pk if c else None for c in taken] == [high.pk, mid.pk, low.pk, None]


@pytest.mark.django_db
def test_only_claims_in_the_reviewers_languages(reviewer, other_reviewer):
    ReviewerProfileFactory(user=reviewer, languages=["en"])
    french = ClaimFactory(status=S.QUEUED, language="fr", priority=0.9)
    english = ClaimFactory(status=S.QUEUED, language="en", priority=0.1)
    ClaimFactory(status=S.QUEUED, language="de", priority=1.0)
    assert queue_next_claim(reviewer=reviewer).pk == english.pk
    assert queue_next_claim(reviewer=reviewer) is None
    # No profile: the default languages, French and English.
    assert queue_next_claim(reviewer=other_reviewer).pk == french.pk
    assert queue_next_claim(reviewer=other_reviewer) is None


@pytest.mark.django_db
def test_lease_sets_holder_expiry_and_history(reviewer, settings):
    settings.REVIEW_LEASE_SECONDS = 600
    claim = ClaimFactory(status=S.QUEUED)
    before = timezone.now()
    leased = queue_next_claim(reviewer=reviewer)
    leased.refresh_from_db()
    assert leased.pk == claim.pk and leased.assignee == reviewer
    assert leased.status == S.IN_REVIEW and leased.version == 2
    expected = before + dt.timedelta(seconds=600)
    assert abs((leased.lease_expires_at - expected).total_seconds()) < 5
    fields = set(leased.history.filter(actor=reviewer).values_list("field", flat=True))
    assert fields == {"status", "assignee", "lease_expires_at"}
    assert list(queue_mine(reviewer)) == [leased]


@pytest.mark.django_db
def test_holding_a_claim_does_not_stop_taking_another(reviewer):
    ClaimFactory.create_batch(2, status=S.QUEUED)
    first = queue_next_claim(reviewer=reviewer)
    second = queue_next_claim(reviewer=reviewer)
    assert first.pk != second.pk
    assert queue_mine(reviewer).count() == 2


@pytest.mark.django_db
def test_viewer_cannot_take_from_the_queue(viewer):
    ClaimFactory(status=S.QUEUED)
    with pytest.raises(PermissionDenied):
        queue_next_claim(reviewer=viewer)
    assert Claim.objects.get().status == S.QUEUED


@pytest.mark.django_db
def test_expired_leases_return_to_the_queue_through_the_task(reviewer, other_reviewer):
    expired = ClaimFactory(
        status=S.IN_REVIEW,
        assignee=reviewer,
        lease_expires_at=timezone.now() - dt.timedelta(seconds=1),
    )
    live = ClaimFactory(
        status=S.IN_REVIEW,
        assignee=other_reviewer,
        lease_expires_at=timezone.now() + dt.timedelta(minutes=10),
    )
    assert expire_review_leases() == 1
    expired.refresh_from_db()
    live.refresh_from_db()
    assert (expired.status, expired.assignee, expired.lease_expires_at) == (S.QUEUED, None, None)
    assert expired.version == 2
    rows = expired.history.all()
    assert {r.field for r in rows} == {"status", "assignee", "lease_expires_at"}
    assert all(r.actor is None and r.reason == "lease expired" for r in rows)
    assert rows.get(field="assignee").before == reviewer.username
    assert live.status == S.IN_REVIEW and live.assignee == other_reviewer
    assert expire_review_leases() == 0  # safe to run twice


@pytest.mark.django_db
def test_release_keeps_place_in_line(reviewer, other_reviewer):
    queued_at = timezone.now() - dt.timedelta(hours=5)
    claim = ClaimFactory(status=S.QUEUED, queued_at=queued_at)
    queue_next_claim(reviewer=reviewer)
    with pytest.raises(PermissionDenied):
        queue_release(claim_id=claim.pk, actor=other_reviewer)
    queue_release(claim_id=claim.pk, actor=reviewer)
    claim.refresh_from_db()
    assert (claim.status, claim.assignee, claim.queued_at) == (S.QUEUED, None, queued_at)
    assert claim.history.filter(field="status", after=S.QUEUED, reason="released").exists()
    assert queue_next_claim(reviewer=other_reviewer).pk == claim.pk


@pytest.mark.django_db
def test_reassign_is_for_editors_and_to_reviewers(reviewer, other_reviewer, editor, viewer):
    claim = ClaimFactory(status=S.QUEUED)
    queue_next_claim(reviewer=reviewer)
    with pytest.raises(PermissionDenied, match="Only editors"):
        queue_reassign(claim_id=claim.pk, actor=reviewer, to_user=other_reviewer)
    with pytest.raises(PermissionDenied, match="not a reviewer"):
        queue_reassign(claim_id=claim.pk, actor=editor, to_user=viewer)
    queue_reassign(claim_id=claim.pk, actor=editor, to_user=other_reviewer)
    claim.refresh_from_db()
    assert claim.assignee == other_reviewer and claim.status == S.IN_REVIEW
    row = claim.history.filter(field="assignee").last()
    assert (row.before, row.after, row.actor) == ("rita", "remi", editor)
    published = ClaimFactory(status=S.PUBLISHED, verdict="true")
    with pytest.raises(DomainError, match="Only queued claims"):
        queue_reassign(claim_id=published.pk, actor=editor, to_user=reviewer)


@pytest.mark.django_db
def test_recompute_priority_counts_appearances():
    article = ArticleFactory(published_on=timezone.localdate(), published_precision="day")
    claim = ClaimFactory(status=S.QUEUED, check_worthiness=0.8, priority=0.0)
    AppearanceFactory(claim=claim, article=article)
    once = claim_recompute_priority(claim_id=claim.pk).priority
    for _ in range(3):
        AppearanceFactory(claim=claim)
    thrice = claim_recompute_priority(claim_id=claim.pk).priority
    assert 0 < once < thrice <= 1
    claim.refresh_from_db()
    assert claim.priority == thrice and claim.version == 1
    assert claim.history.filter(field="priority").count() == 2
