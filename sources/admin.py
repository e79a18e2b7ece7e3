"""Admin for outlets, articles and evidence. Articles are added by pasting text, which goes
through article_ingest like every other way in.

What concerns an article's claims (its extracted claims, retrying and re-running extraction)
is claims' to show: claims.article_admin extends ArticleAdmin and registers itself in its
place."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims.extraction.header import DateHeaderError, PartialDate
from core.errors import DomainError
from sources.models import Article, Evidence, Source
from sources.services import article_ingest


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
        "created_at",
    ]
    list_filter = ["extraction_state", "text_origin", "language", "source"]
    list_select_related = ["source"]
    search_fields = ["title", "url"]
    EXTRACTION_FIELDSET = gettext_lazy("Extraction")
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
            EXTRACTION_FIELDSET,
            {
                "fields": [
                    "extraction_state",
                    "extraction_error",
                    "extraction_attempts",
                    "extraction_started_at",
                    "extracted_at",
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
        "created_at",
        "updated_at",
    ]

    @admin.display(description=gettext_lazy("published"))
    def published_display(self, obj: Article) -> str:
        return obj.published_display

    def has_delete_permission(self, request, obj=None):
        # Claims point into articles; an article stays once ingested.
        return False

    def add_view(self, request, form_url="", extra_context=None):
        """Paste an article: it goes through article_ingest, then to its change page."""
        if not self.has_add_permission(request):
            raise DjangoPermissionDenied
        form = ArticleIngestForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
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


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["claim", "stance", "url", "article", "added_by", "created_at"]
    list_filter = ["stance"]
    raw_id_fields = ["claim", "article"]
    readonly_fields = ["added_by", "created_at"]

    def has_add_permission(self, request):
        # Evidence is added on the claim's page, where who holds the claim is checked.
        return False
