"""What notifications hears from the layers below it, connected from
NotificationsConfig.ready(): each signal becomes an event row (the outbox), written by the
receiver inside the sender's transaction, so the event commits or rolls back with the change
it reports. Who hears of each event, and how, is decided later (event_fan_out).
"""

from __future__ import annotations

from typing import Any

from claims import hooks as claims_hooks
from matching import hooks as matching_hooks
from notifications.models import EventKind
from notifications.services import article_extraction_event, claim_status_event, event_record


def status_changed(sender: Any, *, claim: Any, actor: Any, **kwargs: Any) -> None:
    claim_status_event(claim=claim, actor=actor)


def lease_expired(sender: Any, *, claim: Any, **kwargs: Any) -> None:
    event_record(kind=EventKind.LEASE_EXPIRED, claim=claim, target=claim.assignee_id)


def extraction_failed(sender: Any, *, article: Any, **kwargs: Any) -> None:
    article_extraction_event(article=article)  # editors hear of failures


def published_claim_reappeared(sender: Any, *, claim: Any, appearance: Any, **kwargs: Any) -> None:
    event_record(
        kind=EventKind.CLAIM_REAPPEARED,
        claim=claim,
        article=appearance.article,
        target=claim.assignee_id,
    )


def connect() -> None:
    hooks = [
        (claims_hooks.claim_status_changed, status_changed),
        (claims_hooks.lease_expired, lease_expired),
        (claims_hooks.extraction_failed, extraction_failed),
        (matching_hooks.published_claim_reappeared, published_claim_reappeared),
    ]
    for signal, receiver in hooks:
        signal.connect(receiver, dispatch_uid=f"notifications.{receiver.__name__}")
