"""Reviewers decide duplicate suggestions here; the actions only call services.

Merging claims from the claims list and splitting an appearance off are matching's too:
register_claims_actions(), from MatchingConfig.ready(), adds them to claims' admin (claims
sits below matching and never imports it, docs/architecture.md)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from claims import permissions
from claims.admin.actions import ClaimAction, register_claim_action
from claims.admin.appearance import register_appearance_action
from claims.services import BulkOutcome, claims_bulk
from core.errors import DomainError
from matching.models import DuplicateSuggestion, MatchedAppearance
from matching.services import (
    appearance_split,
    claim_merge,
    suggestion_confirm,
    suggestion_reject,
)


def _decide(
    modeladmin: Any, request: Any, queryset: Any, service: Callable[..., Any], done: str
) -> None:
    ok = 0
    for pk in queryset.order_by("id").values_list("pk", flat=True):
        try:
            service(suggestion_id=pk, actor=request.user)
            ok += 1
        except DomainError as exc:
            modeladmin.message_user(
                request,
                _("Suggestion %(id)s: %(m)s") % {"id": pk, "m": exc.message},
                messages.WARNING,
            )
    if ok:
        modeladmin.message_user(request, f"{ok} {done}", messages.SUCCESS)


@admin.register(DuplicateSuggestion)
class DuplicateSuggestionAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "claim_text",
        "candidate_text",
        "score",
        "status",
        "decided_by",
        "created_at",
    ]
    list_filter = ["status"]
    list_select_related = ["claim", "candidate", "decided_by"]
    search_fields = ["claim__statement", "candidate__statement"]
    # All of it: suggestions come from the matcher, decisions from the actions.
    readonly_fields = [f.name for f in DuplicateSuggestion._meta.fields if not f.primary_key]
    actions = ["confirm", "reject"]

    @admin.display(description=gettext_lazy("claim"))
    def claim_text(self, obj: DuplicateSuggestion) -> str:
        return f"#{obj.claim_id} {obj.claim.statement[:100]}"

    @admin.display(description=gettext_lazy("possible original"))
    def candidate_text(self, obj: DuplicateSuggestion) -> str:
        return f"#{obj.candidate_id} {obj.candidate.statement[:100]}"

    @admin.action(description=gettext_lazy("Same claim: merge into the original"))
    def confirm(self, request: Any, queryset: Any) -> None:
        _decide(self, request, queryset, suggestion_confirm, _("suggestion(s) confirmed."))

    @admin.action(description=gettext_lazy("Different claims: never suggest again"))
    def reject(self, request: Any, queryset: Any) -> None:
        _decide(self, request, queryset, suggestion_reject, _("suggestion(s) rejected."))

    # The role groups (claims.roles) predate this app; reviewers may see and decide
    # suggestions by role, the same rule the services apply.
    def has_module_permission(self, request: Any) -> bool:
        return permissions.can_take(request.user)

    def has_view_permission(self, request: Any, obj: Any = None) -> bool:
        return permissions.can_take(request.user)

    def has_add_permission(self, request: Any) -> bool:
        return False  # suggestions come from the matcher, decisions from the actions

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(MatchedAppearance)
class MatchedAppearanceAdmin(admin.ModelAdmin):
    list_display = ["appearance", "statement", "score", "created_at"]
    list_select_related = ["appearance"]
    readonly_fields = ["appearance", "statement", "normalized", "score", "created_at"]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False


# --- claims' admin: merging claims, splitting an appearance off ---


class MergeForm(forms.Form):
    survivor = forms.IntegerField(
        label=gettext_lazy("claim that stays"),
        help_text=gettext_lazy(
            "The id of one of the selected claims; the others are merged into it (their "
            "appearances, evidence and history move there)."
        ),
    )


def _merge_all(request: Any, data: dict[str, Any], ids: list[int]) -> BulkOutcome:
    survivor = data["survivor"]
    if survivor not in ids:
        outcome = BulkOutcome()
        outcome.refused.append(
            (survivor, _("The claim that stays must be one of the selected claims."))
        )
        return outcome
    return claims_bulk(
        lambda *, claim_id, expected_version, actor: claim_merge(
            survivor_id=survivor, duplicate_id=claim_id, actor=actor
        ),
        claim_ids=[pk for pk in ids if pk != survivor],
        actor=request.user,
    )


MERGE_CLAIMS = ClaimAction(
    "merge_claims",
    gettext_lazy("Merge into one claim…"),
    permissions.can_merge,
    pgettext_lazy("bulk result", "merged"),
    form_class=MergeForm,
    title=gettext_lazy("Merge claims"),
    apply=_merge_all,
)


@admin.action(description=gettext_lazy("Split off into its own claim"))
def split_appearances(modeladmin: Any, request: Any, queryset: Any) -> None:
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


def register_claims_actions() -> None:
    """From MatchingConfig.ready(): the merge action on the claims list (editors) and the
    split action on appearances (editors, the same rule as merging)."""
    register_claim_action(MERGE_CLAIMS)
    register_appearance_action(split_appearances, permissions.can_merge)
