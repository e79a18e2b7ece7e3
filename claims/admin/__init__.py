"""The Django admin for claims: where reviewers and editors live."""

from django.contrib import admin

from claims.admin.appearance import AppearanceAdmin
from claims.admin.claim import ClaimAdmin
from claims.models import ReviewerProfile


@admin.register(ReviewerProfile)
class ReviewerProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "languages", "updated_at"]
    search_fields = ["user__username"]
    raw_id_fields = ["user"]


__all__ = ["AppearanceAdmin", "ClaimAdmin", "ReviewerProfileAdmin"]
