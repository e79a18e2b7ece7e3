"""Delivering: claim a row by compare-and-set, send outside any transaction, record.

A row is `pending` until a worker flips it to `sending` with its own token (one UPDATE …
WHERE state='pending': two workers never both win). The outcome is written only if the
token is still ours. A worker that dies mid-send leaves the row `sending`; past its lease
the sweep puts it back to `pending` and it is sent again with the same message id, which is
the webhook-id receivers dedupe on.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import uuid
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import permissions
from core.errors import DomainError, NotFound
from notifications.enqueue import enqueue_delivery, enqueue_fan_out
from notifications.models import Delivery, DeliveryAttempt, Event
from notifications.services.senders import SendResult, send_email, send_http
from notifications.services.webhooks import endpoint_disable

logger = logging.getLogger("notifications")
D = Delivery.State
# Retries shorter than this are scheduled with a countdown; longer ones wait for the sweep
# (a Redis ETA task longer than the visibility timeout would be handed out twice).
COUNTDOWN_MAX_SECONDS = 300
JITTER = 0.2


def retry_delay(*, attempt: int, rand: float) -> float:
    """Seconds to wait after failed attempt number `attempt` (1-based): base·2^(n-1), capped,
    times a jitter factor in [1-JITTER, 1+JITTER] (`rand` in [0, 1))."""
    base = settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** min(attempt - 1, 30)
    capped = min(base, settings.WEBHOOK_RETRY_MAX_DELAY_SECONDS)
    return capped * (1 - JITTER + 2 * JITTER * rand)


def _claim(delivery_id: int, now: dt.datetime) -> uuid.UUID | None:
    token = uuid.uuid4()
    lease = dt.timedelta(seconds=settings.NOTIFICATIONS_SENDING_TIMEOUT_SECONDS)
    won = (
        Delivery.objects.filter(pk=delivery_id, state=D.PENDING, next_attempt_at__lte=now)
        .exclude(channel=Delivery.Channel.DIGEST)
        .update(
            state=D.SENDING,
            lease_token=token,
            lease_expires_at=now + lease,
            attempts=F("attempts") + 1,
            updated_at=now,
        )
    )
    return token if won else None


def delivery_attempt(*, delivery_id: int) -> str:
    """One attempt at one delivery (the task's unit of work). Returns the resulting state,
    or "skipped" when the row is not due or another worker has it."""
    now = timezone.now()
    token = _claim(delivery_id, now)
    if token is None:
        return "skipped"
    delivery = Delivery.objects.select_related("event", "user", "endpoint").get(pk=delivery_id)
    if delivery.endpoint is not None and not delivery.endpoint.active:
        result = SendResult(False, error="endpoint disabled")
    elif delivery.endpoint is not None:
        result = send_http(delivery=delivery)
    else:
        result = send_email(
            user=delivery.user,
            events=[delivery.event],
            message_id=delivery.message_id,
            digest=False,
        )
    return _record(delivery, token=token, result=result, started_at=now)


def _record(delivery: Delivery, *, token: uuid.UUID, result: SendResult, started_at) -> str:
    now = timezone.now()
    countdown: float | None = None
    with transaction.atomic():
        DeliveryAttempt.objects.create(
            delivery_id=delivery.pk,
            number=delivery.attempts,
            started_at=started_at,
            latency_ms=result.latency_ms,
            status_code=result.status_code,
            success=result.success,
            error=result.error,
        )
        row = (
            Delivery.objects.select_for_update()
            .filter(pk=delivery.pk, lease_token=token, state=D.SENDING)
            .first()
        )
        if row is None:
            # The sweep presumed us dead and handed the row on: its new owner records.
            logger.warning("delivery %s was taken over while sending", delivery.pk)
            return "taken over"
        row.lease_token = row.lease_expires_at = None
        row.last_status_code = result.status_code
        row.last_error = result.error
        if result.success:
            row.state, row.delivered_at = D.DELIVERED, now
        elif delivery.endpoint is not None and not delivery.endpoint.active:
            row.state = D.CANCELLED
        elif result.gone:
            row.state = D.FAILED
            reason = _("The receiver answered 410 Gone at %(when)s.") % {"when": now.isoformat()}
            endpoint_disable(endpoint_id=row.endpoint_id, reason=reason)
        else:
            if result.retry_after is not None:
                delay = result.retry_after
            else:
                delay = retry_delay(attempt=row.attempts, rand=random.random())
            next_at = now + dt.timedelta(seconds=delay)
            if next_at > row.give_up_at:
                row.state = D.FAILED
                row.last_error = f"{result.error} (gave up after {row.attempts} attempts)"
            else:
                row.state, row.next_attempt_at = D.PENDING, next_at
                countdown = delay if delay <= COUNTDOWN_MAX_SECONDS else None
        row.save()
    if countdown is not None:
        enqueue_delivery(delivery.pk, countdown=countdown)
    return row.state


def delivery_redeliver(*, delivery_id: int, actor: Any) -> Delivery:
    """Send again (admin action), with the same message id and a fresh retry window."""
    permissions.require(permissions.is_editor(actor), _("Only editors can redeliver."))
    now = timezone.now()
    with transaction.atomic():
        row = (
            Delivery.objects.select_for_update(of=("self",))
            .select_related("endpoint")
            .get(pk=delivery_id)
        )
        if row.state == D.SENDING:
            raise DomainError(_("This delivery is being sent right now."), code="invalid_state")
        if row.endpoint is not None and not row.endpoint.active:
            raise DomainError(
                _("The endpoint is disabled; reactivate it first."), code="invalid_state"
            )
        row.state, row.next_attempt_at = D.PENDING, now
        row.give_up_at = now + dt.timedelta(seconds=settings.WEBHOOK_RETRY_WINDOW_SECONDS)
        row.save(update_fields=["state", "next_attempt_at", "give_up_at", "updated_at"])
        if row.channel != Delivery.Channel.DIGEST:
            transaction.on_commit(lambda: enqueue_delivery(delivery_id))
    return row


def notifications_sweep(*, now: dt.datetime | None = None) -> dict[str, int]:
    """The periodic safety net: re-send what a lost broker message or a dead worker left."""
    now = now or timezone.now()
    grace = now - dt.timedelta(seconds=settings.NOTIFICATIONS_SWEEP_GRACE_SECONDS)
    unfanned = Event.objects.filter(fanned_out_at=None, created_at__lte=grace).filter(
        Q(fan_out_resent_at=None) | Q(fan_out_resent_at__lte=grace)
    )
    events = list(unfanned.order_by("created_at").values_list("pk", flat=True)[:1000])
    # Stamp what we re-send, as for deliveries below: a message still queued behind a
    # backlog is not copied again every round.
    Event.objects.filter(pk__in=events, fanned_out_at=None).update(fan_out_resent_at=now)
    # Sent but never recorded (the worker died, or is hung past its lease): send again.
    # Locked while we log it, so a worker that records its outcome at this very moment
    # either wins (the row is no longer stuck) or finds its lease gone, never both.
    with transaction.atomic():
        stuck = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(state=D.SENDING, lease_expires_at__lt=now)
            .only("pk", "attempts", "updated_at")[:1000]
        )
        stuck_ids = [row.pk for row in stuck]
        Delivery.objects.filter(pk__in=stuck_ids).update(
            state=D.PENDING, lease_token=None, lease_expires_at=None, next_attempt_at=now
        )
        DeliveryAttempt.objects.bulk_create(
            DeliveryAttempt(
                delivery_id=row.pk,
                number=row.attempts,
                started_at=row.updated_at,
                error="no outcome recorded; presumed lost and sent again",
            )
            for row in stuck
        )
    due = list(
        Delivery.objects.filter(state=D.PENDING, next_attempt_at__lte=grace)
        .exclude(channel=Delivery.Channel.DIGEST)
        .exclude(pk__in=stuck_ids)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:1000]
    )
    # Stamp what we re-send (it stays due): under a backlog its message may still be queued,
    # and without the stamp every round would add another copy until a worker got to it.
    Delivery.objects.filter(pk__in=due, state=D.PENDING).update(next_attempt_at=now)
    for event_id in events:
        enqueue_fan_out(event_id)
    for delivery_id in stuck_ids + [pk for pk in due if pk not in stuck_ids]:
        enqueue_delivery(delivery_id)
    return {"events": len(events), "stuck": len(stuck_ids), "due": len(due)}


def digests_send(*, now: dt.datetime | None = None) -> int:
    """The daily digest: per user, every waiting digest row in one email."""
    now = now or timezone.now()
    user_ids = (
        Delivery.objects.filter(channel=Delivery.Channel.DIGEST, state=D.PENDING)
        .values_list("user_id", flat=True)
        .distinct()
    )
    sent = 0
    for user_id in list(user_ids):
        sent += _digest_one(user_id, now)
    return sent


def _digest_one(user_id: int, now: dt.datetime) -> int:
    token = uuid.uuid4()
    lease = dt.timedelta(seconds=settings.NOTIFICATIONS_SENDING_TIMEOUT_SECONDS)
    mine = Delivery.objects.filter(
        user_id=user_id, channel=Delivery.Channel.DIGEST, state=D.PENDING
    )
    claimed = mine.update(
        state=D.SENDING,
        lease_token=token,
        lease_expires_at=now + lease,
        attempts=F("attempts") + 1,
        updated_at=now,
    )
    if not claimed:
        return 0
    rows = list(
        Delivery.objects.filter(lease_token=token).select_related("event").order_by("event_id")
    )
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return 0
    result = send_email(
        user=user, events=[r.event for r in rows], message_id=f"digest_{token.hex}", digest=True
    )
    with transaction.atomic():
        DeliveryAttempt.objects.bulk_create(
            DeliveryAttempt(
                delivery_id=r.pk,
                number=r.attempts,
                started_at=now,
                latency_ms=result.latency_ms,
                success=result.success,
                error=result.error,
            )
            for r in rows
        )
        done = Delivery.objects.filter(lease_token=token, state=D.SENDING)
        if result.success:
            done.update(
                state=D.DELIVERED, delivered_at=timezone.now(), lease_token=None, last_error=""
            )
        else:
            # Waits for the next digest run (or a redeliver).
            done.update(state=D.PENDING, lease_token=None, last_error=result.error)
    return 1 if result.success else 0


def delivery_get(*, delivery_id: int) -> Delivery:
    row = Delivery.objects.filter(pk=delivery_id).first()
    if row is None:
        raise NotFound(_("Delivery %(id)s does not exist.") % {"id": delivery_id})
    return row
