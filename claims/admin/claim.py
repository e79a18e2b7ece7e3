"""The claims admin: where reviewers and editors work. Every write goes through
claims.services; the admin only shows, asks and reports."""

from __future__ import annotations

import re

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.timesince import timesince
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import permissions
from claims.admin import display
from claims.admin.actions import ACTION_RULES, ALL_ACTIONS
from claims.admin.forms import PROPOSE_BUTTON, ClaimChangeForm
from claims.admin.views import claim_workflow_view, review_queue_view
from claims.models import Appearance, Claim, ClaimChange, ClaimStatus
from claims.services import (
    claim_add_evidence,
    claim_create,
    claim_propose_verdict,
    claim_update,
)
from claims.services.evidence import (
    EvidenceInput,
    claim_change_evidence,
    claim_remove_evidence,
)
from claims.services.workflow import EDITABLE_FIELDS
from core.errors import DomainError
from sources.models import Evidence, Source

S = ClaimStatus
_ID = re.compile(r"[1-9][0-9]{0,17}")  # a positive id, always within bigint

# The change page's sections, in the order shown.
_STATEMENT_FIELDS = ("statement", "speaker", "speaker_affiliation", "kind", "language")
_VERDICT_FIELDS = ("verdict", "verdict_explanation")
_REVIEW_FIELDS = (
    "status_badge",
    "assignee",
    "lease_expires_at",
    "check_worthiness",
    "priority",
    "version",
    "dismissal_reason",
    "canonical",
    "queued_at",
    "published_at",
    "created_at",
)
_EXTRACTED_FIELDS = ("quantities", "entities", "dates")


class SourceFilter(admin.SimpleListFilter):
    title = gettext_lazy("source")
    parameter_name = "source"

    def lookups(self, request, model_admin):
        return list(Source.objects.order_by("name").values_list("pk", "name")[:200])

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if not _ID.fullmatch(self.value()):
            # The admin's "?e=1" page. `abc`, `1.5` or a lone surrogate was a ValueError (500).
            raise IncorrectLookupParameters(_("The source filter takes a source's id."))
        # EXISTS, not a join: a claim seen twice in one outlet must be listed once.
        seen_in = Appearance.objects.filter(claim=OuterRef("pk"), article__source=self.value())
        return queryset.filter(Exists(seen_in))


class AssigneeFilter(admin.SimpleListFilter):
    title = gettext_lazy("assignee")
    parameter_name = "held"

    def lookups(self, request, model_admin):
        return [("mine", _("Assigned to me")), ("none", _("Unassigned"))]

    def queryset(self, request, queryset):
        if self.value() == "mine":
            return queryset.filter(assignee=request.user)
        if self.value() == "none":
            return queryset.filter(assignee__isnull=True)
        return queryset


