"""Duplicates over the API: a claim's similar claims, suggested pairs to confirm or reject,
merging two claims and splitting an appearance off. The same services as the admin; the same
rules.

claims/{id}/similar/ and claims/{id}/merge/ sit under claims' URL prefix but are matching's:
ClaimMatchingViewSet is routed at the same prefix as claims' ClaimViewSet (config/api_urls.py),
so claims, below matching (docs/architecture.md), never imports it."""

from __future__ import annotations

import django_filters as df
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response

from claims import selectors
from claims.api.claim_views import claim_id_from_url
from claims.api.detail import claim_detail_response
from claims.api.serializers import ClaimDetailSerializer, ClaimSerializer, SimilarClaimSerializer
from claims.models import Claim
from core.api import CursorPagination, FilterSet, StrictFieldsMixin, StrictFilterBackend
from core.errors import NotFound
from core.permissions import ViewerReads
from matching.models import DuplicateSuggestion, SuggestionStatus
from matching.services import appearance_split, claim_merge, suggestion_confirm, suggestion_reject
from matching.similar import claim_similar


def positive_id(pk: str, what: str) -> int:
    if not pk.isdigit() or len(pk) > 18:
        raise NotFound(f"{what} {pk!r} does not exist: ids are whole numbers.")
    return int(pk)


class SuggestionSerializer(serializers.ModelSerializer):
    claim_statement = serializers.CharField(source="claim.statement", read_only=True)
    candidate_statement = serializers.CharField(source="candidate.statement", read_only=True)
    decided_by = serializers.CharField(
        source="decided_by.username", read_only=True, default=None, allow_null=True
    )

    class Meta:
        model = DuplicateSuggestion
        fields = [
            "id",
            "claim",
            "claim_statement",
            "candidate",
            "candidate_statement",
            "score",
            "reasons",
            "status",
            "decided_by",
            "decided_at",
            "created_at",
        ]
        read_only_fields = fields


class SuggestionFilterSet(FilterSet):
    status = df.ChoiceFilter(choices=SuggestionStatus.choices)
    claim = df.NumberFilter(field_name="claim_id")

    class Meta:
        model = DuplicateSuggestion
        fields: list[str] = []


class MergeSerializer(StrictFieldsMixin, serializers.Serializer):
    duplicate = serializers.IntegerField(min_value=1, help_text="the claim merged into this one")


class SuggestionPagination(CursorPagination):
    ordering = ("-created_at", "-id")


class SuggestionViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Pairs the matcher found close but not certain: a reviewer confirms or rejects."""

    permission_classes = [ViewerReads]
    serializer_class = SuggestionSerializer
    pagination_class = SuggestionPagination
    filter_backends = [StrictFilterBackend]
    filterset_class = SuggestionFilterSet

    def get_queryset(self):
        return DuplicateSuggestion.objects.select_related("claim", "candidate", "decided_by")

    @extend_schema(request=None, responses={200: SuggestionSerializer})
    @action(detail=True, methods=["post"])
    def confirm(self, request: Request, pk: str) -> Response:
        """Same claim: the suggested claim is merged into its candidate."""
        done = suggestion_confirm(suggestion_id=positive_id(pk, "Suggestion"), actor=request.user)
        return Response(SuggestionSerializer(self.get_queryset().get(pk=done.pk)).data)

    @extend_schema(request=None, responses={200: SuggestionSerializer})
    @action(detail=True, methods=["post"])
    def reject(self, request: Request, pk: str) -> Response:
        """Different claims: remembered, never suggested again."""
        done = suggestion_reject(suggestion_id=positive_id(pk, "Suggestion"), actor=request.user)
        return Response(SuggestionSerializer(self.get_queryset().get(pk=done.pk)).data)


class AppearanceViewSet(viewsets.GenericViewSet):
    permission_classes = [ViewerReads]
    serializer_class = ClaimDetailSerializer
    pagination_class = None
    queryset = DuplicateSuggestion.objects.none()  # for the schema; the action uses services

    @extend_schema(request=None, responses={200: ClaimDetailSerializer})
    @action(detail=True, methods=["post"])
    def split(self, request: Request, pk: str) -> Response:
        """Editors: give this appearance its own new claim (the pair is remembered as
        different)."""
        claim = appearance_split(appearance_id=positive_id(pk, "Appearance"), actor=request.user)
        return claim_detail_response(claim.pk)


def _bounded_int(params, name: str, *, default: int, low: int, high: int) -> int:
    unknown = sorted(set(params) - {name})
    if unknown:
        raise ValidationError({n: [f"Unknown query parameter; allowed: {name}."] for n in unknown})
    raw = params.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ValidationError({name: [f"Must be a whole number from {low} to {high}."]})
    return int(raw)


class ClaimMatchingViewSet(viewsets.GenericViewSet):
    """claims/{id}/similar/ and claims/{id}/merge/: routed under claims' prefix, next to
    claims' ClaimViewSet, with its permission (viewers read; the merge service judges who
    may merge)."""

    permission_classes = [ViewerReads]
    queryset = Claim.objects.none()  # for the schema's {id}; the actions use selectors
    # What OPTIONS describes for POST, as when these actions were ClaimViewSet's.
    serializer_class = ClaimSerializer
    filter_backends: list = []
    pagination_class = None

    @extend_schema(
        request=None,
        parameters=[OpenApiParameter("limit", {"type": "integer", "minimum": 1, "maximum": 50})],
        responses={200: SimilarClaimSerializer(many=True)},
    )
    @action(detail=True, methods=["get"])
    def similar(self, request: Request, pk: str) -> Response:
        """Claims that state nearly the same thing, best first, with the matcher's score."""
        claim = selectors.claim_list().filter(pk=claim_id_from_url(pk)).first()
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
        payload = MergeSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        survivor = claim_merge(
            survivor_id=positive_id(pk, "Claim"),
            duplicate_id=payload.validated_data["duplicate"],
            actor=request.user,
        )
        return claim_detail_response(survivor.pk)
