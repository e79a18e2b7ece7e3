"""Reads for sources and articles."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from sources.models import Article


def article_list() -> QuerySet[Article]:
    return Article.objects.select_related("source").annotate(
        claim_count=Count("appearances__claim", distinct=True)
    )


def article_detail_queryset() -> QuerySet[Article]:
    """An article with its claims, in reading order, in a fixed number of queries."""
    from django.db.models import Prefetch

    from claims.models import Appearance

    return article_list().prefetch_related(
        Prefetch(
            "appearances",
            queryset=Appearance.objects.select_related("claim").order_by("start", "id"),
        )
    )
