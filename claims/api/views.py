"""Claims API views: each one validates input, calls one service or selector, shapes output."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
)
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter
from rest_framework.request import Request
from rest_framework.response import Response

from claims import selectors
from claims.api.detail import claim_detail_response
from claims.api.filters import ClaimFilter, EvidenceFilter
from claims.api.listing import claim_page
from claims.api.serializers import (
    ClaimDetailSerializer,
    ClaimPatchSerializer,
    ClaimSearchSerializer,
    ClaimSerializer,
    EvidenceSerializer,
    ReassignSerializer,
    SimilarClaimSerializer,
    TransitionSerializer,
)
from claims.claimreview import claimreview_for
from claims.models import Claim
from claims.services import (
    claim_add_evidence,
    claim_transition,
    claim_update,
    queue_next_claim,
    queue_reassign,
    queue_release,
)
from core.api import (
    ID_SCHEMA,
    PUBLIC_LINK_PATTERN,
    URL_MAX_LENGTH,
    StrictFilterBackend,
    expected_version,
)
from core.errors import NotFound
from core.pagination import CursorPagination
from core.permissions import ViewerReads
from core.schema import NO_NUL
from sources.models import Article, Evidence

IF_MATCH_REQUIRED = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    allow_blank=False,
    description='The claim\'s ETag from a GET, e.g. "claim-12-v3" (428 without it).',
)
ERROR = {"$ref": "#/components/schemas/ErrorResponse"}  # see core.schema
# One rule for every write on a claim (PATCH, transition, release, reassign): the client
# says which version it saw, or gets 428. A reviewer once proposed a verdict on a claim
# changed under them, because transition/ took no If-Match.
IF_MATCH_RESPONSES = {
    412: OpenApiResponse(ERROR, "Stale or foreign ETag"),
    428: OpenApiResponse(ERROR, "If-Match missing"),
}


def _if_match(request: Request, claim_id: int) -> int | None:
    return expected_version(
        request,
        kind="claim",
        pk=claim_id,
        required=True,
        current=lambda: selectors.claim_version(claim_id),
    )


def _search_terms(request: Request) -> str:
    """`q` as searched: every place that asks whether there is a search must agree, or
    `?q=%C2%A0` (blank once stripped) ordered by a rank no query computed (a 500)."""
    return request.query_params.get("q", "").strip()


class ClaimOrdering(OrderingFilter):
    """Like DRF's, but an unknown ordering is an error instead of being silently ignored."""

    def remove_invalid_fields(self, queryset, fields, view, request):
        valid = super().remove_invalid_fields(queryset, fields, view, request)
        if len(valid) != len(fields):
            from rest_framework.exceptions import ValidationError

            allowed = ", ".join(f"{sign}{f}" for f in view.ordering_fields for sign in ("", "-"))
            raise ValidationError({"ordering": [f"Unknown ordering; use one of: {allowed}."]})
        return valid

    def get_default_ordering(self, view):
        if _search_terms(view.request):
            return ["-rank"]
        return super().get_default_ordering(view)


def _claim_id(pk: str) -> int:
    """Claim ids in URLs are positive integers; anything else is a claim that cannot exist."""
    if not pk.isdigit() or len(pk) > 18:
        raise NotFound(f"Claim {pk!r} does not exist: claim ids are whole numbers.")
    return int(pk)


def _bounded_int(params, name: str, *, default: int, low: int, high: int) -> int:
    from rest_framework.exceptions import ValidationError

    unknown = sorted(set(params) - {name})
    if unknown:
        raise ValidationError({n: [f"Unknown query parameter; allowed: {name}."] for n in unknown})
    raw = params.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ValidationError({name: [f"Must be a whole number from {low} to {high}."]})
    return int(raw)


class ClaimViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [ViewerReads]
    filter_backends = [StrictFilterBackend, ClaimOrdering]
    filterset_class = ClaimFilter
    ordering_fields = ["created_at", "priority", "check_worthiness", "updated_at"]
    ordering = ["-created_at"]
    extra_query_params = ("q", "ordering")
    pagination_class = CursorPagination
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        if self.action == "retrieve":
            return selectors.claim_detail_queryset()
        queryset = selectors.claim_list()
        q = _search_terms(self.request)
        return selectors.claim_search(queryset, q) if q else queryset

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ClaimDetailSerializer
        if self.action == "list" and _search_terms(self.request):
            return ClaimSearchSerializer
        return ClaimSerializer

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="full-text search, ranked by relevance"),
            OpenApiParameter(
                "check_worthiness_min", {"type": "number", "minimum": 0, "maximum": 1}
            ),
            OpenApiParameter(
                "check_worthiness_max", {"type": "number", "minimum": 0, "maximum": 1}
            ),
            OpenApiParameter("source", ID_SCHEMA, description="a source id"),
            OpenApiParameter("article", ID_SCHEMA, description="an article id"),
            OpenApiParameter(
                "assignee",
                str,
                pattern=r"^(me|none|[0-9]{1,18})$",
                description="a user id, `me`, or `none` (unassigned)",
            ),
            OpenApiParameter(
                "ordering",
                str,
                enum=[
                    f"{sign}{f}"
                    for f in ("created_at", "priority", "check_worthiness", "updated_at")
                    for sign in ("", "-")
                ],
            ),
        ]
    )
    def list(self, request, *args, **kwargs):
        # Plain rows, shaped by the serializer's fast path (core.rows).
        serializer_class = self.get_serializer_class()
        if _search_terms(request):  # ranked search, built by the ORM
            queryset = self.filter_queryset(self.get_queryset())
            page = self.paginate_queryset(queryset.values(*serializer_class.row_lookups()))
        else:  # SQL compiled once per shape of request (claims.api.listing)
            filters = StrictFilterBackend().validated_filterset(request, Claim.objects.all(), self)
            page = self.paginate_queryset(claim_page(filters))
        return self.get_paginated_response(serializer_class(page, many=True).data)

    @extend_schema(responses={200: ClaimDetailSerializer})
    def retrieve(self, request, pk: str, *args, **kwargs):
        return claim_detail_response(_claim_id(pk))

    @extend_schema(
        request=ClaimPatchSerializer,
        parameters=[IF_MATCH_REQUIRED],
        responses={
            200: ClaimDetailSerializer,
            412: OpenApiResponse(ERROR, "stale ETag"),
            428: OpenApiResponse(ERROR, "If-Match missing"),
        },
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        claim_id = _claim_id(pk)
        version = _if_match(request, claim_id)
        payload = ClaimPatchSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        fields = dict(payload.validated_data)
        reason = fields.pop("reason", "")
        claim_update(
            claim_id=claim_id, actor=request.user, expected_version=version, reason=reason, **fields
        )
        return self._detail(claim_id)

    @extend_schema(
        request=TransitionSerializer,
        parameters=[IF_MATCH_REQUIRED],
        responses={200: ClaimDetailSerializer, **IF_MATCH_RESPONSES},
    )
    @action(detail=True, methods=["post"])
    def transition(self, request: Request, pk: str) -> Response:
        """Move the claim through the workflow (same rules as the admin)."""
        claim_id = _claim_id(pk)
        version = _if_match(request, claim_id)
        payload = TransitionSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        claim_transition(
            claim_id=claim_id,
            to_status=data["to_status"],
            actor=request.user,
            expected_version=version,
            verdict=data.get("verdict"),
            explanation=data.get("explanation", ""),
            reason=data.get("reason", ""),
        )
        return self._detail(claim_id)

    @extend_schema(
        request=None,
        parameters=[IF_MATCH_REQUIRED],
        responses={200: ClaimDetailSerializer, **IF_MATCH_RESPONSES},
    )
    @action(detail=True, methods=["post"])
    def release(self, request: Request, pk: str) -> Response:
        """Give a claim you hold back to the queue."""
        claim_id = _claim_id(pk)
        version = _if_match(request, claim_id)
        queue_release(claim_id=claim_id, actor=request.user, expected_version=version)
        return self._detail(claim_id)

    @extend_schema(
        request=ReassignSerializer,
        parameters=[IF_MATCH_REQUIRED],
        responses={200: ClaimDetailSerializer, **IF_MATCH_RESPONSES},
    )
    @action(detail=True, methods=["post"])
    def reassign(self, request: Request, pk: str) -> Response:
        """Editors: hand the claim to another reviewer, with a fresh lease."""
        claim_id = _claim_id(pk)
        version = _if_match(request, claim_id)
        payload = ReassignSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        username = payload.validated_data["username"]
        to_user = get_user_model().objects.filter(username=username).first()
        if to_user is None:
            raise NotFound(f"There is no user '{username}'.", field="username")
        queue_reassign(
            claim_id=claim_id, actor=request.user, to_user=to_user, expected_version=version
        )
        return self._detail(claim_id)

    @extend_schema(
        request=None,
        responses={
            (200, "application/ld+json"): OpenApiResponse(
                OpenApiTypes.OBJECT, "schema.org ClaimReview"
            ),
            404: ERROR,
        },
    )
    @action(detail=True, methods=["get"], permission_classes=[permissions.AllowAny])
    def claimreview(self, request: Request, pk: str) -> Response:
        """The published verdict as schema.org ClaimReview JSON-LD (public)."""
        claim = selectors.claimreview_list().filter(pk=_claim_id(pk)).first()
        if claim is None:
            raise NotFound(f"Claim {pk} has no published verdict.")
        body = claimreview_for(claim, claim_url=request.build_absolute_uri())
        return Response(body, content_type="application/ld+json")

    @extend_schema(
        request=None,
        parameters=[OpenApiParameter("limit", {"type": "integer", "minimum": 1, "maximum": 50})],
        responses={200: SimilarClaimSerializer(many=True)},
    )
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def similar(self, request: Request, pk: str) -> Response:
        """Claims that state nearly the same thing, best first, with the matcher's score."""
        from matching.similar import claim_similar

        claim = selectors.claim_list().filter(pk=_claim_id(pk)).first()
        if claim is None:
            raise NotFound(f"Claim {pk} does not exist.")
        limit = _bounded_int(request.query_params, "limit", default=10, low=1, high=50)
        found = claim_similar(claim=claim, limit=limit)
        by_id = selectors.claim_list().in_bulk([s.claim_id for s in found])
        rows = []
        for item in found:
            similar = by_id[item.claim_id]
            similar.score = round(item.score.score, 4)
            rows.append(similar)
        return Response(SimilarClaimSerializer(rows, many=True).data)

    @extend_schema(
        request={
            "application/json": {
                "type": "object",
                "properties": {"duplicate": {"type": "integer", "minimum": 1}},
                "required": ["duplicate"],
                "additionalProperties": False,
            }
        },
        responses={200: ClaimDetailSerializer},
    )
    @action(detail=True, methods=["post"])
    def merge(self, request: Request, pk: str) -> Response:
        """Editors: fold another claim (`duplicate`) into this one; its appearances,
        evidence and history move here and it is dismissed as a duplicate."""
        from matching.api import merge_into

        return merge_into(survivor_pk=pk, request=request)

    def _detail(self, claim_id: int) -> Response:
        return claim_detail_response(claim_id)


# Evidence needs a URL or an article; the schema says so (anyOf), so clients know up front.
EVIDENCE_CREATE_SCHEMA = {
    "application/json": {
        "type": "object",
        "properties": {
            "claim": {"type": "integer", "minimum": 1},
            "url": {
                "type": "string",
                "pattern": PUBLIC_LINK_PATTERN,
                "maxLength": URL_MAX_LENGTH,
                "description": "A link to a named public host (not an address written as a "
                "number, nor a local-only name such as .local or .internal).",
            },
            "article": {"type": "integer", "minimum": 1},
            "stance": {"type": "string", "enum": list(Evidence.Stance.values)},
            "excerpt": {"type": "string", "pattern": NO_NUL},
        },
        "required": ["claim", "stance"],
        "anyOf": [{"required": ["url"]}, {"required": ["article"]}],
        "additionalProperties": False,
    }
}


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
        from django.utils.dateparse import parse_datetime
        from rest_framework.exceptions import ValidationError

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


class ReviewQueueViewSet(viewsets.GenericViewSet):
    permission_classes = [ViewerReads]
    serializer_class = ClaimSerializer
    pagination_class = None
    queryset = Claim.objects.none()  # for the schema; the actions use selectors

    @extend_schema(request=None, responses={200: ClaimDetailSerializer, 204: None})
    @action(detail=False, methods=["post"])
    def next(self, request: Request) -> Response:
        """Lease the highest-priority queued claim in your languages (204: queue empty)."""
        claim = queue_next_claim(reviewer=request.user)
        if claim is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return claim_detail_response(claim.pk)

    @extend_schema(responses={200: ClaimSerializer(many=True)})
    @action(detail=False, methods=["get"])
    def mine(self, request: Request) -> Response:
        """The claims you hold, soonest-expiring lease first."""
        claims = selectors.queue_mine(request.user).select_related("assignee")
        return Response(ClaimSerializer(claims, many=True).data)


class EvidenceViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [ViewerReads]
    serializer_class = EvidenceSerializer
    pagination_class = CursorPagination
    filter_backends = [StrictFilterBackend]
    filterset_class = EvidenceFilter

    def get_queryset(self):
        return Evidence.objects.select_related("added_by", "article")

    @extend_schema(request=EVIDENCE_CREATE_SCHEMA, responses={201: EvidenceSerializer})
    def create(self, request: Request, *args, **kwargs) -> Response:
        payload = EvidenceSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        article = None
        if data.get("article_id"):
            article = Article.objects.filter(pk=data["article_id"]).first()
            if article is None:
                raise NotFound(f"Article {data['article_id']} does not exist.", field="article")
        evidence = claim_add_evidence(
            claim_id=data["claim_id"],
            actor=request.user,
            stance=data["stance"],
            url=data.get("url", ""),
            article=article,
            excerpt=data.get("excerpt", ""),
        )
        evidence = get_object_or_404(self.get_queryset(), pk=evidence.pk)
        return Response(EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)
