"""API permission classes: the gates every app's API shares. They ask only for a role
(core.roles); what a role may do to a claim is claims.permissions' to decide."""

from __future__ import annotations

from rest_framework import permissions

from core.roles import EDITOR, REVIEWER, VIEWER, has_role


class ViewerReads(permissions.BasePermission):
    """Reading needs the viewer role (or above); writes are judged by the services."""

    message = "Your account has no role (viewer, reviewer or editor) in the claim tracker."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated) and has_role(user, VIEWER)


class ReviewerWrites(ViewerReads):
    """Viewers read; feeding the tracker (e.g. ingesting articles) needs a reviewer."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        self.message = "Only reviewers and editors can do that."
        return has_role(request.user, REVIEWER)


class EditorWrites(ViewerReads):
    """Viewers read; only editors write (sources)."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        self.message = "Only editors can do that."
        return has_role(request.user, EDITOR)
