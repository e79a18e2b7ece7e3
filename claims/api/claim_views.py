"""/api/v1/claims/: the list, a claim's detail, its edits and workflow moves, its
ClaimReview. Each action validates input, calls one service or selector, and shapes output.
claims/{id}/similar/ and claims/{id}/merge/ are matching's (matching.api.ClaimMatchingViewSet,
routed under the same prefix): claims sits below matching and never imports it."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims import selectors
from claims.api.detail import claim_detail_response
from claims.api.filters import ClaimFilter
from claims.api.listing import ClaimOrdering, claim_rows, search_terms
from claims.api.serializers import (
    ClaimDetailSerializer,
    ClaimPatchSerializer,
    ClaimSearchSerializer,
    ClaimSerializer,
    ReassignSerializer,
    TransitionSerializer,
)
from claims.claimreview import claimreview_for
from claims.services import claim_transition, claim_update, queue_reassign, queue_release
from core.api import ID_SCHEMA, StrictFilterBackend, expected_version
from core.errors import NotFound
from core.pagination import CursorPagination
from core.permissions import ViewerReads

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


def claim_id_from_url(pk: str) -> int:
    """Claim ids in URLs are positive integers; anything else is a claim that cannot exist
    (matching's claims/{id}/similar/ uses it too)."""
    if not pk.isdigit() or len(pk) > 18:
        raise NotFound(f"Claim {pk!r} does not exist: claim ids are whole numbers.")
    return int(pk)


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
        q = search_terms(self.request)
        return selectors.claim_search(queryset, q) if q else queryset

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ClaimDetailSerializer
        if self.action == "list" and search_terms(self.request):
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
        page = self.paginate_queryset(claim_rows(self))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(responses={200: ClaimDetailSerializer})
    def retrieve(self, request, pk: str, *args, **kwargs):
        return claim_detail_response(claim_id_from_url(pk))

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
        claim_id = claim_id_from_url(pk)
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
        claim_id = claim_id_from_url(pk)
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
        claim_id = claim_id_from_url(pk)
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
        claim_id = claim_id_from_url(pk)
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
        claim = selectors.claimreview_list().filter(pk=claim_id_from_url(pk)).first()
        if claim is None:
            raise NotFound(f"Claim {pk} has no published verdict.")
        body = claimreview_for(claim, claim_url=request.build_absolute_uri())
        return Response(body, content_type="application/ld+json")

    def _detail(self, claim_id: int) -> Response:
        return claim_detail_response(claim_id)
