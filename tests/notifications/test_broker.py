"""Through a real Celery worker and Redis: every event is delivered exactly once, even
when Redis is down while the changes commit (the sweep re-sends after it returns)."""

from __future__ import annotations

import logging
import subprocess
import time
from collections import Counter

import pytest

from claims.models import ClaimStatus
from claims.services import claim_promote
from notifications.models import Delivery, Event
from notifications.services import notifications_sweep, webhook_endpoint_create
from notifications.tasks import deliver
from tests.factories import ClaimFactory, user_in_group
from tests.notifications.conftest import free_port
from tests.worker import celery_worker, wait_for

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True), pytest.mark.timeout(300)]
QUEUES = "delivery,default"


def fresh_producer_pool() -> None:
    """The test process publishes to whichever broker the test chose, not a cached one."""
    from config.celery import app

    # Dropped, not closed: a closed pool may still be referenced by a cached producer.
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def people(db):
    actor = user_in_group("reviewer", username="rita")
    listener = user_in_group("reviewer", username="remi", email="remi@example.org")
    editor = user_in_group("editor", username="eddie")
    return actor, listener, editor


@pytest.fixture
def worker_env(monkeypatch, smtp, receiver):
    monkeypatch.setenv("EMAIL_URL", f"smtp://127.0.0.1:{smtp.port}")
    monkeypatch.setenv("SSRF_ALLOWED_HOSTS", "127.0.0.1,localhost")
    return smtp, receiver


def promote(actor, n: int) -> list[int]:
    ids = []
    for i in range(n):
        claim = ClaimFactory(status=ClaimStatus.NEW, statement=f"Le chômage a baissé de {i + 3} %")
        claim_promote(claim_id=claim.pk, actor=actor, expected_version=None)
        ids.append(claim.pk)
    return ids


def delivered_once(receiver, smtp, n: int) -> bool:
    events = Counter(r.json["data"]["event_id"] for r in list(receiver.received))
    return len(events) == n and len(smtp.messages) >= n


def assert_exactly_once(receiver, smtp, n: int) -> None:
    assert all(r.verified for r in receiver.received)
    ids = receiver.ids()
    assert len(ids) == n and set(ids.values()) == {1}, ids
    events = Counter(r.json["data"]["event_id"] for r in receiver.received)
    assert set(events.values()) == {1} and len(events) == n
    message_ids = Counter(m["Message-ID"] for m in smtp.messages)
    assert len(message_ids) == n and set(message_ids.values()) == {1}
    assert set(Delivery.objects.values_list("state", flat=True)) == {"delivered"}


def test_a_real_worker_delivers_each_event_once(redis_url, people, worker_env, settings):
    actor, _listener, editor = people
    smtp, receiver = worker_env
    settings.NOTIFICATIONS_SWEEP_GRACE_SECONDS = 0
    _endpoint, receiver.secret = webhook_endpoint_create(
        actor=editor, url=receiver.url(), events=["claim.queued"]
    )
    fresh_producer_pool()
    with celery_worker(redis_url, queues=QUEUES):
        promote(actor, 3)  # each commit wakes the worker through on_commit
        wait_for(lambda: delivered_once(receiver, smtp, 3))
        # Duplicate messages and sweeps change nothing: the rows are claimed by CAS.
        for delivery_id in Delivery.objects.values_list("pk", flat=True):
            deliver.delay(delivery_id)
        notifications_sweep()
        marker = promote(actor, 1)  # one solo worker: once this is sent, the rest ran
        wait_for(lambda: delivered_once(receiver, smtp, 4))
    assert Event.objects.filter(claim_id__in=marker).exists()
    assert_exactly_once(receiver, smtp, 4)


class OwnRedis:
    """A throwaway redis-server of our own: stopping it disturbs nobody."""

    def __init__(self) -> None:
        self.port = 6391
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        import redis

        wait_for(lambda: self._ping(redis), timeout=20, interval=0.1)

    def _ping(self, redis) -> bool:
        try:
            return redis.Redis.from_url(self.url, socket_connect_timeout=0.5).ping()
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=20)
            self.proc = None


@pytest.fixture
def own_redis():
    import shutil

    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = OwnRedis()
    probe = free_port()  # a busy 6391 would mean someone else's server: leave it alone
    assert probe != server.port
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_redis_down_while_claims_are_queued_then_everything_arrives_once(
    own_redis, people, worker_env, settings, caplog
):
    actor, _listener, editor = people
    smtp, receiver = worker_env
    settings.NOTIFICATIONS_SWEEP_GRACE_SECONDS = 0
    _endpoint, receiver.secret = webhook_endpoint_create(
        actor=editor, url=receiver.url(), events=["claim.queued"]
    )
    fresh_producer_pool()
    with celery_worker(own_redis.url, queues=QUEUES):
        own_redis.stop()
        caplog.set_level(logging.ERROR, logger="notifications")
        started = time.monotonic()
        claim_ids = promote(actor, 3)  # commits; every enqueue fails and is logged
        assert time.monotonic() - started < 10  # the outage does not hold the request
        assert Event.objects.filter(claim_id__in=claim_ids, fanned_out_at=None).count() == 3
        assert "could not enqueue fan-out" in caplog.text
        assert receiver.received == [] and smtp.messages == []
        own_redis.start()
        fresh_producer_pool()

        def sweep_until_delivered() -> bool:
            notifications_sweep()  # what beat does every 30 s
            return delivered_once(receiver, smtp, 3)

        wait_for(sweep_until_delivered, timeout=120, interval=1.0)
        for _ in range(3):  # more sweeps find nothing left to send
            notifications_sweep()
        time.sleep(2)
    assert_exactly_once(receiver, smtp, 3)
