from django.contrib import admin

from sources.models import Article, Evidence, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "kind", "country", "language", "credibility"]
    list_filter = ["kind", "credibility", "language"]
    search_fields = ["name", "domain"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "language", "published_display", "extraction_state", "created_at"]
    list_filter = ["extraction_state", "language", "source"]
    search_fields = ["title", "url"]
    readonly_fields = [
        "content_hash",
        "extraction_state",
        "extraction_error",
        "extraction_attempts",
        "extraction_started_at",
        "extracted_at",
        "created_at",
        "updated_at",
    ]

    @admin.display(description="published")
    def published_display(self, obj: Article) -> str:
        return obj.published_display


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["claim", "stance", "url", "article", "added_by", "created_at"]
    list_filter = ["stance"]
    raw_id_fields = ["claim", "article"]
