"""Recording events (inside the caller's transaction) and fanning them out to deliveries.

Fan-out runs in a task, not in the caller's transaction: the change that caused the event
then pays for one INSERT, and a fault in the notification rules can never roll back a
reviewer's verdict. The event row is the promise; `event_fan_out` keeps it, once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from notifications.enqueue import enqueue_delivery, enqueue_fan_out
from notifications.models import (
    Delivery,
    EmailMode,
    EndpointKind,
    Event,
    EventKind,
    Notification,
    UserChannel,
    WebhookEndpoint,
)
from notifications.services.audience import event_recipients

K = EventKind
S = ClaimStatus


def admin_url(claim_id: int) -> str:
    path = reverse("admin:claims_claim_change", args=[claim_id])
    return settings.NOTIFICATIONS_SITE_URL.rstrip("/") + path


def _user_id(user: Any) -> int | None:
    return getattr(user, "pk", None) if getattr(user, "is_authenticated", False) else None


def _payload(claim: Claim | None, article: Any, actor: Any, extra: dict[str, Any]) -> dict:
    """A snapshot: what was true when the event happened, whatever changes later."""
    data: dict[str, Any] = {}
    if claim is not None:
        data["claim"] = {
            "id": claim.pk,
            "statement": claim.statement,
            "language": claim.language,
            "speaker": claim.speaker,
            "status": claim.status,
            "verdict": claim.verdict,
            "assignee": claim.assignee.get_username() if claim.assignee_id else None,
            "url": admin_url(claim.pk),
        }
    if article is not None:
        data["article"] = {
            "id": article.pk,
            "title": article.title,
            "url": article.url,
            "language": article.language,
        }
        if article.extraction_error:
            data["article"]["error"] = article.extraction_error[:500]
    data["actor"] = actor.get_username() if _user_id(actor) else None
    return data | extra


def event_record(
    *,
    kind: str,
    claim: Claim | None = None,
    article: Any = None,
    actor: Any = None,
    target: Any = None,
    dedupe_key: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Event:
    """Write the event row in the caller's transaction; wake the fan-out after commit."""
    event = Event.objects.create(
        kind=kind,
        claim=claim,
        article=article,
        actor_id=_user_id(actor),
        target_id=getattr(target, "pk", target),
        language=(claim.language if claim is not None else getattr(article, "language", "")),
        payload=_payload(claim, article, actor, extra or {}),
        dedupe_key=dedupe_key,
    )
    transaction.on_commit(lambda: enqueue_fan_out(event.pk))
    return event


def claim_status_event(*, claim: Claim, actor: Any) -> Event | None:
    """The workflow's hook, after every status move: the moves someone must hear of."""
    if claim.status == S.QUEUED:
        return event_record(kind=K.CLAIM_QUEUED, claim=claim, actor=actor)
    if claim.status == S.AWAITING_APPROVAL:
        return event_record(kind=K.VERDICT_PROPOSED, claim=claim, actor=actor)
    if claim.status == S.PUBLISHED:
        return event_record(kind=K.VERDICT_PUBLISHED, claim=claim, actor=actor)
    if claim.status == S.IN_REVIEW and claim.assignee_id and claim.assignee_id != _user_id(actor):
        # Taking a claim yourself is no news; being handed one (reassigned, or a proposal
        # sent back by an editor) is.
        return event_record(
            kind=K.CLAIM_ASSIGNED, claim=claim, actor=actor, target=claim.assignee_id
        )
    return None


def article_extraction_event(*, article: Any) -> Event | None:
    """Extraction's hook when it finishes without claims: failures go to editors."""
    if article.extraction_state != article.ExtractionState.FAILED:
        return None
    return event_record(kind=K.EXTRACTION_FAILED, article=article)


def lease_warnings_record(*, now: dt.datetime | None = None) -> int:
    """One warning per lease ending within NOTIFICATIONS_LEASE_WARNING_MINUTES. A renewed
    lease is a new lease (new expiry), so it gets its own warning."""
    now = now or timezone.now()
    horizon = now + dt.timedelta(minutes=settings.NOTIFICATIONS_LEASE_WARNING_MINUTES)
    with transaction.atomic():
        claims = list(
            Claim.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("assignee")
            .filter(status=S.IN_REVIEW, lease_expires_at__gt=now, lease_expires_at__lte=horizon)
            .order_by("lease_expires_at")[:500]
        )
        keys = {c.pk: f"lease_expiring:{c.pk}:{c.lease_expires_at.isoformat()}" for c in claims}
        done = set(Event.objects.filter(dedupe_key__in=keys.values()).values_list("dedupe_key"))
        written = 0
        for claim in claims:
            if (keys[claim.pk],) in done:
                continue
            event_record(
                kind=K.LEASE_EXPIRING,
                claim=claim,
                target=claim.assignee_id,
                dedupe_key=keys[claim.pk],
                extra={"lease_expires_at": claim.lease_expires_at.isoformat()},
            )
            written += 1
    return written


def event_fan_out(*, event_id: int, now: dt.datetime | None = None) -> list[int]:
    """Turn one event into inbox lines and delivery rows, once: the event row is locked and
    marked in the same transaction, so a second run (or a concurrent one) writes nothing."""
    now = now or timezone.now()
    window = dt.timedelta(seconds=settings.WEBHOOK_RETRY_WINDOW_SECONDS)
    with transaction.atomic():
        event = (
            Event.objects.select_for_update(skip_locked=True)
            .filter(pk=event_id, fanned_out_at=None)
            .first()
        )
        if event is None:
            return []
        inbox: list[Notification] = []
        rows: list[Delivery] = []
        due = {"next_attempt_at": now, "give_up_at": now + window}
        for recipient in event_recipients(event):
            prefs, user = recipient.preferences, recipient.user
            if UserChannel.INBOX in prefs.channels:
                inbox.append(Notification(user=user, event=event))
            if UserChannel.EMAIL in prefs.channels and user.email:
                digest = prefs.email_mode == EmailMode.DIGEST
                channel = Delivery.Channel.DIGEST if digest else Delivery.Channel.EMAIL
                rows.append(Delivery(event=event, channel=channel, user=user, **due))
        endpoints = WebhookEndpoint.objects.filter(active=True, events__contains=[event.kind])
        for endpoint in endpoints:
            if endpoint.languages and event.language[:2] not in endpoint.languages:
                continue
            channel = (
                Delivery.Channel.CHAT
                if endpoint.kind == EndpointKind.CHAT
                else Delivery.Channel.WEBHOOK
            )
            rows.append(Delivery(event=event, channel=channel, endpoint=endpoint, **due))
        Notification.objects.bulk_create(inbox)
        created = Delivery.objects.bulk_create(rows)
        event.fanned_out_at = now
        event.save(update_fields=["fanned_out_at"])
        # Digest rows wait for the daily digest; the rest go now.
        ids = [d.pk for d in created if d.channel != Delivery.Channel.DIGEST]
        transaction.on_commit(lambda: [enqueue_delivery(pk) for pk in ids])
    return ids
