"""Editors putting two claims together (merge) or taking an appearance apart (split)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import permissions
from claims.models import Appearance, Claim, ClaimChange, ClaimStatus
from claims.services.history import claim_record_change
from claims.services.queue import claim_recompute_priority
from claims.services.workflow import DismissalReason, apply_changes
from core.errors import Conflict, NotFound
from core.text import fold_spaces
from matching.models import DuplicateSuggestion, MatchedAppearance, SuggestionStatus
from matching.services.embeddings import claim_match_index_write
from sources.models import Evidence

S = ClaimStatus


def lock_claim_pair(first_id: int, second_id: int) -> dict[int, Claim]:
    """Lock both claims (NotFound if one is missing), by id."""
    # Always in id order, so two merges of the same pair in opposite directions queue up
    # instead of deadlocking.
    claims = {
        c.pk: c
        for c in Claim.objects.select_for_update()
        .filter(pk__in=[first_id, second_id])
        .order_by("pk")
    }
    for pk in (first_id, second_id):
        if pk not in claims:
            raise NotFound(_("Claim %(id)s does not exist.") % {"id": pk})
    return claims


def claim_merge(*, survivor_id: int, duplicate_id: int, actor: Any) -> Claim:
    """Move the duplicate's appearances, evidence and history to the survivor; the
    duplicate is dismissed as a duplicate pointing at the survivor."""
    permissions.require(permissions.can_merge(actor), _("Only editors can merge claims."))
    if survivor_id == duplicate_id:
        raise Conflict(_("A claim cannot be merged into itself."), code="merge_into_self")
    with transaction.atomic():
        claims = lock_claim_pair(survivor_id, duplicate_id)
        return merge_locked(claims[survivor_id], claims[duplicate_id], actor=actor)


def merge_locked(survivor: Claim, duplicate: Claim, *, actor: Any) -> Claim:
    """claim_merge for two claims the caller has locked (lock_claim_pair) inside its
    transaction; confirming a duplicate suggestion merges this way too."""
    if survivor.canonical_id == duplicate.pk:
        raise Conflict(
            _(
                "Claim %(s)s is a duplicate of claim %(d)s: merge %(s)s into %(d)s instead, "
                "not the other way round."
            )
            % {"s": survivor.pk, "d": duplicate.pk},
            code="merge_into_own_duplicate",
        )
    if survivor.canonical_id is not None:
        raise Conflict(
            _("Claim %(s)s is itself a duplicate of claim %(c)s; merge into %(c)s instead.")
            % {"s": survivor.pk, "c": survivor.canonical_id},
            code="survivor_is_duplicate",
        )
    if duplicate.canonical_id == survivor.pk and duplicate.status == S.DISMISSED:
        raise Conflict(
            _("Claim %(d)s is already merged into claim %(s)s.")
            % {"d": duplicate.pk, "s": survivor.pk},
            code="already_merged",
        )
    if duplicate.status == S.PUBLISHED:
        raise Conflict(
            _(
                "Claim %(d)s has a published verdict and would lose it; merge the other claim "
                "into it instead."
            )
            % {"d": duplicate.pk},
            code="duplicate_published",
        )
    # Spans the survivor already holds stay with it; the duplicate's copy goes.
    survivor_spans = set(
        Appearance.objects.filter(claim=survivor).values_list("article_id", "start", "end")
    )
    clashing = [
        a.pk
        for a in Appearance.objects.filter(claim=duplicate).only("article_id", "start", "end")
        if (a.article_id, a.start, a.end) in survivor_spans
    ]
    Appearance.objects.filter(pk__in=clashing).delete()
    moved = Appearance.objects.filter(claim=duplicate).update(claim=survivor)
    evidence = Evidence.objects.filter(claim=duplicate).update(claim=survivor)
    ClaimChange.objects.filter(claim=duplicate).update(claim=survivor)
    Claim.objects.filter(canonical=duplicate).update(canonical=survivor)
    now = timezone.now()
    DuplicateSuggestion.objects.filter(
        Q(claim=duplicate, candidate=survivor) | Q(claim=survivor, candidate=duplicate),
        status=SuggestionStatus.PENDING,
    ).update(status=SuggestionStatus.CONFIRMED, decided_by=actor, decided_at=now)
    # Other open questions about the duplicate are moot: it no longer stands on its own.
    DuplicateSuggestion.objects.filter(
        Q(claim=duplicate) | Q(candidate=duplicate), status=SuggestionStatus.PENDING
    ).delete()
    reason = f"merged into claim {survivor.pk}"
    apply_changes(
        duplicate,
        {
            "status": S.DISMISSED,
            "canonical": survivor,
            "dismissal_reason": DismissalReason.DUPLICATE.value,
            "assignee": None,
            "lease_expires_at": None,
        },
        actor=actor,
        reason=reason,
    )
    claim_record_change(
        claim=survivor,
        field="merged",
        before=None,
        after={"claim": duplicate.pk, "appearances": moved, "evidence": evidence},
        actor=actor,
        reason=f"claim {duplicate.pk} merged into this one",
    )
    return claim_recompute_priority(claim_id=survivor.pk)


def appearance_split(*, appearance_id: int, actor: Any) -> Claim:
    """Give one appearance its own new claim, and remember the two are different."""
    permissions.require(permissions.can_merge(actor), _("Only editors can split claims."))
    with transaction.atomic():
        appearance = Appearance.objects.select_related("claim").filter(pk=appearance_id).first()
        if appearance is None:
            raise NotFound(_("Appearance %(id)s does not exist.") % {"id": appearance_id})
        original = Claim.objects.select_for_update().get(pk=appearance.claim_id)
        appearance = Appearance.objects.select_for_update().get(pk=appearance_id)
        if Appearance.objects.filter(claim=original).count() < 2:
            raise Conflict(
                _("This is the only appearance of claim %(id)s; there is nothing to split off.")
                % {"id": original.pk},
                code="only_appearance",
            )
        match = MatchedAppearance.objects.filter(appearance=appearance).first()
        statement = match.statement if match else original.statement
        claim = Claim.objects.create(
            statement=statement,
            normalized=fold_spaces(statement),
            language=original.language,
            speaker=appearance.speaker_as_written or original.speaker,
            kind=original.kind,
            check_worthiness=original.check_worthiness,
            quantities=original.quantities,
            entities=original.entities,
            dates=original.dates,
            status=S.NEW,
        )
        claim_match_index_write(claims=[claim])
        appearance.claim = claim
        appearance.save(update_fields=["claim"])
        if match:
            match.delete()  # the appearance now has its own wording as its claim
        claim_record_change(
            claim=claim,
            field="created",
            before=None,
            after=claim.statement,
            actor=actor,
            reason=f"split from claim {original.pk}",
        )
        claim_record_change(
            claim=original,
            field="appearance",
            before={"appearance": appearance.pk, "article": appearance.article_id},
            after=None,
            actor=actor,
            reason=f"split off into claim {claim.pk}",
        )
        # A split is a reviewer saying "not the same": never suggest the pair again.
        DuplicateSuggestion.objects.filter(
            Q(claim=claim, candidate=original) | Q(claim=original, candidate=claim)
        ).delete()
        DuplicateSuggestion.objects.create(
            claim=claim,
            candidate=original,
            score=min(max(match.score if match else 1.0, 0.0), 1.0),
            reasons=["split by an editor"],
            status=SuggestionStatus.REJECTED,
            decided_by=actor,
            decided_at=timezone.now(),
        )
        claim_recompute_priority(claim_id=original.pk)
        return claim_recompute_priority(claim_id=claim.pk)
