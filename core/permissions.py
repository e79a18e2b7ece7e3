"""API permission classes. They ask claims.permissions, the one place roles are decided."""

from __future__ import annotations

from rest_framework import permissions

from claims import permissions as rules


class ViewerReads(permissions.BasePermission):
    """Reading needs the viewer role (or above); writes are judged by the services."""

    message = "Your account has no role (viewer, reviewer or editor) in the claim tracker."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated) and rules.can_view(user)


class ReviewerWrites(ViewerReads):
    """Viewers read; feeding the tracker (e.g. ingesting articles) needs a reviewer."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        self.message = "Only reviewers and editors can do that."
        return rules.can_take(request.user)


class EditorWrites(ViewerReads):
    """Viewers read; only editors write (sources)."""

    def has_permission(self, request, view) -> bool:
        if not super().has_permission(request, view):
            return False
        if request.method in permissions.SAFE_METHODS:
            return True
        self.message = "Only editors can do that."
        return rules.can_manage_sources(request.user)
