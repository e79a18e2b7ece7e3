"""The review workflow: every status move, field edit and verdict goes through here.

Each change locks the claim row (`select_for_update`), checks the version the caller saw,
checks the move against TRANSITIONS and the person against claims.permissions, then writes
the new values, bumps `version` once, and records one ClaimChange per changed field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import hooks, permissions
from claims.models import Claim, ClaimChange, ClaimKind, ClaimStatus, Verdict
from claims.services.history import claim_record_changes
from core.errors import Conflict, DomainError, NotFound
from core.text import fold_spaces

S = ClaimStatus

# The whole workflow. Published claims reopen only for a correction (the old verdict stays
# in the history); dismissed claims can be reopened into the queue by an editor, because a
# dismissal by mistake must not be final; queued claims can go back to new when an editor
# decides the queue is not the place for them after all.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.NEW: (S.QUEUED, S.DISMISSED),
    S.QUEUED: (S.IN_REVIEW, S.NEW, S.DISMISSED),
    S.IN_REVIEW: (S.AWAITING_APPROVAL, S.QUEUED, S.DISMISSED),
    S.AWAITING_APPROVAL: (S.PUBLISHED, S.IN_REVIEW, S.DISMISSED),
    S.PUBLISHED: (S.IN_REVIEW,),
    S.DISMISSED: (S.QUEUED,),
}

# What claim_update may touch; status, assignee and lease only move through transitions.
EDITABLE_FIELDS = frozenset(
    {"statement", "speaker", "kind", "language", "verdict", "verdict_explanation"}
)
_VERDICT_FIELDS = frozenset({"verdict", "verdict_explanation"})


class DismissalReason(models.TextChoices):
    NOT_CHECK_WORTHY = "not_check_worthy", gettext_lazy("Not check-worthy")
    NOT_A_CLAIM = "not_a_claim", gettext_lazy("Not a claim")
    DUPLICATE = "duplicate", gettext_lazy("Duplicate")
    OTHER = "other", gettext_lazy("Other")


def lease_until(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(seconds=settings.REVIEW_LEASE_SECONDS)


def allowed_transitions(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def _label(status: str) -> str:
    return str(S(status).label) if status in S.values else status


def lock_claim(claim_id: int) -> Claim:
    try:
        return Claim.objects.select_for_update().get(pk=claim_id)
    except Claim.DoesNotExist:
        raise NotFound(_("Claim %(id)s does not exist.") % {"id": claim_id}) from None


def check_version(claim: Claim, expected_version: int | None) -> None:
    if expected_version is None or claim.version == expected_version:
        return
    last = (
        ClaimChange.objects.filter(claim=claim).select_related("actor").order_by("-at", "-id")
    ).first()
    who = last.actor.get_username() if last and last.actor else _("the system")
    when = timezone.localtime(last.at if last else claim.updated_at)
    raise Conflict(
        _(
            "This claim was changed by %(who)s at %(when)s since you opened it "
            "(you saw version %(seen)s, it is now at version %(now)s). Reload it and try again."
        )
        % {
            "who": who,
            "when": when.strftime("%Y-%m-%d %H:%M:%S"),
            "seen": expected_version,
            "now": claim.version,
        },
        code="stale_version",
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, models.Model):
        return value.get_username() if hasattr(value, "get_username") else value.pk
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _same(before: Any, after: Any) -> bool:
    if isinstance(before, models.Model) or isinstance(after, models.Model):
        return getattr(before, "pk", None) == getattr(after, "pk", None)
    return before == after


def apply_changes(
    claim: Claim,
    changes: dict[str, Any],
    *,
    actor: Any,
    reason: str = "",
    silent: Iterable[str] = (),
) -> list[str]:
    """Write `changes` to a locked claim: one history row per field that really changes,
    one version bump for all of them. `silent` fields are derived and not recorded."""
    changed: list[str] = []
    recorded: list[tuple[str, Any, Any]] = []
    for name, after in changes.items():
        before = getattr(claim, name)
        if _same(before, after):
            continue
        setattr(claim, name, after)
        changed.append(name)
        if name not in silent:
            recorded.append((name, _jsonable(before), _jsonable(after)))
    if recorded:  # one INSERT for the lot: a lease changes three fields
        claim_record_changes(claim=claim, changes=recorded, actor=actor, reason=reason)
    if changed:
        claim.version += 1
        claim.save(update_fields=[*changed, "version", "updated_at"])
    return changed


def _require_verdict(verdict: str | None, claim: Claim, to_status: str) -> str:
    chosen = verdict or claim.verdict
    if not chosen:
        raise DomainError(
            _("A verdict is required to move a claim to “%(to)s”.") % {"to": _label(to_status)},
            code="verdict_required",
            field="verdict",
        )
    if chosen not in Verdict.values:
        raise DomainError(
            _("Unknown verdict “%(v)s”; choose one of: %(all)s.")
            % {"v": chosen, "all": ", ".join(Verdict.values)},
            field="verdict",
        )
    return chosen


def transition_locked(
    claim: Claim,
    *,
    to_status: str,
    actor: Any,
    verdict: str | None = None,
    explanation: str = "",
    reason: str = "",
    now: dt.datetime | None = None,
) -> Claim:
    """Move a claim the caller has already locked (and version-checked). Checks the move
    and the person; the queue module uses this after its own SKIP LOCKED pick."""
    if to_status not in S.values:
        raise DomainError(_("Unknown status “%(s)s”.") % {"s": to_status}, field="status")
    allowed = allowed_transitions(claim.status)
    if to_status not in allowed:
        raise Conflict(
            _(
                "A claim cannot go from “%(from)s” to “%(to)s”. "
                "From “%(from)s” it can go to: %(allowed)s."
            )
            % {
                "from": _label(claim.status),
                "to": _label(to_status),
                "allowed": ", ".join(_label(s) for s in allowed) or _("nothing"),
            },
            code="invalid_transition",
            field="status",
        )
    permissions.require_transition(actor, claim, to_status)
    now = now or timezone.now()
    changes: dict[str, Any] = {"status": to_status}
    if to_status == S.IN_REVIEW:
        # Sent back from approval, it returns to the reviewer who proposed it.
        holder = claim.assignee if claim.status == S.AWAITING_APPROVAL else actor
        changes |= {"assignee": holder or actor, "lease_expires_at": lease_until(now)}
    elif to_status in (S.QUEUED, S.NEW, S.DISMISSED):
        changes |= {"assignee": None, "lease_expires_at": None}
        if to_status == S.NEW:
            changes["queued_at"] = None
        elif to_status == S.QUEUED and claim.status in (S.NEW, S.DISMISSED):
            # A released claim keeps its place in line; a newly queued one starts now.
            changes["queued_at"] = now
        if claim.status == S.DISMISSED:
            changes["dismissal_reason"] = ""
        if to_status == S.DISMISSED:
            if not reason.strip():
                raise DomainError(
                    _("Say why the claim is dismissed."), code="reason_required", field="reason"
                )
            changes["dismissal_reason"] = reason.strip()
    elif to_status in (S.AWAITING_APPROVAL, S.PUBLISHED):
        changes["verdict"] = _require_verdict(verdict, claim, to_status)
        if explanation:
            changes["verdict_explanation"] = explanation
        changes["lease_expires_at"] = None
        if to_status == S.PUBLISHED:
            changes["published_at"] = now
    apply_changes(claim, changes, actor=actor, reason=reason)
    # In this transaction: the notifications outbox row commits or rolls back with the move.
    hooks.claim_status_changed.send(sender=Claim, claim=claim, actor=actor)
    return claim


def claim_transition(
    *,
    claim_id: int,
    to_status: str,
    actor: Any,
    expected_version: int | None,
    verdict: str | None = None,
    explanation: str = "",
    reason: str = "",
) -> Claim:
    """Move one claim. `expected_version` is what the caller saw; None skips the check
    (bulk actions chosen from a list, where the status rules are the guard)."""
    with transaction.atomic():
        claim = lock_claim(claim_id)
        check_version(claim, expected_version)
        return transition_locked(
            claim,
            to_status=to_status,
            actor=actor,
            verdict=verdict,
            explanation=explanation,
            reason=reason,
        )


# The moves with a name of their own: claim_transition with the target status fixed, and
# the reason recorded when the caller gives none. (queue_next_claim picks a claim to take
# for you; claim_take leases the one chosen.)
NAMED_MOVES: dict[str, tuple[str, str]] = {
    "claim_promote": (S.QUEUED, "promoted by hand"),
    "claim_take": (S.IN_REVIEW, ""),
    "claim_propose_verdict": (S.AWAITING_APPROVAL, ""),
    "claim_publish": (S.PUBLISHED, ""),
}


def _named_move(name: str) -> Callable[..., Claim]:
    to_status, default_reason = NAMED_MOVES[name]

    def move(
        *,
        claim_id: int,
        actor: Any,
        expected_version: int | None,
        verdict: str | None = None,
        explanation: str = "",
        reason: str = "",
    ) -> Claim:
        return claim_transition(
            claim_id=claim_id,
            to_status=to_status,
            actor=actor,
            expected_version=expected_version,
            verdict=verdict,
            explanation=explanation,
            reason=reason or default_reason,
        )

    move.__name__ = move.__qualname__ = name
    move.__doc__ = f"claim_transition to “{to_status}” (NAMED_MOVES)."
    return move


claim_promote = _named_move("claim_promote")
claim_take = _named_move("claim_take")
claim_propose_verdict = _named_move("claim_propose_verdict")
claim_publish = _named_move("claim_publish")


def dismissal_text(*, reason: str, note: str = "") -> str:
    """`reason` is a DismissalReason; the stored text keeps the code first for filtering."""
    if reason not in DismissalReason.values:
        raise DomainError(
            _("Unknown dismissal reason “%(r)s”; choose one of: %(all)s.")
            % {"r": reason, "all": ", ".join(DismissalReason.values)},
            field="reason",
        )
    note = note.strip()
    if reason == DismissalReason.OTHER and not note:
        raise DomainError(_("Explain the dismissal when the reason is “other”."), field="note")
    return f"{reason}: {note}" if note else reason


def claim_dismiss(
    *,
    claim_id: int,
    actor: Any,
    expected_version: int | None,
    reason: str,
    note: str = "",
    duplicate_of: int | None = None,
) -> Claim:
    text = dismissal_text(reason=reason, note=note)
    with transaction.atomic():
        claim = lock_claim(claim_id)
        check_version(claim, expected_version)
        transition_locked(claim, to_status=S.DISMISSED, actor=actor, reason=text)
        if duplicate_of is not None:
            canonical = Claim.objects.filter(pk=duplicate_of).first()
            if canonical is None or canonical.pk == claim.pk:
                raise DomainError(
                    _("Claim %(id)s cannot be the original of this one.") % {"id": duplicate_of},
                    field="duplicate_of",
                )
            apply_changes(claim, {"canonical": canonical}, actor=actor, reason=text)
        return claim


def claim_update(
    *, claim_id: int, actor: Any, expected_version: int | None, reason: str = "", **fields: Any
) -> Claim:
    """Edit a claim's text, speaker, kind, language or draft verdict."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise DomainError(
            _("These fields cannot be edited here: %(f)s.") % {"f": ", ".join(sorted(unknown))}
        )
    with transaction.atomic():
        claim = lock_claim(claim_id)
        check_version(claim, expected_version)
        permissions.require(
            permissions.can_edit_claim(actor, claim),
            _("Only the reviewer holding this claim, or an editor, can edit it."),
        )
        changes = _clean_fields(claim, fields)
        if not any(not _same(getattr(claim, k), v) for k, v in changes.items()):
            return claim
        if permissions.holds(actor, claim):
            # Working on a claim keeps it: each save renews the lease.
            changes["lease_expires_at"] = lease_until(timezone.now())
        apply_changes(claim, changes, actor=actor, reason=reason, silent={"normalized"})
        if {"statement", "language"} & set(changes):
            # Reworded: the matcher must find it by its new words, not its old ones.
            hooks.matcher().claim_match_index_write(claims=[claim])
        return claim


