"""/api/v1/claimreviews/: the public feed of published verdicts as schema.org ClaimReview."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, permissions, viewsets
from rest_framework.exceptions import ValidationError

from claims import selectors
from claims.claimreview import claimreview_for
from core.api import StrictFilterBackend
from core.pagination import CursorPagination


class ClaimReviewFeedPagination(CursorPagination):
    ordering = ("-published_at", "-id")


@extend_schema(
    parameters=[
        OpenApiParameter(
            "since", OpenApiTypes.DATETIME, description="only verdicts published at or after"
        )
    ],
    responses={200: OpenApiResponse(OpenApiTypes.OBJECT, "page of ClaimReview objects")},
)
class ClaimReviewFeedViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The public feed of published verdicts, newest first."""

    permission_classes = [permissions.AllowAny]
    pagination_class = ClaimReviewFeedPagination
    filter_backends = [StrictFilterBackend]
    extra_query_params = ("since",)

    def get_queryset(self):
        queryset = selectors.claimreview_list()
        since = self.request.query_params.get("since")
        if since is not None:
            try:
                moment = parse_datetime(since)
            except ValueError:
                moment = None
            if moment is None:
                raise ValidationError({"since": ["Use an ISO 8601 date-time."]})
            if moment.tzinfo is None:
                moment = timezone.make_aware(moment)
            # PostgreSQL accepts offsets only up to ±15:59; UTC is always fine.
            queryset = queryset.filter(published_at__gte=moment.astimezone(dt.UTC))
        return queryset

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        base = request.build_absolute_uri("/api/v1/claims/")
        items = [claimreview_for(c, claim_url=f"{base}{c.pk}/claimreview/") for c in page]
        return self.get_paginated_response(items)
