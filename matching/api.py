"""Duplicates over the API: suggested pairs to confirm or reject, merging two claims and
splitting an appearance off. The same services as the admin; the same rules."""

from __future__ import annotations

import django_filters as df
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.detail import claim_detail_response
from claims.api.serializers import ClaimDetailSerializer
from core.api import CursorPagination, FilterSet, StrictFieldsMixin, StrictFilterBackend
from core.errors import NotFound
from core.permissions import ViewerReads
from matching.models import DuplicateSuggestion, SuggestionStatus
from matching.services import appearance_split, claim_merge, suggestion_confirm, suggestion_reject


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


def merge_into(*, survivor_pk: str, request: Request) -> Response:
    """claims/{id}/merge/: editors fold `duplicate` into this claim."""
    payload = MergeSerializer(data=request.data)
    payload.is_valid(raise_exception=True)
    survivor = claim_merge(
        survivor_id=positive_id(survivor_pk, "Claim"),
        duplicate_id=payload.validated_data["duplicate"],
        actor=request.user,
    )
    return claim_detail_response(survivor.pk)
