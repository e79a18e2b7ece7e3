"""Changes that make the API keys cached by web processes out of date (core.key_cache)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save

from core.key_cache import KEYS
from core.models import ApiToken


def _keys_changed(sender, **kwargs) -> None:
    KEYS.changed()


def _memberships_changed(sender, action: str, **kwargs) -> None:
    if action.startswith("post_"):  # not twice per change (pre_add, post_add, …)
        KEYS.changed()


def connect() -> None:
    user_model = get_user_model()
    # A token saved (revoked, renamed) or deleted; a user saved (deactivated, renamed, made
    # staff) or deleted; a group renamed or deleted: each changes what some key is.
    for model in (ApiToken, user_model, Group):
        post_save.connect(_keys_changed, sender=model, dispatch_uid=f"keys-save-{model.__name__}")
        post_delete.connect(
            _keys_changed, sender=model, dispatch_uid=f"keys-delete-{model.__name__}"
        )
    # Roles are group memberships; permissions ride on users and groups.
    for through in (
        user_model.groups.through,
        user_model.user_permissions.through,
        Group.permissions.through,
    ):
        m2m_changed.connect(
            _memberships_changed, sender=through, dispatch_uid=f"keys-m2m-{through}"
        )
