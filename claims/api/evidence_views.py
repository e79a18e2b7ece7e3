"""/api/v1/evidence/: evidence gathered for claims, listed and added (through the evidence
service, which checks who may add it and records it in the claim's history)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.filters import EvidenceFilter
from claims.api.serializers import EvidenceSerializer
from claims.services import claim_add_evidence
from core.api import PUBLIC_LINK_PATTERN, URL_MAX_LENGTH, StrictFilterBackend
from core.errors import NotFound
from core.pagination import CursorPagination
from core.permissions import ViewerReads
from core.schema import NO_NUL
from sources.models import Article, Evidence

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
