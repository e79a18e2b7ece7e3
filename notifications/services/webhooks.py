"""Webhook endpoints (editors only) and the Standard Webhooks signature."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from claims import permissions
from core.errors import DomainError, NotFound
from core.ssrf import check_url
from notifications.models import Delivery, EndpointKind, EventKind, WebhookEndpoint

SECRET_PREFIX = "whsec_"
SECRET_MIN_BYTES = 24
# Exactly what secret_key() accepts, so the API schema can say it: whsec_ + canonical
# base64 of 24 to 96 bytes.
SECRET_PATTERN = r"^whsec_(?:[A-Za-z0-9+/]{4}){8,32}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
_SECRET_RE = re.compile(SECRET_PATTERN)


def secret_generate() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def secret_key(secret: str) -> bytes:
    """The HMAC key: the bytes base64-encoded after `whsec_` (Standard Webhooks)."""
    if not _SECRET_RE.match(secret or ""):
        raise DomainError(
            _("A secret is “whsec_” followed by the base64 of at least %(n)s random bytes.")
            % {"n": SECRET_MIN_BYTES},
            field="secret",
        )
    try:
        key = base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise DomainError(_("The secret is not valid base64."), field="secret") from None
    if len(key) < SECRET_MIN_BYTES:
        raise DomainError(
            _("The secret must hold at least %(n)s bytes.") % {"n": SECRET_MIN_BYTES},
            field="secret",
        )
    return key


def webhook_sign(*, secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """`v1,` + base64(HMAC-SHA256(key, f"{msg_id}.{timestamp}.{body}"))."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def check_target(url: str) -> None:
    """Refuse addresses that are not public now; a name that does not resolve yet is let
    through, since every delivery checks (and pins) the address again."""
    try:
        check_url(url)
    except DomainError as exc:
        if exc.code != "dns_error":
            raise


def _require_editor(actor: Any) -> None:
    permissions.require(
        permissions.is_editor(actor), _("Only editors can manage webhook endpoints.")
    )


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    clean = dict(fields)
    if "events" in clean:
        events = list(dict.fromkeys(clean["events"]))
        unknown = sorted(set(events) - set(EventKind.values))
        if not events or unknown:
            raise DomainError(
                _("Choose events among: %(all)s.") % {"all": ", ".join(EventKind.values)},
                field="events",
            )
        clean["events"] = events
    if "languages" in clean:
        codes = sorted({c.strip().lower() for c in clean["languages"] if c.strip()})
        if any(len(c) != 2 or not c.isalpha() for c in codes):
            raise DomainError(_("Give two-letter language codes, e.g. fr, en."), field="languages")
        clean["languages"] = codes
    if "kind" in clean and clean["kind"] not in EndpointKind.values:
        raise DomainError(_("Unknown endpoint kind."), field="kind")
    if "url" in clean:
        check_target(clean["url"])
    if clean.get("secret") is not None:
        secret_key(clean["secret"])
    return clean


def webhook_endpoint_create(
    *,
    actor: Any,
    url: str,
    events: Iterable[str],
    kind: str = EndpointKind.WEBHOOK,
    secret: str | None = None,
    description: str = "",
    languages: Iterable[str] = (),
    language: str = "en",
    active: bool = True,
) -> tuple[WebhookEndpoint, str]:
    """Register a receiver; returns it with its secret, which is shown this once."""
    _require_editor(actor)
    fields = _clean(
        {"url": url, "events": list(events), "kind": kind, "secret": secret}
        | {"languages": list(languages)}
    )
    secret = fields["secret"] or secret_generate()
    endpoint = WebhookEndpoint.objects.create(
        url=url,
        kind=fields["kind"],
        events=fields["events"],
        languages=fields["languages"],
        language=language,
        description=description,
        secret=secret,
        active=active,
        created_by=actor,
    )
    return endpoint, secret


def webhook_endpoint_update(*, actor: Any, endpoint_id: int, **fields: Any) -> WebhookEndpoint:
    _require_editor(actor)
    allowed = {"url", "events", "kind", "secret", "description", "languages", "language", "active"}
    unknown = set(fields) - allowed
    if unknown:
        raise DomainError(_("Unknown fields: %(f)s.") % {"f": ", ".join(sorted(unknown))})
    clean = _clean(fields)
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().filter(pk=endpoint_id).first()
        if endpoint is None:
            raise NotFound(_("Webhook endpoint %(id)s does not exist.") % {"id": endpoint_id})
        if clean.get("active") and not endpoint.active:
            clean["disabled_reason"] = ""
        for name, value in clean.items():
            setattr(endpoint, name, value)
        endpoint.save()
    return endpoint


def webhook_endpoint_delete(*, actor: Any, endpoint_id: int) -> None:
    _require_editor(actor)
    deleted, _rows = WebhookEndpoint.objects.filter(pk=endpoint_id).delete()
    if not deleted:
        raise NotFound(_("Webhook endpoint %(id)s does not exist.") % {"id": endpoint_id})


def endpoint_disable(*, endpoint_id: int, reason: str) -> None:
    """The receiver answered 410 Gone: stop, and cancel what was still waiting for it."""
    WebhookEndpoint.objects.filter(pk=endpoint_id).update(active=False, disabled_reason=reason)
    Delivery.objects.filter(endpoint_id=endpoint_id, state=Delivery.State.PENDING).update(
        state=Delivery.State.CANCELLED, last_error=reason
    )
