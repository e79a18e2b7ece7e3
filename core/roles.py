"""The three roles and their order: the ground every permission rule stands on.

A role is a Django group of the same name (created by claims' data migration, which also
gives each group its model permissions: claims.roles). Each role holds the ones below it, and
superusers hold every role. What a role allows in each app is that app's rule
(claims.permissions for the review workflow); the API's generic gates
(core.permissions) only ask for a role.
"""

from __future__ import annotations

from typing import Any

from core.groups import group_names

VIEWER, REVIEWER, EDITOR = "viewer", "reviewer", "editor"

# Lowest first: a role holds every role before it in this list.
ROLES: tuple[str, ...] = (VIEWER, REVIEWER, EDITOR)


def has_role(user: Any, role: str) -> bool:
    """True when the user holds `role` or one above it (superusers hold every role)."""
    if not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", True):
        return False
    if user.is_superuser:
        return True
    held = group_names(user)
    return any(name in held for name in ROLES[ROLES.index(role) :])
