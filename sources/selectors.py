"""Reads for sources and articles.

An article's claims are read through the reverse relation `Article.appearances`, which
claims declares (Appearance.article): sources imports no claims module (claims sits above
it, docs/architecture.md).
"""

from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet

from sources.models import Article


def article_list() -> QuerySet[Article]:
    return Article.objects.select_related("source").annotate(
        claim_count=Count("appearances__claim", distinct=True)
    )


def article_detail_queryset() -> QuerySet[Article]:
    """An article with its claims, in reading order, in a fixed number of queries."""
    appearance = Article._meta.get_field("appearances").related_model
    return article_list().prefetch_related(
        Prefetch(
            "appearances",
            queryset=appearance.objects.select_related("claim").order_by("start", "id"),
        )
    )
