"""Brute-force protection for the admin login: after LOGIN_FAILURE_LIMIT wrong passwords
for one account, or LOGIN_ADDRESS_FAILURE_LIMIT from one address, within
LOGIN_LOCKOUT_SECONDS, further attempts are refused with a message that says how long to
wait, before the password is even checked. A successful login clears the account's count.

Counters live in the cache (Redis in production, shared by every web process), keyed by
the folded username and by the client address as the throttle sees it (REMOTE_ADDR, or the
trusted proxy's X-Forwarded-For entry: API_TRUSTED_PROXIES).
"""

from __future__ import annotations

import hashlib
import math
import time

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from rest_framework.settings import api_settings


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.strip().casefold().encode()).hexdigest()[:32]
    return f"login-failures:{kind}:{digest}"


def client_address(request) -> str:
    xff = request.headers.get("x-forwarded-for")
    proxies = api_settings.NUM_PROXIES or 0
    if proxies and xff:
        addresses = [a.strip() for a in xff.split(",")]
        return addresses[-min(proxies, len(addresses))]
    return request.META.get("REMOTE_ADDR", "")


def _count(key: str) -> tuple[int, float]:
    entry = cache.get(key)
    if not entry:
        return 0, 0.0
    return int(entry[0]), float(entry[1])


def _record_failure(key: str) -> None:
    count, first = _count(key)
    now = time.time()
    if not count or now - first > settings.LOGIN_LOCKOUT_SECONDS:
        count, first = 0, now
    remaining = max(1, math.ceil(first + settings.LOGIN_LOCKOUT_SECONDS - now))
    cache.set(key, (count + 1, first), remaining)


def _locked_for(key: str, limit: int) -> int:
    """Seconds left in the lockout, 0 when not locked."""
    count, first = _count(key)
    if count < limit:
        return 0
    return max(0, math.ceil(first + settings.LOGIN_LOCKOUT_SECONDS - time.time()))


class GuardedAuthenticationForm(AdminAuthenticationForm):
    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request) if self.request is not None else ""
        account, origin = _key("user", username), _key("address", address)
        wait = max(
            _locked_for(account, settings.LOGIN_FAILURE_LIMIT),
            _locked_for(origin, settings.LOGIN_ADDRESS_FAILURE_LIMIT) if address else 0,
        )
        if wait:
            raise ValidationError(
                _(
                    "Too many failed logins for this account or from this address. "
                    "Try again in %(minutes)d minute(s), or ask an administrator to reset "
                    "the password."
                ),
                code="locked",
                params={"minutes": max(1, math.ceil(wait / 60))},
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            _record_failure(account)
            if address:
                _record_failure(origin)
            raise
        cache.delete(account)
        return cleaned
