"""The review queue, kept in PostgreSQL: leases, releases, reassignments and expiry.

A reviewer asks for the next claim; we pick the highest-priority queued claim in one of
their languages with `SELECT … FOR UPDATE SKIP LOCKED`, so concurrent askers each get a
different row without waiting on one another, and lease it to them for
REVIEW_LEASE_SECONDS. Asking again while holding a claim leases another one: reviewers
may work on several at once, and "My claims" lists what they hold.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import hooks, permissions
from claims.models import Claim, ClaimStatus, ReviewerProfile, default_review_languages
from claims.services.history import claim_record_change
from claims.services.priority import claim_priority
from claims.services.workflow import (
    apply_changes,
    check_version,
    claim_transition,
    lease_until,
    lock_claim,
    transition_locked,
)
from core.errors import Conflict, DomainError, NotFound

S = ClaimStatus
# Expiry handles a bounded batch per run; the beat task runs every minute.
EXPIRE_BATCH = 500


def reviewer_languages(reviewer: Any) -> list[str]:
    profile = ReviewerProfile.objects.filter(user=reviewer).only("languages").first()
    return list(profile.languages) if profile else default_review_languages()


def queue_next_claim(*, reviewer: Any) -> Claim | None:
    """Lease the next claim to `reviewer`, or None when nothing in their languages waits."""
    permissions.require(
        permissions.can_take(reviewer), _("Only reviewers and editors can take claims.")
    )
    languages = reviewer_languages(reviewer)
    with transaction.atomic():
        claim = (
            Claim.objects.select_for_update(skip_locked=True)
            .filter(status=S.QUEUED, assignee__isnull=True, language__in=languages)
            .order_by("-priority", "id")
            .first()
        )
        if claim is None:
            return None
        return transition_locked(
            claim, to_status=S.IN_REVIEW, actor=reviewer, reason="taken from the queue"
        )


def queue_release(
    *, claim_id: int, actor: Any, expected_version: int | None = None, reason: str = ""
) -> Claim:
    """Give a held claim back to the queue, keeping its place in line."""
    return claim_transition(
        claim_id=claim_id,
        to_status=S.QUEUED,
        actor=actor,
        expected_version=expected_version,
        reason=reason or "released",
    )


def queue_reassign(
    *, claim_id: int, actor: Any, to_user: Any, expected_version: int | None = None
) -> Claim:
    """Editors hand a queued or held claim to a reviewer, with a fresh lease."""
    permissions.require(permissions.can_reassign(actor), _("Only editors can reassign claims."))
    permissions.require(
        permissions.can_take(to_user),
        _("%(user)s is not a reviewer and cannot hold claims.") % {"user": to_user},
    )
    with transaction.atomic():
        claim = lock_claim(claim_id)
        check_version(claim, expected_version)
        if claim.status not in (S.QUEUED, S.IN_REVIEW):
            raise Conflict(
                _("Only queued claims or claims in review can be reassigned; this one is “%(s)s”.")
                % {"s": claim.get_status_display()},
                code="invalid_state",
            )
        apply_changes(
            claim,
            {
                "status": S.IN_REVIEW,
                "assignee": to_user,
                "lease_expires_at": lease_until(timezone.now()),
            },
            actor=actor,
            reason=f"reassigned to {to_user.get_username()}",
        )
        hooks.claim_status_changed.send(sender=Claim, claim=claim, actor=actor)
        return claim


def queue_expire_leases(*, now: dt.datetime | None = None) -> int:
    """Return claims whose lease ran out to the queue. Safe to run twice or concurrently:
    rows another run (or a reviewer's save) holds are skipped and caught next time."""
    now = now or timezone.now()
    with transaction.atomic():
        expired = list(
            Claim.objects.select_for_update(skip_locked=True)
            .filter(status=S.IN_REVIEW, lease_expires_at__lt=now)
            .order_by("lease_expires_at")[:EXPIRE_BATCH]
        )
        for claim in expired:
            hooks.lease_expired.send(sender=Claim, claim=claim)  # while it still has its holder
            apply_changes(
                claim,
                {"status": S.QUEUED, "assignee": None, "lease_expires_at": None},
                actor=None,
                reason="lease expired",
            )
    return len(expired)


def claim_recompute_priority(*, claim_id: int) -> Claim:
    """Recompute priority after the claim's appearances changed.

    Priority is queue bookkeeping, not content a reviewer edits, so it does not bump the
    version (a new appearance elsewhere must not invalidate a reviewer's open form); the
    change is still recorded in the history.
    """
    with transaction.atomic():
        claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
        if claim is None:
            raise NotFound(_("Claim %(id)s does not exist.") % {"id": claim_id})
        stats = claim.appearances.aggregate(latest=Max("article__published_on"))
        priority = claim_priority(
            check_worthiness=claim.check_worthiness,
            published_on=stats["latest"],
            appearances=claim.appearances.count(),
        )
        if priority != claim.priority:
            claim_record_change(
                claim=claim,
                field="priority",
                before=claim.priority,
                after=priority,
                reason="appearances changed",
            )
            claim.priority = priority
            claim.save(update_fields=["priority", "updated_at"])
    return claim


def reviewer_set_languages(*, user: Any, languages: list[str]) -> ReviewerProfile:
    """Which languages the queue offers `user`: two-letter codes, at least one."""
    codes = sorted({code.strip().lower() for code in languages if code.strip()})
    if not codes or any(len(code) != 2 or not code.isalpha() for code in codes):
        raise DomainError(
            _("Give one or more two-letter language codes, e.g. fr, en."), field="languages"
        )
    profile, _created = ReviewerProfile.objects.update_or_create(
        user=user, defaults={"languages": codes}
    )
    return profile
