"""Bulk actions on the claims list, one table (CLAIM_ACTIONS). Each calls a service per claim
(claims_bulk), so every claim gets its own history rows, and refusals are reported instead
of raised.

The layers above add their own actions with register_claim_action() from their
AppConfig.ready() (matching adds "Merge into one claim…"): claims sits below them
(docs/architecture.md) and never imports them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy

from claims import permissions
from claims.admin.forms import DismissForm, ProposeVerdictForm, ReassignForm
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
    modeladmin: Any, request: Any, queryset: Any, action: ClaimAction
) -> TemplateResponse | None:
    """An intermediate page asking for the action's inputs, then the action itself."""
    if "apply" in request.POST:
        form = action.form_class(request.POST)
        if form.is_valid():
            outcome = action.run(request, form.cleaned_data, _ids(queryset))
            report(modeladmin, request, outcome, action.done_text)
            return None
    else:
        form = action.form_class()
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": action.title,
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


@dataclass(frozen=True)
class ClaimAction:
    """One bulk action of the claims list: who sees it, what it calls for each claim, and
    what it asks first (a form whose fields become the service's keyword arguments)."""

    name: str
    description: Any
    allowed: Callable[[Any], bool]  # the services check again for each claim
    done_text: Any
    service: Callable[..., Any] | None = None
    form_class: type | None = None
    title: Any = ""
    inputs: tuple[str, ...] = ()
    apply: Callable[[Any, dict[str, Any], list[int]], BulkOutcome] | None = None

    def run(self, request: Any, data: dict[str, Any], ids: list[int]) -> BulkOutcome:
        if self.apply is not None:
            return self.apply(request, data, ids)
        arguments = {name: data[name] for name in self.inputs}
        return claims_bulk(self.service, claim_ids=ids, actor=request.user, **arguments)

    def admin_action(self) -> Callable[..., TemplateResponse | None]:
        def action(modeladmin: Any, request: Any, queryset: Any) -> TemplateResponse | None:
            if self.form_class is not None:
                return _with_form(modeladmin, request, queryset, self)
            report(modeladmin, request, self.run(request, {}, _ids(queryset)), self.done_text)
            return None

        action.__name__ = action.__qualname__ = self.name
        return admin.action(description=self.description)(action)


def _done(text: str) -> Any:
    return pgettext_lazy("bulk result", text)


CLAIM_ACTIONS = [
    ClaimAction(
        "take_claims",
        gettext_lazy("Take (start reviewing)"),
        permissions.can_take,
        _done("taken"),
        claim_take,
    ),
    ClaimAction(
        "release_claims",
        gettext_lazy("Release back to the queue"),
        permissions.can_take,
        _done("released"),
        queue_release,
    ),
    ClaimAction(
        "promote_claims",
        gettext_lazy("Queue for review"),
        permissions.can_promote,
        _done("queued"),
        claim_promote,
    ),
    ClaimAction(
        "propose_verdict",
        gettext_lazy("Propose a verdict…"),
        permissions.can_take,
        _done("sent for approval"),
        claim_propose_verdict,
        ProposeVerdictForm,
        gettext_lazy("Propose a verdict"),
        inputs=("verdict", "explanation"),
    ),
    ClaimAction(
        "publish_claims",
        gettext_lazy("Publish the proposed verdict"),
        permissions.can_publish,
        _done("published"),
        claim_publish,
    ),
    ClaimAction(
        "dismiss_claims",
        gettext_lazy("Dismiss…"),
        permissions.can_dismiss,
        _done("dismissed"),
        claim_dismiss,
        DismissForm,
        gettext_lazy("Dismiss claims"),
        inputs=("reason", "note", "duplicate_of"),
    ),
    ClaimAction(
        "reassign_claims",
        gettext_lazy("Reassign to a reviewer…"),
        permissions.can_reassign,
        _done("reassigned"),
        queue_reassign,
        ReassignForm,
        gettext_lazy("Reassign claims"),
        inputs=("to_user",),
    ),
]
# Which role sees which action (ClaimAdmin.get_actions), and the actions themselves
# (ClaimAdmin.actions is this very list, so what is registered later shows too).
ACTION_RULES: dict[str, Callable[[Any], bool]] = {a.name: a.allowed for a in CLAIM_ACTIONS}
ALL_ACTIONS = [a.admin_action() for a in CLAIM_ACTIONS]


def register_claim_action(action: ClaimAction) -> None:
    """A higher layer's action on the claims list, after claims' own (from its
    AppConfig.ready(); registering the same name again changes nothing)."""
    if action.name in ACTION_RULES:
        return
    CLAIM_ACTIONS.append(action)
    ACTION_RULES[action.name] = action.allowed
    ALL_ACTIONS.append(action.admin_action())
