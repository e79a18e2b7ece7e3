"""The network side: one send, no database writes, never inside a transaction.

Each sender returns a SendResult; notifications.services.delivery records it.
"""

from __future__ import annotations

import email.utils
import json
import time
from dataclasses import dataclass
from typing import Any

import httpx
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.errors import DomainError
from core.ssrf import guarded_client
from notifications.models import Delivery, Event, EventKind, Subscription
from notifications.services.audience import message_language
from notifications.services.webhooks import webhook_sign

K = EventKind
# Retry-After beyond this is read as "much later", not as "in a year".
MAX_RETRY_AFTER_SECONDS = 24 * 3600


@dataclass(frozen=True)
class SendResult:
    success: bool
    status_code: int | None = None
    error: str = ""
    latency_ms: int | None = None
    retry_after: float | None = None
    gone: bool = False  # 410: the receiver asks us to stop


def _titles() -> dict[str, str]:
    return {
        K.CLAIM_QUEUED: _("A claim is waiting for review"),
        K.CLAIM_ASSIGNED: _("A claim was assigned to you"),
        K.LEASE_EXPIRING: _("Your hold on a claim expires soon"),
        K.LEASE_EXPIRED: _("Your hold on a claim expired; it is back in the queue"),
        K.VERDICT_PROPOSED: _("A verdict was proposed"),
        K.VERDICT_PUBLISHED: _("A verdict was published"),
        K.CLAIM_REAPPEARED: _("A published claim appeared again"),
        K.EXTRACTION_FAILED: _("Extraction of an article failed"),
    }


def event_title(event: Event) -> str:
    return _titles().get(event.kind, event.kind)


def event_summary(event: Event) -> str:
    claim = event.payload.get("claim") or {}
    article = event.payload.get("article") or {}
    if claim:
        return f"“{claim.get('statement', '')}”"
    return article.get("title") or _("Article %(id)s") % {"id": article.get("id")}


def event_link(event: Event) -> str:
    claim = event.payload.get("claim") or {}
    if claim.get("url"):
        return claim["url"]
    article = event.payload.get("article") or {}
    base = settings.NOTIFICATIONS_SITE_URL.rstrip("/")
    return f"{base}/admin/sources/article/{article.get('id')}/change/" if article else base


def _user_language(user: Any) -> str:
    subscription = Subscription.objects.filter(user=user).only("language").first()
    return subscription.language if subscription else message_language()


def _items(events: list[Event]) -> list[dict[str, str]]:
    return [
        {
            "title": event_title(e),
            "summary": event_summary(e),
            "link": event_link(e),
            "verdict": (e.payload.get("claim") or {}).get("verdict", ""),
            "error": (e.payload.get("article") or {}).get("error", ""),
        }
        for e in events
    ]


def send_email(*, user: Any, events: list[Event], message_id: str, digest: bool) -> SendResult:
    """One email (one event, or a digest of several) in the user's language, text + HTML.
    The Message-ID is the delivery's stable id, so a resend is recognisable as one."""
    with translation.override(_user_language(user)):
        items = _items(events)
        if digest:
            subject = _("Claim tracker: %(count)s notifications") % {"count": len(items)}
        else:
            subject = _("Claim tracker: %(title)s") % {"title": items[0]["title"]}
        context = {"user": user, "items": items, "subject": subject, "digest": digest}
        text = render_to_string("notifications/email/message.txt", context)
        html = render_to_string("notifications/email/message.html", context)
    domain = settings.NOTIFICATIONS_EMAIL_DOMAIN
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[user.email],
        headers={"Message-ID": f"<{message_id}@{domain}>", "Date": email.utils.formatdate()},
        connection=get_connection(timeout=settings.EMAIL_TIMEOUT),
    )
    message.attach_alternative(html, "text/html")
    started = time.monotonic()
    try:
        message.send()
    except Exception as exc:  # any SMTP or socket failure is a failed attempt, retried
        return SendResult(
            False, error=f"{type(exc).__name__}: {exc}"[:2000], latency_ms=_ms(started)
        )
    return SendResult(True, latency_ms=_ms(started))


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def webhook_body(delivery: Delivery) -> bytes:
    """Standard Webhooks payload: type, timestamp (of the event), data. The same bytes on
    every attempt."""
    event = delivery.event
    body = {
        "type": event.kind,
        "timestamp": event.created_at.isoformat(),
        "data": {"event_id": event.pk, **event.payload},
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def chat_body(delivery: Delivery) -> bytes:
    """`{"text": …}` is what Slack, Mattermost and Rocket.Chat incoming webhooks all read;
    a bare URL is linked by all three."""
    event = delivery.event
    with translation.override(delivery.endpoint.language):
        text = f"{event_title(event)}: {event_summary(event)} {event_link(event)}"
    return json.dumps({"text": text}, ensure_ascii=False).encode()


def _retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("Retry-After", "").strip()
    if not raw:
        return None
    if raw.isdigit():
        seconds = float(raw)
    else:
        try:
            when = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


def send_http(*, delivery: Delivery) -> SendResult:
    """POST to a webhook or chat endpoint through the SSRF guard, which checks the address
    on every request and pins the connection to it. Redirects are not followed: a 3xx is a
    failure (a receiver that moved is re-registered by an editor)."""
    endpoint = delivery.endpoint
    signed = delivery.channel == Delivery.Channel.WEBHOOK
    body = webhook_body(delivery) if signed else chat_body(delivery)
    timestamp = int(time.time())
    headers = {"content-type": "application/json", "user-agent": "claim-tracker-webhooks/1.0"}
    if signed:
        headers |= {
            "webhook-id": delivery.message_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": webhook_sign(
                secret=endpoint.secret, msg_id=delivery.message_id, timestamp=timestamp, body=body
            ),
        }
    started = time.monotonic()
    try:
        with guarded_client(timeout=settings.WEBHOOK_TIMEOUT_SECONDS) as client:
            response = client.post(endpoint.url, content=body, headers=headers)
    except DomainError as exc:
        return SendResult(False, error=f"refused: {exc.message}", latency_ms=_ms(started))
    except httpx.TimeoutException as exc:
        return SendResult(False, error=f"timeout: {exc}"[:2000], latency_ms=_ms(started))
    except httpx.HTTPError as exc:
        return SendResult(
            False, error=f"{type(exc).__name__}: {exc}"[:2000], latency_ms=_ms(started)
        )
    code = response.status_code
    latency = _ms(started)
    if 200 <= code < 300:
        return SendResult(True, status_code=code, latency_ms=latency)
    return SendResult(
        False,
        status_code=code,
        error=f"HTTP {code}" + (" (redirects are not followed)" if 300 <= code < 400 else ""),
        latency_ms=latency,
        retry_after=_retry_after(response),
        gone=code == 410,
    )
