"""Events are written in the transaction of the change, and fanned out to the right people."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from django.utils import timezone

from claims.models import ClaimStatus
from claims.services import (
    article_extract,
    claim_promote,
    claim_propose_verdict,
    claim_publish,
    queue_expire_leases,
    queue_next_claim,
    queue_reassign,
)
from claims.services.extraction import _finish_without_claims
from matching.services.matching import on_published_claim_reappeared
from notifications.models import Delivery, Event, EventKind, Notification, Subscription
from notifications.services import event_fan_out, lease_warnings_record
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    ClaimFactory,
    ReviewerProfileFactory,
    user_in_group,
)

pytestmark = pytest.mark.django_db
K, S = EventKind, ClaimStatus


def inbox_of(event: Event) -> set[str]:
    event_fan_out(event_id=event.pk)
    return set(Notification.objects.filter(event=event).values_list("user__username", flat=True))


def test_a_queued_claim_is_an_event_in_the_same_transaction(reviewer):
    claim = ClaimFactory(status=S.NEW)
    with pytest.raises(RuntimeError), transaction.atomic():
        claim_promote(claim_id=claim.pk, actor=reviewer, expected_version=None)
        assert Event.objects.filter(kind=K.CLAIM_QUEUED, claim=claim).count() == 1
        raise RuntimeError("the change is rolled back")
    assert not Event.objects.exists()  # no change, no event
    claim_promote(claim_id=claim.pk, actor=reviewer, expected_version=None)
    assert Event.objects.get().kind == K.CLAIM_QUEUED


def test_queued_goes_to_reviewers_of_its_language_not_the_actor_nor_editors(reviewer, editor):
    french = user_in_group("reviewer", username="francoise", email="f@example.org")
    ReviewerProfileFactory(user=french, languages=["fr"])
    english = user_in_group("reviewer", username="ed", email="e@example.org")
    ReviewerProfileFactory(user=english, languages=["en"])
    claim = ClaimFactory(status=S.NEW, language="fr")
    claim_promote(claim_id=claim.pk, actor=reviewer, expected_version=None)
    event = Event.objects.get()
    assert inbox_of(event) == {"francoise"}
    email = Delivery.objects.get(event=event)
    assert (email.channel, email.user.username, email.state) == ("email", "francoise", "pending")
    # A second fan-out (a duplicate message) writes nothing.
    assert event_fan_out(event_id=event.pk) == []
    assert Notification.objects.filter(event=event).count() == 1


def test_taking_a_claim_is_silent_being_handed_one_is_not(reviewer, other_reviewer, editor):
    ClaimFactory(status=S.QUEUED)
    taken = queue_next_claim(reviewer=reviewer)
    assert not Event.objects.filter(claim=taken).exists()
    claim = ClaimFactory(status=S.QUEUED)
    queue_reassign(claim_id=claim.pk, actor=editor, to_user=other_reviewer)
    event = Event.objects.get(claim=claim)
    assert (event.kind, event.target_id) == (K.CLAIM_ASSIGNED, other_reviewer.pk)
    assert inbox_of(event) == {"remi"}


def test_lease_warning_once_per_lease_and_expiry_tells_the_holder(reviewer):
    now = timezone.now()
    claim = ClaimFactory(
        status=S.IN_REVIEW, assignee=reviewer, lease_expires_at=now + dt.timedelta(minutes=3)
    )
    ClaimFactory(  # far from expiry: no warning
        status=S.IN_REVIEW, assignee=reviewer, lease_expires_at=now + dt.timedelta(hours=1)
    )
    assert lease_warnings_record(now=now) == 1
    assert lease_warnings_record(now=now + dt.timedelta(minutes=1)) == 0
    warning = Event.objects.get(kind=K.LEASE_EXPIRING)
    assert inbox_of(warning) == {"rita"}
    assert queue_expire_leases(now=now + dt.timedelta(minutes=4)) == 1
    expired = Event.objects.get(kind=K.LEASE_EXPIRED)
    assert (expired.claim_id, expired.target_id) == (claim.pk, reviewer.pk)
    assert inbox_of(expired) == {"rita"}


def test_proposed_goes_to_editors_published_to_subscribers(reviewer, editor):
    viewer = user_in_group("viewer", username="vic", email="vic@example.org")
    Subscription.objects.create(user=viewer, events=[K.VERDICT_PUBLISHED], channels=["inbox"])
    claim = ClaimFactory(
        status=S.IN_REVIEW,
        assignee=reviewer,
        lease_expires_at=timezone.now() + dt.timedelta(hours=1),
    )
    claim_propose_verdict(claim_id=claim.pk, actor=reviewer, expected_version=None, verdict="false")
    assert inbox_of(Event.objects.get(kind=K.VERDICT_PROPOSED)) == {"eddie"}
    claim_publish(claim_id=claim.pk, actor=editor, expected_version=None)
    published = Event.objects.get(kind=K.VERDICT_PUBLISHED)
    assert inbox_of(published) == {"vic"}
    assert not Delivery.objects.filter(event=published).exists()  # inbox only, as chosen


def test_a_published_claim_said_again_tells_its_reviewer_and_editors(reviewer, editor):
    claim = ClaimFactory(status=S.PUBLISHED, verdict="false", assignee=reviewer)
    appearance = AppearanceFactory(claim=claim)
    on_published_claim_reappeared(claim, appearance)
    event = Event.objects.get(kind=K.CLAIM_REAPPEARED)
    assert event.payload["article"]["id"] == appearance.article_id
    assert inbox_of(event) == {"rita", "eddie"}


def test_failed_extraction_tells_editors(reviewer, editor):
    started = timezone.now()
    article = ArticleFactory(extraction_state="extracting", extraction_started_at=started)
    _finish_without_claims(article.pk, started, "failed", "ValueError: boom")
    event = Event.objects.get(kind=K.EXTRACTION_FAILED)
    assert event.payload["article"]["error"] == "ValueError: boom"
    assert inbox_of(event) == {"eddie"}


def test_claims_queued_by_extraction_are_events(reviewer):
    article = ArticleFactory(
        text="Le ministre Jean Dupont a déclaré lundi que le chômage avait baissé de 12 % "
        "en 2023, selon l'Insee."
    )
    article_extract(article_id=article.pk)
    queued = set(
        article.appearances.filter(claim__status=S.QUEUED).values_list("claim_id", flat=True)
    )
    assert queued, "the article should give at least one check-worthy claim"
    events = set(Event.objects.filter(kind=K.CLAIM_QUEUED).values_list("claim_id", flat=True))
    assert events == queued
