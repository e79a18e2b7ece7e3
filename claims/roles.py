"""The model permissions each role's group holds. The roles themselves (names, order) are
core.roles; the groups are created by a data migration (0003_roles) from this table."""

from __future__ import annotations

from core.roles import EDITOR, REVIEWER, VIEWER

__all__ = ["EDITOR", "GROUP_PERMISSIONS", "REVIEWER", "VIEWER"]

# Model permissions per group, as "app_label.codename". Editors get everything reviewers
# get; the finer workflow rules (who may publish, who may edit a held claim) live in
# claims.permissions and build on these groups. Changing these lists needs a data migration
# that syncs the groups (see 0005_sync_group_permissions).
_READ = [
    "sources.view_source",
    "sources.view_article",
    "sources.view_evidence",
    "claims.view_claim",
    "claims.view_appearance",
    "claims.view_claimchange",
]
_REVIEW = [*_READ, "claims.change_claim", "sources.add_evidence", "sources.change_evidence"]
_EDIT = [
    *_REVIEW,
    "sources.add_source",
    "sources.change_source",
    "sources.add_article",
    "sources.change_article",
    "sources.delete_evidence",
    "claims.add_claim",
    # Editors set which languages each reviewer is offered from the queue.
    "claims.view_reviewerprofile",
    "claims.add_reviewerprofile",
    "claims.change_reviewerprofile",
]

GROUP_PERMISSIONS: dict[str, list[str]] = {VIEWER: _READ, REVIEWER: _REVIEW, EDITOR: _EDIT}
