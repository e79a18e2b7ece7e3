"""The article admin as claims sees it: each article's claims, and the actions that send it
back to extraction.

sources' ArticleAdmin knows nothing of claims (sources sits below claims,
docs/architecture.md); this subclass adds what does, and ClaimsConfig.ready() registers it
in place of sources' own (the admin site has loaded every app's admin module by then).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import permissions
from claims.models import Claim
from claims.services import article_reextract, article_retry_extraction
from core.errors import DomainError
from sources.admin import ArticleAdmin
from sources.models import Article


def _after(fields: list[str], anchor: str, name: str) -> list[str]:
    at = fields.index(anchor) + 1
    return [*fields[:at], name, *fields[at:]]


class ArticleClaimsAdmin(ArticleAdmin):
    list_display = _after(ArticleAdmin.list_display, "extraction_state", "claim_count")
    actions = ["retry_extraction", "reextract"]
    fieldsets = [
        (title, {**options, "fields": [*options["fields"], "extracted_claims"]})
        if title is ArticleAdmin.EXTRACTION_FIELDSET
        else (title, options)
        for title, options in ArticleAdmin.fieldsets
    ]
    readonly_fields = _after(ArticleAdmin.readonly_fields, "extracted_at", "extracted_claims")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("appearances"))

    @admin.display(description=gettext_lazy("claims"), ordering="claim_count")
    def claim_count(self, obj: Article) -> int:
        return obj.claim_count

    @admin.display(description=gettext_lazy("extracted claims"))
    def extracted_claims(self, obj: Article):
        claims = (
            Claim.objects.filter(appearances__article=obj)
            .distinct()
            .order_by("-priority", "id")[:200]
        )
        if not claims:
            return _("No claims.")
        return format_html(
            "<ol>{}</ol>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> <small>({}, {})</small></li>',
                (
                    (
                        reverse("admin:claims_claim_change", args=[c.pk]),
                        c.statement,
                        c.get_status_display(),
                        f"{c.check_worthiness:.2f}",
                    )
                    for c in claims
                ),
            ),
        )

    @admin.action(description=gettext_lazy("Retry failed extraction"))
    def retry_extraction(self, request, queryset):
        self._each(request, queryset, lambda pk: article_retry_extraction(article_id=pk))

    @admin.action(description=gettext_lazy("Re-extract claims (editors)"))
    def reextract(self, request, queryset):
        self._each(
            request, queryset, lambda pk: article_reextract(article_id=pk, actor=request.user)
        )

    def _each(self, request, queryset, run) -> None:
        done = 0
        for pk in queryset.values_list("pk", flat=True):
            try:
                run(pk)
            except DomainError as exc:
                self.message_user(request, exc.message, messages.WARNING)
            else:
                done += 1
        if done:
            self.message_user(request, _("%(n)d article(s) sent for extraction.") % {"n": done})

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not permissions.can_reextract(request.user):
            actions.pop("reextract", None)
            actions.pop("retry_extraction", None)
        return actions


def register(site: admin.AdminSite = admin.site) -> None:
    """Put this admin in place of sources' own (ClaimsConfig.ready())."""
    if site.is_registered(Article):
        site.unregister(Article)
    site.register(Article, ArticleClaimsAdmin)
