"""Bulk actions on the claims list. Each calls a service per claim (claims_bulk), so every
claim gets its own history rows, and refusals are reported instead of raised."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext

from claims import permissions
from claims.admin.forms import DismissForm, MergeForm, ProposeVerdictForm, ReassignForm
from claims.services import (
    BulkOutcome,
    claim_dismiss,
    claim_promote,
    claim_propose_verdict,
    claim_publish,
    claim_take,
    claims_bulk,
    queue_reassign,
    queue_release,
)

MAX_REFUSALS_SHOWN = 10


def report(modeladmin: Any, request: Any, outcome: BulkOutcome, done_text: str) -> None:
    if outcome.done:
        modeladmin.message_user(
            request,
            ngettext("%(n)d claim %(what)s.", "%(n)d claims %(what)s.", len(outcome.done))
            % {"n": len(outcome.done), "what": done_text},
            messages.SUCCESS,
        )
    for claim_id, message in outcome.refused[:MAX_REFUSALS_SHOWN]:
        modeladmin.message_user(
            request,
            _("Claim %(id)s: %(message)s") % {"id": claim_id, "message": message},
            messages.WARNING,
        )
    hidden = len(outcome.refused) - MAX_REFUSALS_SHOWN
    if hidden > 0:
        modeladmin.message_user(
            request, _("…and %(n)d more refused.") % {"n": hidden}, messages.WARNING
        )


def _ids(queryset: Any) -> list[int]:
    return list(queryset.order_by("-priority", "id").values_list("pk", flat=True))


def _with_form(
    modeladmin: Any,
    request: Any,
    queryset: Any,
    *,
    form_class: type,
    title: str,
    apply: Callable[[dict[str, Any], list[int]], BulkOutcome],
    done_text: str,
) -> TemplateResponse | None:
    """An intermediate page asking for the action's inputs, then the action itself."""
    if "apply" in request.POST:
        form = form_class(request.POST)
        if form.is_valid():
            report(modeladmin, request, apply(form.cleaned_data, _ids(queryset)), done_text)
            return None
    else:
        form = form_class()
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "form": form,
        "claims": queryset[:50],
        "claim_count": queryset.count(),
        "selected": _ids(queryset),
        "action": request.POST.get("action", ""),
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "opts": modeladmin.model._meta,
        "media": modeladmin.media + form.media,
    }
    return TemplateResponse(request, "admin/claims/claim/action_form.html", context)


@admin.action(description=gettext_lazy("Take (start reviewing)"))
def take_claims(modeladmin, request, queryset):
    outcome = claims_bulk(claim_take, claim_ids=_ids(queryset), actor=request.user)
    report(modeladmin, request, outcome, pgettext("bulk result", "taken"))


@admin.action(description=gettext_lazy("Release back to the queue"))
def release_claims(modeladmin, request, queryset):
    outcome = claims_bulk(queue_release, claim_ids=_ids(queryset), actor=request.user)
    report(modeladmin, request, outcome, pgettext("bulk result", "released"))


@admin.action(description=gettext_lazy("Queue for review"))
def promote_claims(modeladmin, request, queryset):
    outcome = claims_bulk(claim_promote, claim_ids=_ids(queryset), actor=request.user)
    report(modeladmin, request, outcome, pgettext("bulk result", "queued"))


@admin.action(description=gettext_lazy("Propose a verdict…"))
def propose_verdict(modeladmin, request, queryset):
    return _with_form(
        modeladmin,
        request,
        queryset,
        form_class=ProposeVerdictForm,
        title=_("Propose a verdict"),
        apply=lambda data, ids: claims_bulk(
            claim_propose_verdict,
            claim_ids=ids,
            actor=request.user,
            verdict=data["verdict"],
            explanation=data["explanation"],
        ),
        done_text=pgettext("bulk result", "sent for approval"),
    )


@admin.action(description=gettext_lazy("Publish the proposed verdict"))
def publish_claims(modeladmin, request, queryset):
    outcome = claims_bulk(claim_publish, claim_ids=_ids(queryset), actor=request.user)
    report(modeladmin, request, outcome, pgettext("bulk result", "published"))


@admin.action(description=gettext_lazy("Dismiss…"))
def dismiss_claims(modeladmin, request, queryset):
    return _with_form(
        modeladmin,
        request,
        queryset,
        form_class=DismissForm,
        title=_("Dismiss claims"),
        apply=lambda data, ids: claims_bulk(
            claim_dismiss,
            claim_ids=ids,
            actor=request.user,
            reason=data["reason"],
            note=data["note"],
            duplicate_of=data["duplicate_of"],
        ),
        done_text=pgettext("bulk result", "dismissed"),
    )


@admin.action(description=gettext_lazy("Reassign to a reviewer…"))
def reassign_claims(modeladmin, request, queryset):
    return _with_form(
        modeladmin,
        request,
        queryset,
        form_class=ReassignForm,
        title=_("Reassign claims"),
        apply=lambda data, ids: claims_bulk(
            queue_reassign, claim_ids=ids, actor=request.user, to_user=data["to_user"]
        ),
        done_text=pgettext("bulk result", "reassigned"),
    )


@admin.action(description=gettext_lazy("Merge into one claim…"))
def merge_claims(modeladmin, request, queryset):
    from matching.services import claim_merge

    def merge_all(data: dict[str, Any], ids: list[int]) -> BulkOutcome:
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

    return _with_form(
        modeladmin,
        request,
        queryset,
        form_class=MergeForm,
        title=_("Merge claims"),
        apply=merge_all,
        done_text=pgettext("bulk result", "merged"),
    )


# Which role sees which action; the services check again for each claim.
ACTION_RULES: dict[str, Callable[[Any], bool]] = {
    "take_claims": permissions.can_take,
    "release_claims": permissions.can_take,
    "promote_claims": permissions.can_promote,
    "propose_verdict": permissions.can_take,
    "publish_claims": permissions.can_publish,
    "dismiss_claims": permissions.can_dismiss,
    "reassign_claims": permissions.can_reassign,
    "merge_claims": permissions.can_merge,
}
ALL_ACTIONS = [
    take_claims,
    release_claims,
    promote_claims,
    propose_verdict,
    publish_claims,
    dismiss_claims,
    reassign_claims,
    merge_claims,
]
