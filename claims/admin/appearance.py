"""Appearances: where each claim was said. Editors split one off into its own claim when
the matcher (or a merge) put two different statements together: that action is matching's,
registered here with register_appearance_action()."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import admin

from claims.models import Appearance

# Actions on appearances, with who sees each (AppearanceAdmin.get_actions). The layers above
# add theirs with register_appearance_action() from their AppConfig.ready() (matching adds
# "Split off into its own claim"); claims never imports them (docs/architecture.md).
APPEARANCE_ACTIONS: list[Callable[..., Any]] = []
APPEARANCE_ACTION_RULES: dict[str, Callable[[Any], bool]] = {}


def register_appearance_action(action: Callable[..., Any], allowed: Callable[[Any], bool]) -> None:
    """`action`, a ModelAdmin action function; `allowed(user)`, whether the user sees it
    (registering the same name again changes nothing)."""
    if action.__name__ in APPEARANCE_ACTION_RULES:
        return
    APPEARANCE_ACTIONS.append(action)
    APPEARANCE_ACTION_RULES[action.__name__] = allowed


@admin.register(Appearance)
class AppearanceAdmin(admin.ModelAdmin):
    list_display = ["claim", "article", "sentence", "speaker_as_written", "is_quote"]
    list_select_related = ["claim", "article"]
    search_fields = ["sentence", "claim__statement"]
    raw_id_fields = ["claim", "article"]
    readonly_fields = [
        "claim",
        "article",
        "start",
        "end",
        "sentence",
        "is_quote",
        "speaker_as_written",
        "created_at",
    ]
    actions = APPEARANCE_ACTIONS  # this very list: what is registered later shows too

    def has_add_permission(self, request: Any) -> bool:
        return False  # appearances come from extraction

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def get_actions(self, request: Any) -> dict:
        actions = super().get_actions(request)
        return {
            name: action
            for name, action in actions.items()
            if name not in APPEARANCE_ACTION_RULES or APPEARANCE_ACTION_RULES[name](request.user)
        }
