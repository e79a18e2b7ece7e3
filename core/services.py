"""Writes for accounts and API tokens."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from core.errors import DomainError, NotFound
from core.models import KEY_PREFIX_LENGTH, ApiToken, hash_key, new_key
from core.roles import ROLES


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    key: str  # shown once, never stored
    user_created: bool


def token_issue(*, username: str, role: str | None = None, name: str = "") -> IssuedToken:
    """Create the user if needed, put them in `role`, and issue a new API key."""
    username = username.strip()
    if not username:
        raise DomainError("A username is required.", field="username")
    if role is not None and role not in ROLES:
        raise DomainError(
            f"Unknown role '{role}'; choose one of: {', '.join(ROLES)}.", field="role"
        )
    User: Any = get_user_model()
    with transaction.atomic():
        user, created = User.objects.get_or_create(username=username)
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        if role is not None:
            user.groups.add(Group.objects.get(name=role))
        key = new_key()
        token = ApiToken.objects.create(
            user=user, name=name, prefix=key[:KEY_PREFIX_LENGTH], key_hash=hash_key(key)
        )
    return IssuedToken(token=token, key=key, user_created=created)


def tokens_revoke(tokens: Iterable[ApiToken]) -> int:
    """Revoke the live ones among `tokens`; how many were live.

    Saved one by one, not with `update()`: each save is what tells every web process to
    forget the keys it has cached (core.signals, core.key_cache).
    """
    now = timezone.now()
    revoked = 0
    with transaction.atomic():
        for token in tokens:
            if token.revoked_at is None:
                token.revoked_at = now
                token.save(update_fields=["revoked_at"])
                revoked += 1
    return revoked


def token_revoke(key_or_prefix: str) -> ApiToken:
    """Revoke one key, named by the key itself or by its prefix (shown in the admin)."""
    given = key_or_prefix.strip()
    if not given:
        raise DomainError("Give the API key, or its first 8 characters.", field="key")
    if len(given) == KEY_PREFIX_LENGTH:
        matches = list(
            ApiToken.objects.select_related("user").filter(prefix=given, revoked_at__isnull=True)
        )
        if not matches:
            raise NotFound(f"No live API key starts with '{given}'.", field="key")
        if len(matches) > 1:
            owners = ", ".join(sorted(t.user.username for t in matches))
            raise DomainError(
                f"{len(matches)} live keys start with '{given}' (users: {owners}): give the "
                "whole key, or revoke all of a user's keys.",
                code="ambiguous",
                field="key",
            )
        token = matches[0]
    else:
        token = ApiToken.objects.select_related("user").filter(key_hash=hash_key(given)).first()
        if token is None:
            raise NotFound("No API key matches the key given.", field="key")
    tokens_revoke([token])
    return token


def tokens_revoke_for_user(username: str) -> int:
    """Revoke every live key of `username`; how many there were."""
    User: Any = get_user_model()
    user = User.objects.filter(username=username.strip()).first()
    if user is None:
        raise NotFound(f"No user named '{username.strip()}'.", field="username")
    return tokens_revoke(ApiToken.objects.filter(user=user, revoked_at__isnull=True))
