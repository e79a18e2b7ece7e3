"""Who may do what to a claim: the one place the admin and the API ask.

Roles (core.roles) say what a person is; these functions say what that allows. Model
permissions only open the admin pages; the workflow rules below decide every move.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from claims.models import Claim, ClaimStatus
from core.errors import PermissionDenied
from core.roles import EDITOR, REVIEWER, VIEWER, has_role

S = ClaimStatus


def is_editor(user: Any) -> bool:
    return has_role(user, EDITOR)


def can_view(user: Any) -> bool:
    return has_role(user, VIEWER)


def can_take(user: Any) -> bool:
    return has_role(user, REVIEWER)


def can_promote(user: Any) -> bool:
    return has_role(user, REVIEWER)


def can_publish(user: Any) -> bool:
    return has_role(user, EDITOR)


def can_dismiss(user: Any) -> bool:
    return has_role(user, EDITOR)


def can_reassign(user: Any) -> bool:
    return has_role(user, EDITOR)


def can_merge(user: Any) -> bool:
    return has_role(user, EDITOR)


def can_manage_sources(user: Any) -> bool:
    return has_role(user, EDITOR)


def can_reextract(user: Any) -> bool:
    return has_role(user, EDITOR)


def holds(user: Any, claim: Claim) -> bool:
    """The user has the claim leased from the queue."""
    return (
        getattr(user, "pk", None) is not None
        and claim.assignee_id == user.pk
        and claim.status == S.IN_REVIEW
    )


def can_edit_claim(user: Any, claim: Claim) -> bool:
    """Editors edit any claim; reviewers only the claim they hold."""
    return is_editor(user) or (can_take(user) and holds(user, claim))


def can_add_evidence(user: Any, claim: Claim) -> bool:
    return can_edit_claim(user, claim)


def transition_refusal(user: Any, claim: Claim, to_status: str) -> str | None:
    """None when `user` may move `claim` to `to_status`, else the reason they may not.

    Whether the move exists at all is the workflow's question (claims.services.workflow);
    this only answers who may make it.
    """
    move = (claim.status, to_status)
    if to_status == S.DISMISSED:
        return None if can_dismiss(user) else _("Only editors can dismiss claims.")
    if move == (S.NEW, S.QUEUED):
        return None if can_promote(user) else _("Only reviewers and editors can queue claims.")
    if move == (S.QUEUED, S.IN_REVIEW):
        return None if can_take(user) else _("Only reviewers and editors can take claims.")
    if move in {(S.IN_REVIEW, S.QUEUED), (S.IN_REVIEW, S.AWAITING_APPROVAL)}:
        if can_edit_claim(user, claim):
            return None
        return _("This claim is held by %(holder)s; only they or an editor can do that.") % {
            "holder": claim.assignee or _("nobody")
        }
    if move == (S.AWAITING_APPROVAL, S.IN_REVIEW):
        # The reviewer who proposed may take the proposal back; editors may send it back.
        if is_editor(user) or (can_take(user) and claim.assignee_id == user.pk):
            return None
        return _("Only the proposing reviewer or an editor can reopen this proposal.")
    if move == (S.AWAITING_APPROVAL, S.PUBLISHED):
        return None if can_publish(user) else _("Only editors can publish verdicts.")
    # Unqueueing, correcting a published verdict and reopening a dismissed claim.
    return None if is_editor(user) else _("Only editors can do that.")


def require(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def require_transition(user: Any, claim: Claim, to_status: str) -> None:
    refusal = transition_refusal(user, claim, to_status)
    if refusal is not None:
        raise PermissionDenied(refusal)
