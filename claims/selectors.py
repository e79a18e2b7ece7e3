"""Reads for claims."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, IntegerField, Q, QuerySet
from django.db.models.functions import Coalesce, TruncWeek
from django.utils import timezone

from claims.models import Claim, ClaimStatus
from core.text import fold
from sources.models import Evidence


def claim_list() -> QuerySet[Claim]:
    """Claims with their assignee and appearance count, in one query.

    The count is a correlated subquery, not a JOIN + GROUP BY: grouping made PostgreSQL
    join and aggregate every matching claim before it could sort and cut the page (3 s for
    `?status=queued` at a million claims); per row, the subquery reads only the page's
    own appearances through the claim_id index. It is written as SQL because the ORM's
    Subquery/Coalesce version cost 0.4 ms of query building on every list request (a
    quarter of the SQL's own time); it names the outer table, so this queryset must stay
    the outer query (filter by it with .values("pk"), which drops the count). The search
    vector is never shown.
    """
    from django.db.models.expressions import RawSQL

    from claims.models import Appearance

    count = (
        f"SELECT count(*) FROM {Appearance._meta.db_table} "
        f'WHERE claim_id = "{Claim._meta.db_table}"."id"'
    )
    return (
        Claim.objects.select_related("assignee")
        .defer("search_vector")
        .annotate(appearance_count=RawSQL(count, (), output_field=IntegerField()))
    )


def claim_version(claim_id: int) -> int | None:
    """The claim's current version (its ETag's number), None if there is no such claim."""
    return Claim.objects.filter(pk=claim_id).values_list("version", flat=True).first()


def claims_of_article(article) -> QuerySet[Claim]:
    """The article's claims in reading order (by their first span in it)."""
    from django.db.models import Min

    return (
        Claim.objects.filter(appearances__article=article)
        .annotate(first_start=Min("appearances__start"))
        .order_by("first_start", "id")
    )


def queue_mine(user: Any) -> QuerySet[Claim]:
    """The claims `user` holds, soonest-expiring lease first."""
    return (
        Claim.objects.filter(assignee=user, status=ClaimStatus.IN_REVIEW)
        .annotate(appearance_count=Count("appearances", distinct=True))
        .order_by("lease_expires_at", "id")
    )


def queue_waiting_count(*, languages: list[str]) -> int:
    return Claim.objects.filter(
        status=ClaimStatus.QUEUED, assignee__isnull=True, language__in=languages
    ).count()


