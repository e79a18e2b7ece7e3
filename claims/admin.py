from django.contrib import admin

from claims.models import Appearance, Claim, ClaimChange


class AppearanceInline(admin.TabularInline):
    model = Appearance
    extra = 0
    fields = ["article", "start", "end", "sentence", "is_quote", "speaker_as_written"]
    readonly_fields = fields
    can_delete = False


class ClaimChangeInline(admin.TabularInline):
    model = ClaimChange
    extra = 0
    fields = ["at", "actor", "field", "before", "after", "reason"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = [
        "statement",
        "speaker",
        "language",
        "kind",
        "check_worthiness",
        "status",
        "verdict",
        "priority",
        "assignee",
    ]
    list_filter = ["status", "verdict", "language", "kind"]
    search_fields = ["statement", "speaker"]
    readonly_fields = ["normalized", "version", "created_at", "updated_at"]
    inlines = [AppearanceInline, ClaimChangeInline]
