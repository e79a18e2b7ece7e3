"""Reads for sources and articles."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from sources.models import Article


def article_list() -> QuerySet[Article]:
    return Article.objects.select_related("source").annotate(claim_count=Count("appearances"))
