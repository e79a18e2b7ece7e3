"""Admin for outlets, articles and evidence. Articles are added by pasting text, which goes
through article_ingest like every other way in."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import models
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import permissions
from claims.extraction.header import DateHeaderError, PartialDate
from claims.models import Claim
from core.errors import DomainError
from sources.models import Article, Evidence, Source


class ArticleIngestForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("text"),
        widget=forms.Textarea(attrs={"rows": 20, "cols": 100}),
        required=False,
        help_text=gettext_lazy(
            "Paste the article, or leave empty and give its URL to have it fetched. "
            "A first line “date 2022-10” sets its date."
        ),
    )
    title = forms.CharField(label=gettext_lazy("title"), required=False, max_length=500)
    url = forms.URLField(
        label=gettext_lazy("canonical URL"), required=False, max_length=2000, assume_scheme="https"
    )
    source = forms.ModelChoiceField(
        label=gettext_lazy("source"), queryset=Source.objects.all(), required=False
    )
    language = forms.CharField(
        label=gettext_lazy("language"),
        required=False,
        max_length=8,
        help_text=gettext_lazy("Leave empty to detect it."),
    )
    published = forms.CharField(
        label=gettext_lazy("published"),
        required=False,
        help_text=gettext_lazy("YYYY, YYYY-MM or YYYY-MM-DD"),
    )

    def clean(self):
        data = super().clean()
        if not (data.get("text") or "").strip() and not data.get("url"):
            raise forms.ValidationError(_("Paste the article's text or give its URL."))
        return data

    def clean_published(self) -> PartialDate | None:
        value = self.cleaned_data["published"].strip()
        if not value:
            return None
        try:
            return PartialDate.parse(value)
        except DateHeaderError as exc:
            raise forms.ValidationError(str(exc)) from None


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "kind", "country", "language", "credibility"]
    list_filter = ["kind", "credibility", "language"]
    search_fields = ["name", "domain"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    # Pasted links without a scheme are almost always https today.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = [
        "__str__",
        "source",
        "language",
        "published_display",
        "extraction_state",
        "claim_count",
        "created_at",
    ]
    list_filter = ["extraction_state", "text_origin", "language", "source"]
    list_select_related = ["source"]
    search_fields = ["title", "url"]
    actions = ["retry_extraction", "reextract"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "url",
                    "source",
                    "language",
                    "published_on",
                    "text",
                    "text_origin",
                ]
            },
        ),
        (
            gettext_lazy("Extraction"),
            {
                "fields": [
                    "extraction_state",
                    "extraction_error",
                    "extraction_attempts",
                    "extraction_started_at",
                    "extracted_at",
                    "extracted_claims",
                ]
            },
        ),
        (
            gettext_lazy("Record"),
            {"fields": ["content_hash", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]
    readonly_fields = [
        # The text is what every claim span points into: it is never edited in place.
        "text",
        "text_origin",
        "published_on",
        "content_hash",
        "extraction_state",
        "extraction_error",
        "extraction_attempts",
        "extraction_started_at",
        "extracted_at",
        "extracted_claims",
        "created_at",
        "updated_at",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(claim_count=Count("appearances"))

    @admin.display(description=gettext_lazy("published"))
    def published_display(self, obj: Article) -> str:
        return obj.published_display

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

    def has_delete_permission(self, request, obj=None):
        # Claims point into articles; an article stays once ingested.
        return False

    def add_view(self, request, form_url="", extra_context=None):
        """Paste an article: it goes through article_ingest, then to its change page."""
        if not self.has_add_permission(request):
            raise DjangoPermissionDenied
        form = ArticleIngestForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            from sources.services import article_ingest

            data = form.cleaned_data
            try:
                result = article_ingest(
                    text=data["text"],
                    url=data["url"] or None,
                    title=data["title"],
                    language=data["language"] or None,
                    published=data["published"],
                    source=data["source"],
                    ingested_by=request.user,
                )
            except DomainError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, exc.message)
            else:
                article = result.article
                if result.created:
                    self.log_addition(request, article, [{"added": {}}])
                    self.message_user(
                        request,
                        _("Article stored; it is being fetched, then its claims extracted.")
                        if article.extraction_state == Article.ExtractionState.FETCHING
                        else _("Article stored; its claims are being extracted."),
                    )
                else:
                    self.message_user(
                        request,
                        _("This article was already stored; here it is."),
                        messages.WARNING,
                    )
                return HttpResponseRedirect(
                    reverse("admin:sources_article_change", args=[article.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Add an article"),
            "form": form,
            "opts": self.model._meta,
            "media": self.media + form.media,
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/sources/article/ingest_form.html", context)

    @admin.action(description=gettext_lazy("Retry failed extraction"))
    def retry_extraction(self, request, queryset):
        from claims.services import article_retry_extraction

        self._each(request, queryset, lambda pk: article_retry_extraction(article_id=pk))

    @admin.action(description=gettext_lazy("Re-extract claims (editors)"))
    def reextract(self, request, queryset):
        from claims.services import article_reextract

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


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["claim", "stance", "url", "article", "added_by", "created_at"]
    list_filter = ["stance"]
    raw_id_fields = ["claim", "article"]
    readonly_fields = ["added_by", "created_at"]

    def has_add_permission(self, request):
        # Evidence is added on the claim's page, where who holds the claim is checked.
        return False
