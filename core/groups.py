"""The names of a user's groups, read at most once per user object.

Every permission check asks for them (the API asks once per request, an admin page many
times), so they are kept on the user object; token authentication fills them in with the
same query that finds the key, which saves a round trip on every API request.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_ATTRIBUTE = "_group_names"


def group_names(user: Any) -> frozenset[str]:
    held = getattr(user, _ATTRIBUTE, None)
    if held is None:
        held = frozenset(user.groups.values_list("name", flat=True))
        setattr(user, _ATTRIBUTE, held)
    return held


def remember_group_names(user: Any, names: Iterable[str]) -> None:
    """For code that has just read the groups with another query (see core.auth)."""
    setattr(user, _ATTRIBUTE, frozenset(names))
