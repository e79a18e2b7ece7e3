"""A reviewer deciding a duplicate suggestion."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import permissions
from claims.services.history import claim_record_change
from core.errors import Conflict, NotFound
from matching.models import DuplicateSuggestion, SuggestionStatus
from matching.services.merge import lock_claim_pair, merge_locked


def _lock_pending(suggestion_id: int) -> DuplicateSuggestion:
    suggestion = DuplicateSuggestion.objects.select_for_update().filter(pk=suggestion_id).first()
    if suggestion is None:
        raise NotFound(_("Suggestion %(id)s does not exist.") % {"id": suggestion_id})
    if suggestion.status != SuggestionStatus.PENDING:
        raise Conflict(
            _("Suggestion %(id)s was already %(status)s.")
            % {"id": suggestion_id, "status": suggestion.get_status_display().lower()},
            code="already_decided",
        )
    return suggestion


def suggestion_confirm(*, suggestion_id: int, actor: Any) -> DuplicateSuggestion:
    """Same claim: the suggested claim is merged into its candidate."""
    permissions.require(
        permissions.can_take(actor), _("Only reviewers and editors can decide duplicates.")
    )
    with transaction.atomic():
        suggestion = _lock_pending(suggestion_id)
        claims = lock_claim_pair(suggestion.candidate_id, suggestion.claim_id)
        merge_locked(claims[suggestion.candidate_id], claims[suggestion.claim_id], actor=actor)
        suggestion.refresh_from_db()  # the merge marks the pair confirmed
        return suggestion


def suggestion_reject(*, suggestion_id: int, actor: Any) -> DuplicateSuggestion:
    """Different claims: remembered, so the pair is never suggested again."""
    permissions.require(
        permissions.can_take(actor), _("Only reviewers and editors can decide duplicates.")
    )
    with transaction.atomic():
        suggestion = _lock_pending(suggestion_id)
        suggestion.status = SuggestionStatus.REJECTED
        suggestion.decided_by = actor
        suggestion.decided_at = timezone.now()
        suggestion.save(update_fields=["status", "decided_by", "decided_at"])
        claim_record_change(
            claim=suggestion.claim,
            field="duplicate_of",
            before=None,
            after=None,
            actor=actor,
            reason=f"not a duplicate of claim {suggestion.candidate_id} (suggestion rejected)",
        )
        return suggestion
