"""Writes for accounts and API tokens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from claims.roles import GROUP_PERMISSIONS
from core.errors import DomainError
from core.models import KEY_PREFIX_LENGTH, ApiToken, hash_key, new_key


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
    if role is not None and role not in GROUP_PERMISSIONS:
        raise DomainError(
            f"Unknown role '{role}'; choose one of: {', '.join(GROUP_PERMISSIONS)}.", field="role"
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
