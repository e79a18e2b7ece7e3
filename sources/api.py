"""Articles and sources over the API: POST text (or a URL) to ingest, read articles with
their claims, and manage outlets (editors)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from claims.extraction.header import DateHeaderError, PartialDate
from core.api import URL_MAX_LENGTH, URL_PATTERN, StrictFieldsMixin
from core.errors import NotFound
from core.languages import Language
from core.pagination import CursorPagination
from core.permissions import EditorWrites, ReviewerWrites
from core.schema import NO_NUL
from sources.models import Article, Source
from sources.selectors import article_detail_queryset, article_list
from sources.services import article_ingest, source_create, source_update

# YYYY, YYYY-MM or YYYY-MM-DD with plausible months and days (the parser checks the rest).
PUBLISHED_PATTERN = r"^[12][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|1[0-9]|2[0-8]))?)?$"


class ArticleSerializer(serializers.ModelSerializer):
    published = serializers.CharField(source="published_display", read_only=True)
    claim_count = serializers.IntegerField(read_only=True)
    source = serializers.CharField(source="source.name", read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "url",
            "title",
            "author",
            "language",
            "published",
            "published_precision",
            "source",
            "text_origin",
            "extraction_state",
            "extraction_error",
            "duplicate_of",
            "claim_count",
            "created_at",
        ]


class ArticleClaimSerializer(serializers.Serializer):
    """One claim as it appears in this article."""

    claim = serializers.IntegerField(source="claim_id")
    statement = serializers.CharField(source="claim.statement")
    speaker = serializers.CharField(source="claim.speaker")
    status = serializers.CharField(source="claim.status")
    verdict = serializers.CharField(source="claim.verdict")
    check_worthiness = serializers.FloatField(source="claim.check_worthiness")
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    is_quote = serializers.BooleanField()


class ArticleDetailSerializer(ArticleSerializer):
    claims = ArticleClaimSerializer(source="appearances", many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text", "claims"]


class ArticleIngestSerializer(StrictFieldsMixin, serializers.Serializer):
    text = serializers.CharField(trim_whitespace=False, required=False, min_length=1)
    url = serializers.RegexField(
        URL_PATTERN,
        required=False,
        max_length=URL_MAX_LENGTH,
        help_text="Instead of text: the article is fetched (state 'fetching') and then "
        "extracted. With text too, the text is kept as given (text_origin 'supplied') and "
        "nothing is fetched.",
    )
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    language = serializers.ChoiceField(choices=Language.choices, required=False)
    published = serializers.RegexField(
        PUBLISHED_PATTERN, required=False, help_text="YYYY, YYYY-MM or YYYY-MM-DD"
    )

    def validate(self, attrs: dict) -> dict:
        if not (attrs.get("text") or "").strip() and not attrs.get("url"):
            raise serializers.ValidationError({"text": ["Give the article's text or its url."]})
        return attrs

    def validate_published(self, value: str) -> PartialDate:
        try:
            return PartialDate.parse(value)
        except DateHeaderError as exc:
            raise serializers.ValidationError(str(exc)) from None


# The body needs text or a URL; the schema says so, so generated clients know up front.
ARTICLE_INGEST_SCHEMA = {
    "application/json": {
        "type": "object",
        "properties": {
            # Not blank and no NUL anywhere (`\S` alone would match the NUL itself).
            "text": {
                "type": "string",
                "minLength": 1,
                "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
            },
            "url": {"type": "string", "pattern": URL_PATTERN, "maxLength": URL_MAX_LENGTH},
            "title": {"type": "string", "maxLength": 500, "pattern": NO_NUL},
            "language": {"type": "string", "enum": Language.values},
            "published": {"type": "string", "pattern": PUBLISHED_PATTERN},
        },
        "anyOf": [{"required": ["text"]}, {"required": ["url"]}],
        "additionalProperties": False,
    }
}


class ArticleViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [ReviewerWrites]
    pagination_class = CursorPagination

    def get_queryset(self):
        return article_detail_queryset() if self.action == "retrieve" else article_list()

    def get_serializer_class(self):
        if self.action == "create":
            return ArticleIngestSerializer
        return ArticleDetailSerializer if self.action == "retrieve" else ArticleSerializer

    def get_object(self):
        pk = self.kwargs["pk"]
        article = self.get_queryset().filter(pk=int(pk)).first() if pk.isdigit() else None
        if article is None:
            raise NotFound(f"Article {pk} does not exist.")
        return article

    @extend_schema(
        request=ARTICLE_INGEST_SCHEMA,
        responses={202: ArticleSerializer, 200: ArticleSerializer},
        description="202 when the article is new (it is then fetched and/or extracted); "
        "200 with the existing article when the same text or URL was ingested before.",
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        payload = ArticleIngestSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        result = article_ingest(ingested_by=request.user, **payload.validated_data)
        article = article_list().get(pk=result.article.pk)
        body = ArticleSerializer(article, context={"request": request}).data
        return Response(
            body, status=status.HTTP_202_ACCEPTED if result.created else status.HTTP_200_OK
        )


class SourceSerializer(StrictFieldsMixin, serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "domain", "kind", "country", "language", "credibility"]
        # Uniqueness is the service's to check: a taken name or domain is a 409 Conflict,
        # not a 400 (DRF turns the domain's UniqueConstraint into a field validator too).
        validators: list = []
        extra_kwargs = {"name": {"validators": []}, "domain": {"validators": []}}


class SourceViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Outlets and organisations. Everyone with a role reads; editors create and edit."""

    permission_classes = [EditorWrites]
    serializer_class = SourceSerializer
    pagination_class = CursorPagination
    queryset = Source.objects.all()
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_object(self):
        pk = self.kwargs["pk"]
        source = Source.objects.filter(pk=int(pk)).first() if pk.isdigit() else None
        if source is None:
            raise NotFound(f"Source {pk} does not exist.")
        return source

    def perform_create(self, serializer):
        serializer.instance = source_create(**serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = source_update(source=serializer.instance, **serializer.validated_data)