def _clean_fields(claim: Claim, fields: dict[str, Any]) -> dict[str, Any]:
    changes = dict(fields)
    verdict_edits = {k for k in _VERDICT_FIELDS & set(changes) if changes[k] != getattr(claim, k)}
    if verdict_edits and claim.status not in (S.IN_REVIEW, S.AWAITING_APPROVAL):
        raise DomainError(
            _("The verdict can only be edited while the claim is in review or awaiting approval."),
            code="invalid_state",
            field="verdict",
        )
    if changes.get("verdict") and changes["verdict"] not in Verdict.values:
        raise DomainError(_("Unknown verdict."), field="verdict")
    if "kind" in changes and changes["kind"] not in ClaimKind.values:
        raise DomainError(_("Unknown kind."), field="kind")
    if "statement" in changes:
        statement = (changes["statement"] or "").strip()
        if not statement:
            raise DomainError(_("The statement cannot be empty."), field="statement")
        changes["statement"] = statement
        changes["normalized"] = fold_spaces(statement)
    if "language" in changes:
        language = (changes["language"] or "").strip().lower()
        if not 2 <= len(language) <= 8:
            raise DomainError(_("Give a language code such as fr or en."), field="language")
        changes["language"] = language
    for name in ("speaker", "verdict_explanation"):
        if name in changes:
            changes[name] = (changes[name] or "").strip()
    return changes
