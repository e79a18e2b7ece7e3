"""Reads for claims."""

from __future__ import annotations

from django.db.models import Count, QuerySet

from claims.models import Claim


def claim_list() -> QuerySet[Claim]:
    return Claim.objects.select_related("assignee").annotate(
        appearance_count=Count("appearances", distinct=True)
    )
