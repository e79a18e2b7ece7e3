"""Appearances: where each claim was said. Editors split one off into its own claim when
the matcher (or a merge) put two different statements together."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import permissions
from claims.models import Appearance
from core.errors import DomainError


@admin.action(description=gettext_lazy("Split off into its own claim"))
def split_appearances(modeladmin: Any, request: Any, queryset: Any) -> None:
    from matching.services import appearance_split

    for pk in queryset.order_by("id").values_list("pk", flat=True):
        try:
            claim = appearance_split(appearance_id=pk, actor=request.user)
        except DomainError as exc:
            modeladmin.message_user(
                request,
                _("Appearance %(id)s: %(m)s") % {"id": pk, "m": exc.message},
                messages.WARNING,
            )
        else:
            modeladmin.message_user(
                request,
                _("Appearance %(id)s is now claim %(claim)s.") % {"id": pk, "claim": claim.pk},
                messages.SUCCESS,
            )


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
    actions = [split_appearances]

    def has_add_permission(self, request: Any) -> bool:
        return False  # appearances come from extraction

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def get_actions(self, request: Any) -> dict:
        actions = super().get_actions(request)
        if not permissions.can_merge(request.user):
            actions.pop("split_appearances", None)
        return actions