def dashboard_claims_by_status() -> list[tuple[str, str, int]]:
    """(status, label, count) for every status, zeros included, in workflow order."""
    counts = dict(
        Claim.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    return [(value, str(label), counts.get(value, 0)) for value, label in ClaimStatus.choices]


def dashboard_published_per_week(
    *, weeks: int = 8, now: dt.datetime | None = None
) -> list[tuple[dt.date, int]]:
    """Verdicts published in each of the last `weeks` weeks (Monday-dated), oldest first."""
    now = now or timezone.now()
    this_monday = timezone.localdate(now) - dt.timedelta(days=timezone.localdate(now).weekday())
    first = this_monday - dt.timedelta(weeks=weeks - 1)
    rows = (
        Claim.objects.filter(
            status=ClaimStatus.PUBLISHED, published_at__date__gte=first, published_at__isnull=False
        )
        .annotate(week=TruncWeek("published_at"))
        .values_list("week")
        .annotate(n=Count("id"))
        .values_list("week", "n")
    )
    by_week = {
        timezone.localdate(week) if isinstance(week, dt.datetime) else week: n for week, n in rows
    }
    return [
        (first + dt.timedelta(weeks=i), by_week.get(first + dt.timedelta(weeks=i), 0))
        for i in range(weeks)
    ]


# Upper bounds (hours) of the queue-age buckets; the last bucket is open-ended.
QUEUE_AGE_BUCKETS = [(1, "< 1 h"), (6, "1–6 h"), (24, "6–24 h"), (72, "1–3 d"), (None, "> 3 d")]


def dashboard_queue_age(*, now: dt.datetime | None = None) -> list[tuple[str, int]]:
    """How long queued claims have waited, bucketed, in one query."""
    now = now or timezone.now()
    aggregates: dict[str, Any] = {}
    lower = None
    for i, (upper, _label) in enumerate(QUEUE_AGE_BUCKETS):
        condition = Q()
        if upper is not None:
            condition &= Q(waiting_since__gt=now - dt.timedelta(hours=upper))
        if lower is not None:
            condition &= Q(waiting_since__lte=now - dt.timedelta(hours=lower))
        aggregates[f"b{i}"] = Count("id", filter=condition)
        lower = upper
    counts = (
        Claim.objects.filter(status=ClaimStatus.QUEUED)
        # Claims queued before queued_at was recorded have waited since they were created.
        .annotate(waiting_since=Coalesce("queued_at", "created_at"))
        .aggregate(**aggregates)
    )
    return [(label, counts[f"b{i}"]) for i, (_upper, label) in enumerate(QUEUE_AGE_BUCKETS)]


def dashboard_reviewer_load() -> list[tuple[str, int, int]]:
    """(username, claims in review, proposals awaiting approval) per reviewer holding any."""
    rows = (
        Claim.objects.filter(
            assignee__isnull=False,
            status__in=[ClaimStatus.IN_REVIEW, ClaimStatus.AWAITING_APPROVAL],
        )
        .values("assignee__username")
        .annotate(
            in_review=Count("id", filter=Q(status=ClaimStatus.IN_REVIEW)),
            awaiting=Count("id", filter=Q(status=ClaimStatus.AWAITING_APPROVAL)),
        )
        .order_by("-in_review", "assignee__username")
    )
    return [(r["assignee__username"], r["in_review"], r["awaiting"]) for r in rows]


def appearance_list() -> QuerySet:
    """Appearances with their article and source, oldest article first, in reading order."""
    from claims.models import Appearance

    return Appearance.objects.select_related("article__source").order_by(
        "article__published_on", "article_id", "start"
    )


def evidence_list() -> QuerySet:
    return Evidence.objects.select_related("added_by", "article")


def change_list() -> QuerySet:
    from claims.models import ClaimChange

    return ClaimChange.objects.select_related("actor")


def claim_detail_queryset() -> QuerySet[Claim]:
    """Everything the claim page shows, as model instances, in a fixed number of queries.

    The API reads the same selectors as plain rows instead (claims.api.detail).
    """
    from django.db.models import Prefetch

    return claim_list().prefetch_related(
        Prefetch("appearances", queryset=appearance_list()),
        Prefetch("evidence", queryset=evidence_list()),
        Prefetch("history", queryset=change_list()),
    )


# Most matches of a search that are ranked (see claim_search).
SEARCH_RANK_CAP = 1000


def claim_search(queryset: QuerySet[Claim], text: str) -> QuerySet[Claim]:
    """Full-text search in each claim's own language, ranked by relevance.

    One query per language config, OR-ed, so PostgreSQL can use the GIN index on
    search_vector for both halves; the search text is folded like the indexed text.
    """
    from django.contrib.postgres.search import SearchQuery, SearchRank
    from django.db.models import Case, F, FloatField, When

    folded = fold(text)
    french = SearchQuery(folded, config="french", search_type="websearch")
    english = SearchQuery(folded, config="english", search_type="websearch")
    matches = Q(language="fr", search_vector=french) | (
        ~Q(language="fr") & Q(search_vector=english)
    )
    # Ranking reads every match's vector from the table: "demand train" matches 37,000 of a
    # million claims, and ranking them all took 200 ms to show 50. So at most
    # SEARCH_RANK_CAP matches (the first the index hands over) are ranked; a query that
    # broad is refined by its reader long before they page that far.
    capped = Claim.objects.filter(matches).order_by().values("pk")[:SEARCH_RANK_CAP]
    return queryset.filter(pk__in=capped).annotate(
        rank=Case(
            When(language="fr", then=SearchRank(F("search_vector"), french)),
            default=SearchRank(F("search_vector"), english),
            output_field=FloatField(),
        )
    )


def claimreview_list() -> QuerySet[Claim]:
    """Published claims with what their ClaimReview needs."""
    from django.db.models import Prefetch

    from claims.models import Appearance

    return Claim.objects.filter(status=ClaimStatus.PUBLISHED).prefetch_related(
        Prefetch(
            "appearances",
            queryset=Appearance.objects.select_related("article__source").order_by(
                "article__published_on", "article__created_at", "start"
            ),
        )
    )
