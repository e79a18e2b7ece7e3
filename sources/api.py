"""Articles over the API: POST text to ingest, read the list and each article's claims."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from claims.extraction.header import DateHeaderError, PartialDate
from sources.models import Article
from sources.selectors import article_list
from sources.services import article_ingest


class ArticleSerializer(serializers.ModelSerializer):
    published = serializers.CharField(source="published_display", read_only=True)
    claim_count = serializers.IntegerField(read_only=True)
    source = serializers.StringRelatedField()

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "language",
            "published",
            "published_precision",
            "source",
            "extraction_state",
            "extraction_error",
            "claim_count",
            "created_at",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text"]


class ArticleIngestSerializer(serializers.Serializer):
    text = serializers.CharField(trim_whitespace=False)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    language = serializers.ChoiceField(choices=["fr", "en"], required=False)
    published = serializers.CharField(
        required=False, help_text="YYYY, YYYY-MM or YYYY-MM-DD", max_length=10
    )

    def validate_published(self, value: str) -> PartialDate:
        try:
            return PartialDate.parse(value)
        except DateHeaderError as exc:
            raise serializers.ValidationError(str(exc)) from None


class ArticleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    ordering = "-created_at"

    def get_queryset(self):
        return article_list()

    def get_serializer_class(self):
        if self.action == "create":
            return ArticleIngestSerializer
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    @extend_schema(request=ArticleIngestSerializer, responses={202: ArticleSerializer})
    def create(self, request: Request, *args, **kwargs) -> Response:
        payload = ArticleIngestSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        result = article_ingest(ingested_by=request.user, **payload.validated_data)
        article = article_list().get(pk=result.article.pk)
        body = ArticleSerializer(article, context={"request": request}).data
        return Response(
            body, status=status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK
        )
