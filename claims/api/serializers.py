"""Shapes of the claims API. Validation of input lives here; rules live in services."""

from __future__ import annotations

import re

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.models import Appearance, Claim, ClaimChange, ClaimKind, ClaimStatus, Verdict
from core.api import PUBLIC_LINK_PATTERN, URL_MAX_LENGTH, StrictFieldsMixin, etag_for
from core.languages import Language
from core.rows import FastRowsMixin
from core.ssrf import public_link_refusal
from sources.models import Evidence


class AppearanceSerializer(FastRowsMixin, serializers.ModelSerializer):
    article_title = serializers.CharField(source="article.title", read_only=True)
    article_url = serializers.URLField(source="article.url", read_only=True, allow_null=True)
    source = serializers.CharField(
        source="article.source.name", read_only=True, default=None, allow_null=True
    )

    class Meta:
        model = Appearance
        fields = [
            "id",
            "article",
            "article_title",
            "article_url",
            "source",
            "start",
            "end",
            "sentence",
            "is_quote",
            "speaker_as_written",
        ]


class PublicLinkField(serializers.CharField):
    """A link readers will follow: a named public host (PUBLIC_LINK_PATTERN). A private,
    loopback or local-only host is refused with the reason (core.ssrf.public_link_refusal):
    `http://0` was stored as evidence."""

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if not value:
            return value
        refusal = public_link_refusal(value)
        if refusal:
            raise serializers.ValidationError(
                f"Evidence links must point to a public address: {refusal}."
            )
        if not re.match(PUBLIC_LINK_PATTERN, value):
            raise serializers.ValidationError(
                "Use an http(s) link to a named host (e.g. https://www.insee.fr/...), in ASCII "
                f"(pattern {PUBLIC_LINK_PATTERN})."
            )
        return value


class EvidenceSerializer(FastRowsMixin, StrictFieldsMixin, serializers.ModelSerializer):
    added_by = serializers.CharField(
        source="added_by.username", read_only=True, default=None, allow_null=True
    )
    # The documented pattern is exactly what is checked, so clients can validate up front.
    url = PublicLinkField(max_length=URL_MAX_LENGTH, required=False, allow_blank=True)
    # Plain ids: an id that does not exist is a 404 from the service, not a 400.
    article = serializers.IntegerField(
        source="article_id", required=False, allow_null=True, min_value=1
    )
    claim = serializers.IntegerField(source="claim_id", min_value=1)

    class Meta:
        model = Evidence
        fields = ["id", "claim", "url", "article", "stance", "excerpt", "added_by", "created_at"]
        read_only_fields = ["id", "added_by", "created_at"]

    def validate(self, attrs):
        if not attrs.get("url") and not attrs.get("article_id"):
            raise serializers.ValidationError({"url": ["Give a URL or an article id."]})
        return attrs


class ChangeSerializer(FastRowsMixin, serializers.ModelSerializer):
    actor = serializers.CharField(
        source="actor.username", read_only=True, default=None, allow_null=True
    )

    class Meta:
        model = ClaimChange
        fields = ["at", "actor", "field", "before", "after", "reason"]


class ClaimSerializer(FastRowsMixin, serializers.ModelSerializer):
    appearance_count = serializers.IntegerField(read_only=True)
    verdict = serializers.ChoiceField(choices=Verdict.choices, allow_blank=True, read_only=True)
    assignee = serializers.CharField(
        source="assignee.username", read_only=True, default=None, allow_null=True
    )
    etag = serializers.SerializerMethodField()

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
            "assignee",
            "lease_expires_at",
            "canonical",
            "version",
            "etag",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.CharField())
    def get_etag(self, claim: Claim) -> str:
        return etag_for("claim", claim.id, claim.version)  # a model or a row (core.rows)


class ClaimSearchSerializer(ClaimSerializer):
    rank = serializers.FloatField(read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "rank"]


class ClaimDetailSerializer(ClaimSerializer):
    appearances = AppearanceSerializer(many=True, read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    history = ChangeSerializer(many=True, read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [
            *ClaimSerializer.Meta.fields,
            "speaker_affiliation",
            "verdict_explanation",
            "dismissal_reason",
            "entities",
            "dates",
            "queued_at",
            "published_at",
            "appearances",
            "evidence",
            "history",
        ]
        read_only_fields = fields


class ClaimPatchSerializer(StrictFieldsMixin, serializers.Serializer):
    statement = serializers.CharField(required=False, max_length=5000)
    speaker = serializers.CharField(required=False, allow_blank=True, max_length=200)
    kind = serializers.ChoiceField(choices=ClaimKind.choices, required=False)
    language = serializers.ChoiceField(choices=Language.choices, required=False)
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False, allow_blank=True)
    verdict_explanation = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)

    requires_a_field = True

    def validate(self, attrs):
        if not set(attrs) - {"reason"}:
            raise serializers.ValidationError(
                f"Send at least one field to change; allowed: {self.writable_fields_text()}."
            )
        return attrs


class TransitionSerializer(StrictFieldsMixin, serializers.Serializer):
    to_status = serializers.ChoiceField(choices=ClaimStatus.choices)
    verdict = serializers.ChoiceField(choices=Verdict.choices, required=False)
    explanation = serializers.CharField(required=False, allow_blank=True, max_length=20000)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class SimilarClaimSerializer(ClaimSerializer):
    score = serializers.FloatField(read_only=True)

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "score"]


class ReassignSerializer(StrictFieldsMixin, serializers.Serializer):
    username = serializers.CharField(max_length=150)
