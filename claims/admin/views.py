"""Admin pages beyond the model admin: the review queue and one-click workflow moves."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import permissions
from claims.admin.forms import LanguagesForm
from claims.models import ClaimStatus
from claims.selectors import queue_mine, queue_waiting_count
from claims.services import (
    claim_promote,
    claim_publish,
    claim_take,
    claim_transition,
    queue_next_claim,
    queue_release,
    reviewer_set_languages,
)
from claims.services.queue import reviewer_languages
from core.errors import DomainError

S = ClaimStatus


def _change_url(claim_id: int) -> str:
    return reverse("admin:claims_claim_change", args=[claim_id])


def review_queue_view(request):
    if not permissions.can_view(request.user):
        raise DjangoPermissionDenied
    can_take = permissions.can_take(request.user)
    if request.method == "POST":
        if not can_take:
            raise DjangoPermissionDenied
        if "languages" in request.POST:
            return _save_languages(request)
        try:
            claim = queue_next_claim(reviewer=request.user)
        except DomainError as exc:
            messages.error(request, exc.message)
            return HttpResponseRedirect(request.path)
        if claim is None:
            messages.info(request, _("Nothing is waiting in your languages. Well done."))
            return HttpResponseRedirect(request.path)
        until = timezone.localtime(claim.lease_expires_at).strftime("%H:%M")
        messages.success(request, _("This claim is yours until %(until)s.") % {"until": until})
        return HttpResponseRedirect(_change_url(claim.pk))
    languages = reviewer_languages(request.user)
    context = {
        **admin.site.each_context(request),
        "title": _("Review queue"),
        "can_take": can_take,
        "mine": queue_mine(request.user) if can_take else [],
        "languages": languages,
        "waiting": queue_waiting_count(languages=languages),
        "languages_form": LanguagesForm(initial={"languages": ", ".join(languages)}),
    }
    return TemplateResponse(request, "admin/claims/claim/review_queue.html", context)


def _save_languages(request):
    form = LanguagesForm(request.POST)
    if form.is_valid():
        try:
            profile = reviewer_set_languages(
                user=request.user, languages=form.cleaned_data["languages"].split(",")
            )
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(
                request,
                _("The queue now offers you claims in: %(langs)s.")
                % {"langs": ", ".join(profile.languages)},
            )
    return HttpResponseRedirect(request.path)


def claim_workflow_view(request, claim_id: int):
    """One-click moves from the claim page; the form posts the version it was shown."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    action = request.POST.get("action", "")
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = None
    common = {"claim_id": claim_id, "actor": request.user, "expected_version": version}
    moves = {
        "take": lambda: claim_take(**common),
        "promote": lambda: claim_promote(**common),
        "release": lambda: queue_release(**common),
        "publish": lambda: claim_publish(**common),
        "send_back": lambda: claim_transition(to_status=S.IN_REVIEW, **common),
        "reopen": lambda: claim_transition(
            to_status=S.IN_REVIEW, reason=request.POST.get("reason", "correction"), **common
        ),
        "unqueue": lambda: claim_transition(to_status=S.NEW, **common),
    }
    if action not in moves:
        messages.error(request, _("Unknown action."))
        return HttpResponseRedirect(_change_url(claim_id))
    try:
        claim = moves[action]()
    except DomainError as exc:
        messages.error(request, exc.message)
        return HttpResponseRedirect(_change_url(claim_id))
    messages.success(
        request, _("The claim is now “%(status)s”.") % {"status": claim.get_status_display()}
    )
    if action == "release":
        return HttpResponseRedirect(reverse("admin:claims_claim_queue"))
    return HttpResponseRedirect(_change_url(claim_id))
