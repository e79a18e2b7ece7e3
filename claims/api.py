"""Claims over the API (read side; the review issue adds the workflow moves)."""

from __future__ import annotations

from rest_framework import serializers, viewsets

from claims.models import Appearance, Claim
from claims.selectors import claim_list


class AppearanceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Appearance
        fields = ["article", "start", "end", "sentence", "is_quote", "speaker_as_written"]


class ClaimSerializer(serializers.ModelSerializer):
    appearance_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "statement",
            "language",
            "speaker",
            "kind",
            "check_worthiness",
            "quantities",
            "status",
            "verdict",
            "priority",
            "appearance_count",
            "version",
            "created_at",
        ]


class ClaimDetailSerializer(ClaimSerializer):
    appearances = AppearanceSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "entities", "dates", "appearances"]


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    ordering = "-created_at"
    filterset_fields = ["status", "language", "kind", "verdict"]

    def get_queryset(self):
        qs = claim_list()
        return qs.prefetch_related("appearances") if self.action == "retrieve" else qs

    def get_serializer_class(self):
        return ClaimDetailSerializer if self.action == "retrieve" else ClaimSerializer
