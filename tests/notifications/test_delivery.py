"""Delivery to a real SMTP server and a real HTTP receiver: signatures, retries, 410,
Retry-After, timeouts, redirects, digests, chat, and a send that was never recorded."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.utils import timezone

from claims.models import ClaimStatus
from claims.services import claim_promote
from notifications.models import Delivery, Event, EventKind, Subscription
from notifications.services import (
    delivery_attempt,
    delivery_redeliver,
    digests_send,
    event_fan_out,
    notifications_sweep,
    retry_delay,
    webhook_endpoint_create,
)
from tests.factories import ClaimFactory, ReviewerProfileFactory, user_in_group
from tests.worker import tasks_go_nowhere

pytestmark = pytest.mark.django_db
K, S = EventKind, ClaimStatus


@pytest.fixture
def endpoint(editor, receiver):
    endpoint, secret = webhook_endpoint_create(
        actor=editor, url=receiver.url(), events=[K.CLAIM_QUEUED]
    )
    receiver.secret = secret
    return endpoint


def queue_one(actor, **claim_fields) -> Event:
    claim = ClaimFactory(status=S.NEW, **claim_fields)
    claim_promote(claim_id=claim.pk, actor=actor, expected_version=None)
    event = Event.objects.get(claim=claim)
    event_fan_out(event_id=event.pk)
    return event


def test_email_in_the_users_language_with_text_and_html(reviewer, smtp):
    french = user_in_group("reviewer", username="francoise", email="f@example.org")
    Subscription.objects.create(
        user=french, events=[K.CLAIM_QUEUED], channels=["email"], language="fr"
    )
    english = user_in_group("reviewer", username="ed", email="ed@example.org")
    ReviewerProfileFactory(user=english, languages=["fr"])
    event = queue_one(reviewer, statement="Le chômage a baissé de 12 %")
    for delivery in Delivery.objects.filter(event=event, channel="email"):
        assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    by_to = {m["To"]: m for m in smtp.messages}
    assert set(by_to) == {"f@example.org", "ed@example.org"}
    fr, en = by_to["f@example.org"], by_to["ed@example.org"]
    assert fr["Subject"].strip() == "Claim tracker : Une affirmation attend sa vérification"
    assert en["Subject"] == "Claim tracker: A claim is waiting for review"
    text = fr.get_body(("plain",)).get_content()
    html = fr.get_body(("html",)).get_content()
    assert "Bonjour francoise" in text and "Le chômage a baissé de 12 %" in text
    assert "Ouvrir dans le suivi des affirmations" in html and "/admin/claims/claim/" in html
    assert "Hello ed" in en.get_body(("plain",)).get_content()
    message_id = Delivery.objects.get(event=event, user__username="francoise").message_id
    assert fr["Message-ID"] == f"<{message_id}@claim-tracker.local>"


def test_signed_webhook_retried_with_the_same_id_and_logged(reviewer, endpoint, receiver):
    receiver.answer(500)
    event = queue_one(reviewer)
    delivery = Delivery.objects.get(event=event, endpoint=endpoint)
    assert delivery_attempt(delivery_id=delivery.pk) == "pending"
    delivery.refresh_from_db()
    assert delivery.last_status_code == 500 and delivery.next_attempt_at > timezone.now()
    # Not due yet: a duplicate message changes nothing.
    assert delivery_attempt(delivery_id=delivery.pk) == "skipped"
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    assert [r.verified for r in receiver.received] == [True, True]
    assert receiver.ids() == {delivery.message_id: 2}  # same webhook-id: receivers dedupe
    body = receiver.received[0].json
    assert body["type"] == "claim.queued" and body["data"]["event_id"] == event.pk
    log = list(delivery.log.order_by("number").values_list("number", "status_code", "success"))
    assert log == [(1, 500, False), (2, 200, True)]
    assert all(a.latency_ms is not None for a in delivery.log.all())


def test_410_disables_the_endpoint_and_cancels_what_waits(reviewer, endpoint, receiver):
    receiver.answer(410)
    first, second = queue_one(reviewer), queue_one(reviewer)
    delivery = Delivery.objects.get(event=first)
    assert delivery_attempt(delivery_id=delivery.pk) == "failed"
    endpoint.refresh_from_db()
    assert not endpoint.active and "410" in endpoint.disabled_reason
    assert Delivery.objects.get(event=second).state == "cancelled"
    assert len(receiver.received) == 1


def test_retry_after_is_honoured(reviewer, endpoint, receiver):
    receiver.answer(503, {"Retry-After": "120"})
    delivery = Delivery.objects.get(event=queue_one(reviewer))
    before = timezone.now()
    delivery_attempt(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    wait = (delivery.next_attempt_at - before).total_seconds()
    assert delivery.state == "pending" and 119 <= wait <= 122


def test_timeouts_and_redirects_are_failures(reviewer, endpoint, receiver, settings):
    settings.WEBHOOK_TIMEOUT_SECONDS = 0.5
    receiver.answer(200, delay=2)
    receiver.answer(302, {"Location": "http://127.0.0.1:1/elsewhere"})
    delivery = Delivery.objects.get(event=queue_one(reviewer))
    assert delivery_attempt(delivery_id=delivery.pk) == "pending"
    delivery.refresh_from_db()
    assert delivery.last_error.startswith("timeout")
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    assert delivery_attempt(delivery_id=delivery.pk) == "pending"
    delivery.refresh_from_db()
    assert delivery.last_status_code == 302 and "redirects are not followed" in delivery.last_error
    assert [r.path for r in receiver.received] == ["/hook", "/hook"]  # never to /elsewhere


def test_the_guard_checks_again_at_delivery(reviewer, endpoint, receiver, settings):
    settings.SSRF_ALLOWED_HOSTS = []  # 127.0.0.1 is no longer an allowed private host
    delivery = Delivery.objects.get(event=queue_one(reviewer))
    assert delivery_attempt(delivery_id=delivery.pk) == "pending"
    delivery.refresh_from_db()
    assert delivery.last_error.startswith("refused") and receiver.received == []


def test_backoff_schedule_and_giving_up_after_three_days(reviewer, endpoint, receiver, settings):
    assert settings.WEBHOOK_RETRY_BASE_SECONDS == 30
    middle = [retry_delay(attempt=n, rand=0.5) for n in range(1, 12)]
    assert middle == [30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 21600]
    assert retry_delay(attempt=3, rand=0.0) == pytest.approx(96)  # -20 % jitter
    assert retry_delay(attempt=3, rand=0.999999) == pytest.approx(144, abs=0.01)  # +20 %
    rng = random.Random(7)
    total, attempts = 0.0, 1
    while total + (step := retry_delay(attempt=attempts, rand=rng.random())) <= 3 * 86400:
        total, attempts = total + step, attempts + 1
    assert 15 <= attempts <= 25  # about three days of tries
    receiver.answer(500)
    delivery = Delivery.objects.get(event=queue_one(reviewer))
    Delivery.objects.filter(pk=delivery.pk).update(give_up_at=timezone.now())
    assert delivery_attempt(delivery_id=delivery.pk) == "failed"
    delivery.refresh_from_db()
    assert "gave up after 1 attempts" in delivery.last_error
    delivery_redeliver(delivery_id=delivery.pk, actor=endpoint.created_by)
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    assert receiver.ids() == {delivery.message_id: 2}


def test_sent_but_not_recorded_is_sent_again_with_the_same_id(reviewer, endpoint, receiver):
    delivery = Delivery.objects.get(event=queue_one(reviewer))
    # A worker claimed the row and died after sending: the row is left "sending".
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    Delivery.objects.filter(pk=delivery.pk).update(
        state="sending", lease_expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    result = notifications_sweep(now=timezone.now())  # eager: re-sends at once
    assert result["stuck"] == 1
    delivery.refresh_from_db()
    assert delivery.state == "delivered"
    assert receiver.ids() == {delivery.message_id: 2}
    assert "presumed lost" in delivery.log.order_by("id")[1].error


def test_digest_batches_into_one_email(reviewer, smtp, settings):
    digester = user_in_group("reviewer", username="dora", email="dora@example.org")
    Subscription.objects.create(
        user=digester, events=[K.CLAIM_QUEUED], channels=["email"], email_mode="digest"
    )
    first = queue_one(reviewer, statement="Premier chiffre douteux de 10 %")
    second = queue_one(reviewer, statement="Second chiffre douteux de 20 %")
    rows = Delivery.objects.filter(user=digester)
    assert set(rows.values_list("channel", "state")) == {("digest", "pending")}
    assert delivery_attempt(delivery_id=rows.first().pk) == "skipped"  # waits for the digest
    assert smtp.messages == []
    assert digests_send() == 1
    assert digests_send() == 0  # nothing left
    (message,) = smtp.messages
    assert message["Subject"] == "Claim tracker: 2 notifications"
    text = message.get_body(("plain",)).get_content()
    assert "Premier chiffre" in text and "Second chiffre" in text
    assert set(rows.values_list("state", flat=True)) == {"delivered"}
    assert {first.pk, second.pk} == set(rows.values_list("event_id", flat=True))


def test_chat_payload_links_to_the_claim(reviewer, editor, receiver):
    chat, _secret = webhook_endpoint_create(
        actor=editor, url=receiver.url("/chat"), events=[K.CLAIM_QUEUED], kind="chat"
    )
    event = queue_one(reviewer, statement="La dette a doublé en 5 ans")
    delivery = Delivery.objects.get(event=event, endpoint=chat)
    assert delivery.channel == "chat"
    assert delivery_attempt(delivery_id=delivery.pk) == "delivered"
    (received,) = receiver.received
    assert set(received.json) == {"text"} and received.verified is None
    text = received.json["text"]
    assert "La dette a doublé en 5 ans" in text
    assert f"http://localhost:8000/admin/claims/claim/{event.claim_id}/change/" in text


def assert_swept_once_per_grace(kind: str, grace_seconds: int) -> None:
    """The sweep sends what is due once, then not again within the grace period."""
    now = timezone.now()
    grace = dt.timedelta(seconds=grace_seconds)
    with tasks_go_nowhere():
        assert notifications_sweep(now=now)[kind] == 1
        assert notifications_sweep(now=now + dt.timedelta(seconds=1))[kind] == 0
        assert notifications_sweep(now=now + grace + dt.timedelta(seconds=1))[kind] == 1


def test_sweep_resends_a_due_delivery_once_per_grace_period(reviewer, endpoint, settings):
    delivery = Delivery.objects.get(event=queue_one(reviewer))
    long_ago = timezone.now() - dt.timedelta(hours=1)
    Delivery.objects.filter(pk=delivery.pk).update(next_attempt_at=long_ago)
    assert_swept_once_per_grace("due", settings.NOTIFICATIONS_SWEEP_GRACE_SECONDS)
    delivery.refresh_from_db()
    assert delivery.state == "pending"


def test_sweep_resends_an_unfanned_event_once_per_grace_period(settings):
    event = Event.objects.create(kind=K.CLAIM_QUEUED, claim=ClaimFactory(), payload={})
    long_ago = timezone.now() - dt.timedelta(hours=1)
    Event.objects.filter(pk=event.pk).update(created_at=long_ago)
    assert_swept_once_per_grace("events", settings.NOTIFICATIONS_SWEEP_GRACE_SECONDS)
    assert Event.objects.get(pk=event.pk).fanned_out_at is None


@pytest.mark.django_db(transaction=True)
def test_sweep_leaves_alone_a_delivery_whose_worker_is_recording_it(reviewer, endpoint):
    """The worker holds the row while it records its outcome: the sweep must neither hand
    the row on nor log a "presumed lost" attempt for it."""
    import threading

    from django.db import connection, transaction

    delivery = Delivery.objects.get(event=queue_one(reviewer))
    Delivery.objects.filter(pk=delivery.pk).update(
        state="sending", lease_expires_at=timezone.now() - dt.timedelta(seconds=1)
    )
    attempts_before = delivery.log.count()
    locked, release = threading.Event(), threading.Event()

    def worker_records_its_outcome() -> None:
        try:
            with transaction.atomic():
                Delivery.objects.select_for_update().get(pk=delivery.pk)
                locked.set()
                release.wait(10)
                Delivery.objects.filter(pk=delivery.pk).update(state="delivered")
        finally:
            connection.close()

    worker = threading.Thread(target=worker_records_its_outcome)
    worker.start()
    try:
        assert locked.wait(10)
        assert notifications_sweep()["stuck"] == 0
    finally:
        release.set()
        worker.join(10)
    assert notifications_sweep()["stuck"] == 0
    delivery.refresh_from_db()
    assert delivery.state == "delivered" and delivery.log.count() == attempts_before