class EvidenceInline(admin.StackedInline):
    # Pasted links without a scheme are almost always https today.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    model = Evidence
    fk_name = "claim"
    extra = 0
    fields = ["url", "article", "stance", "excerpt", "added_by", "created_at"]
    readonly_fields = ["added_by", "created_at"]
    raw_id_fields = ["article"]
    verbose_name = gettext_lazy("evidence")
    verbose_name_plural = gettext_lazy("evidence")

    # Evidence is edited by whoever may edit the claim; the services check again.
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and _edits(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and _edits(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and _edits(request, obj)


def _edits(request, claim: Claim | None) -> bool:
    return claim is None or permissions.can_add_evidence(request.user, claim)


class ClaimChangeInline(admin.TabularInline):
    model = ClaimChange
    extra = 0
    fields = ["at", "actor", "field", "before", "after", "reason"]
    readonly_fields = fields
    can_delete = False
    ordering = ["-at", "-id"]
    verbose_name_plural = gettext_lazy("history")

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("actor")


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    form = ClaimChangeForm
    change_form_template = "admin/claims/claim/change_form.html"
    list_display = [
        "short_statement",
        "status_badge",
        "verdict_badge",
        "speaker",
        "language",
        "check_worthiness",
        "priority",
        "appearance_count",
        "assignee",
        "age",
    ]
    list_display_links = ["short_statement"]
    list_filter = ["status", "verdict", "language", "kind", SourceFilter, AssigneeFilter]
    list_select_related = ["assignee"]
    search_fields = ["statement", "speaker"]
    actions = ALL_ACTIONS
    inlines = [EvidenceInline, ClaimChangeInline]
    list_per_page = 50

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("review-queue/", wrap(review_queue_view), name="claims_claim_queue"),
            path(
                "<int:claim_id>/workflow/",
                wrap(claim_workflow_view),
                name="claims_claim_workflow",
            ),
            *super().get_urls(),
        ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(appearance_count=Count("appearances", distinct=True))
        )

    # --- list columns ---
    @admin.display(description=gettext_lazy("statement"), ordering="statement")
    def short_statement(self, obj: Claim) -> str:
        return obj.statement if len(obj.statement) <= 120 else obj.statement[:119] + "…"

    @admin.display(description=gettext_lazy("status"), ordering="status")
    def status_badge(self, obj: Claim):
        return display.status_badge(obj)

    @admin.display(description=gettext_lazy("verdict"), ordering="verdict")
    def verdict_badge(self, obj: Claim):
        return display.verdict_badge(obj)

    @admin.display(description=gettext_lazy("appearances"), ordering="appearance_count")
    def appearance_count(self, obj: Claim) -> int:
        return obj.appearance_count

    @admin.display(description=gettext_lazy("age"), ordering="created_at")
    def age(self, obj: Claim) -> str:
        return timesince(obj.created_at)

    @admin.display(description=gettext_lazy("where it appeared"))
    def highlighted_appearances(self, obj: Claim):
        return display.appearances_html(obj)

    # --- permissions: reviewers edit only what they hold ---
    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or permissions.can_edit_claim(request.user, obj))

    def has_add_permission(self, request):
        return super().has_add_permission(request) and permissions.is_editor(request.user)

    def has_delete_permission(self, request, obj=None):
        # Claims are history; they are dismissed, never deleted.
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        return {
            name: action
            for name, action in actions.items()
            if name not in ACTION_RULES or ACTION_RULES[name](request.user)
        }

    # --- the change page ---
    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["statement", "speaker", "kind", "language"]})]
        return [
            (None, {"fields": ["opened_version", *_STATEMENT_FIELDS]}),
            (_("Where it appeared"), {"fields": ["highlighted_appearances"]}),
            (_("Verdict"), {"fields": list(_VERDICT_FIELDS)}),
            (_("Review"), {"fields": list(_REVIEW_FIELDS)}),
            (
                _("Extracted details"),
                {"fields": list(_EXTRACTED_FIELDS), "classes": ["collapse"]},
            ),
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        # Everything the workflow or the extractor sets is shown, never typed in.
        readonly = [
            "highlighted_appearances",
            "speaker_affiliation",
            *_REVIEW_FIELDS,
            *_EXTRACTED_FIELDS,
        ]
        if obj.status not in (S.IN_REVIEW, S.AWAITING_APPROVAL):
            # A verdict moves only through the workflow outside review.
            readonly += _VERDICT_FIELDS
        return readonly

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        claim = self.get_object(request, object_id) if object_id else None
        extra_context = {
            **(extra_context or {}),
            "workflow": _workflow_buttons(request.user, claim) if claim else [],
            "can_propose": bool(claim)
            and permissions.can_edit_claim(request.user, claim)
            and claim.status == S.IN_REVIEW,
            "propose_button": PROPOSE_BUTTON,
        }
        try:
            # The parent runs in one transaction: a refusal here undoes the whole save,
            # evidence included, and the person sees the reason instead of an error page.
            return super().changeform_view(request, object_id, form_url, extra_context)
        except DomainError as exc:
            self.message_user(request, exc.message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def save_model(self, request, obj, form, change):
        if not change:
            created = claim_create(
                actor=request.user,
                statement=form.cleaned_data["statement"],
                language=form.cleaned_data["language"],
                speaker=form.cleaned_data["speaker"],
                kind=form.cleaned_data["kind"],
            )
            obj.pk, obj.version = created.pk, created.version
            obj._state.adding = False
            return
        fields = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in EDITABLE_FIELDS and name in form.cleaned_data
        }
        if fields:
            updated = claim_update(
                claim_id=obj.pk,
                actor=request.user,
                expected_version=form.cleaned_data.get("opened_version"),
                **fields,
            )
            obj.version = updated.version
        else:
            obj.version = form.cleaned_data.get("opened_version") or obj.version

    def save_formset(self, request, form, formset, change):
        if formset.model is not Evidence:
            return super().save_formset(request, form, formset, change)
        # Through the evidence services, so every addition, correction and removal is
        # checked like the API's and lands in the claim's history.
        formset.save(commit=False)
        for evidence in formset.deleted_objects:
            claim_remove_evidence(evidence_id=evidence.pk, actor=request.user)
        for evidence, _changed in formset.changed_objects:
            claim_change_evidence(
                evidence_id=evidence.pk, actor=request.user, given=_given(evidence)
            )
        for evidence in formset.new_objects:
            claim_add_evidence(
                claim_id=form.instance.pk, actor=request.user, **vars(_given(evidence))
            )
        return None

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and PROPOSE_BUTTON in request.POST:
            claim_propose_verdict(
                claim_id=form.instance.pk,
                actor=request.user,
                expected_version=form.instance.version,
                verdict=form.cleaned_data["verdict"],
                explanation=form.cleaned_data.get("verdict_explanation", ""),
            )
            self.message_user(request, _("Verdict proposed; an editor will review it."))

    def response_change(self, request, obj):
        if PROPOSE_BUTTON in request.POST:
            return HttpResponseRedirect(reverse("admin:claims_claim_queue"))
        return super().response_change(request, obj)


def _given(evidence: Evidence) -> EvidenceInput:
    """What the person typed into one evidence form."""
    return EvidenceInput(evidence.stance, evidence.url, evidence.article, evidence.excerpt)


def _workflow_buttons(user, claim: Claim) -> list[tuple[str, str]]:
    """(action, label) of each one-click move this person may make on this claim now."""
    candidates = [
        ("take", S.IN_REVIEW, _("Take this claim"), claim.status == S.QUEUED),
        ("promote", S.QUEUED, _("Queue for review"), claim.status in (S.NEW, S.DISMISSED)),
        ("release", S.QUEUED, _("Release to the queue"), claim.status == S.IN_REVIEW),
        ("publish", S.PUBLISHED, _("Publish"), claim.status == S.AWAITING_APPROVAL),
        (
            "send_back",
            S.IN_REVIEW,
            _("Send back to review"),
            claim.status == S.AWAITING_APPROVAL,
        ),
        ("reopen", S.IN_REVIEW, _("Reopen to correct"), claim.status == S.PUBLISHED),
        ("unqueue", S.NEW, _("Back to new"), claim.status == S.QUEUED),
    ]
    return [
        (action, label)
        for action, to_status, label, applies in candidates
        if applies and permissions.transition_refusal(user, claim, to_status) is None
    ]
