"""API keys in the admin: who holds which, when each was last used, and revoking them.

Keys are issued with `manage.py create_token` (the key is printed once and only its hash is
stored), so there is nothing to add or edit here; revoking goes through the service, which
tells every web process to forget the keys it has cached.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.models import ApiToken
from core.services import tokens_revoke


class LiveFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("live", _("live")), ("revoked", _("revoked"))]

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.filter(revoked_at__isnull=True)
        if self.value() == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "user", "name", "created_at", "last_used_at", "revoked_at"]
    list_filter = [LiveFilter]
    search_fields = ["prefix", "name", "user__username"]
    list_select_related = ["user"]
    ordering = ["-created_at"]
    readonly_fields = ["prefix", "user", "name", "created_at", "last_used_at", "revoked_at"]
    actions = ["revoke"]

    def has_add_permission(self, request) -> bool:
        return False  # `manage.py create_token` prints the key; the admin never sees one

    @admin.action(description=_("Revoke selected API keys"), permissions=["change"])
    def revoke(self, request, queryset):
        count = tokens_revoke(queryset.filter(revoked_at__isnull=True))
        self.message_user(
            request,
            ngettext("%(count)d key revoked.", "%(count)d keys revoked.", count) % {"count": count},
            messages.SUCCESS,
        )
