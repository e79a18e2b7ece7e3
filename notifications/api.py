"""Notifications API: your inbox (`/api/v1/notifications/`) and, for editors, webhook
endpoints with their delivery log (`/api/v1/webhooks/`). Views validate, call one service or
selector, and shape the answer."""

from __future__ import annotations

from django_filters import BooleanFilter
from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import permissions as rules
from core.api import (
    URL_MAX_LENGTH,
    URL_PATTERN,
    FilterSet,
    StrictFieldsMixin,
)
from core.errors import NotFound
from core.languages import Language
from core.pagination import CursorPagination
from core.permissions import ViewerReads
from notifications import selectors, services
from notifications.models import (
    Delivery,
    DeliveryAttempt,
    EmailMode,
    EndpointKind,
    EventKind,
    MessageLanguage,
    Notification,
    UserChannel,
    WebhookEndpoint,
)
from notifications.services.senders import event_link, event_summary, event_title
from notifications.services.webhooks import SECRET_PATTERN

ERROR = {"$ref": "#/components/schemas/ErrorResponse"}  # see core.schema


def _id(pk: str, what: str) -> int:
    """Ids in URLs are positive integers; anything else names nothing."""
    if not pk.isdigit() or len(pk) > 18:
        raise NotFound(f"{what} {pk!r} does not exist: ids are whole numbers.")
    return int(pk)


class StrictBooleanField(serializers.BooleanField):
    """true or false, not "yes", 1 or "on": the schema says boolean."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


# --- Inbox -------------------------------------------------------------------------------


class NotificationSerializer(serializers.ModelSerializer):
    kind = serializers.ChoiceField(source="event.kind", choices=EventKind.choices, read_only=True)
    title = serializers.SerializerMethodField()
    summary = serializers.SerializerMethodField()
    link = serializers.SerializerMethodField()
    data = serializers.JSONField(source="event.payload", read_only=True)
    read = serializers.SerializerMethodField()

    class Meta:
        model = Notification
        fields = ["id", "kind", "title", "summary", "link", "data", "read", "read_at", "created_at"]

    def get_title(self, obj: Notification) -> str:
        return event_title(obj.event)

    def get_summary(self, obj: Notification) -> str:
        return event_summary(obj.event)

    def get_link(self, obj: Notification) -> str:
        return event_link(obj.event)

    def get_read(self, obj: Notification) -> bool:
        return obj.read_at is not None


class NotificationFilter(FilterSet):
    unread = BooleanFilter(field_name="read_at", lookup_expr="isnull", label="only unread (true)")

    class Meta:
        model = Notification
        fields = ["unread"]


class NotificationViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """Your own notifications, newest first. Nobody sees anyone else's."""

    permission_classes = [permissions.IsAuthenticated]
    serializer_class = NotificationSerializer
    pagination_class = CursorPagination
    filterset_class = NotificationFilter

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation: no user
            return Notification.objects.none()
        return selectors.inbox(user=self.request.user)

    @extend_schema(responses={200: NotificationSerializer, 404: OpenApiResponse(ERROR)})
    def retrieve(self, request: Request, pk: str) -> Response:
        notification = self.get_queryset().filter(pk=_id(pk, "Notification")).first()
        if notification is None:
            raise NotFound(f"Notification {pk} does not exist.")
        return Response(NotificationSerializer(notification).data)

    @extend_schema(request=None, responses={200: NotificationSerializer})
    @action(detail=True, methods=["post"])
    def read(self, request: Request, pk: str) -> Response:
        """Mark one notification read."""
        notification = services.notification_mark_read(
            user=request.user, notification_id=_id(pk, "Notification")
        )
        return Response(NotificationSerializer(notification).data)

    @extend_schema(
        request=None,
        responses={200: inline_serializer("MarkedRead", {"marked": serializers.IntegerField()})},
    )
    @action(detail=False, methods=["post"], url_path="read-all")
    def read_all(self, request: Request) -> Response:
        """Mark all your notifications read."""
        return Response({"marked": services.notifications_mark_all_read(user=request.user)})

    @extend_schema(
        filters=False,
        responses={200: inline_serializer("UnreadCount", {"unread": serializers.IntegerField()})},
    )
    @action(detail=False, methods=["get"], url_path="unread-count", filterset_class=None)
    def unread_count(self, request: Request) -> Response:
        return Response({"unread": selectors.unread_count(user=request.user)})


# --- Your subscription ------------------------------------------------------------------


class SubscriptionSerializer(StrictFieldsMixin, serializers.Serializer):
    """What you hear about. Without a choice of your own you get your role's defaults."""

    custom = serializers.BooleanField(
        read_only=True, help_text="false: these are your role's defaults"
    )
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=EventKind.choices), max_length=len(EventKind)
    )
    channels = serializers.ListField(
        child=serializers.ChoiceField(choices=UserChannel.choices), max_length=len(UserChannel)
    )
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=Language.choices),
        max_length=len(Language),
        required=False,
        help_text="claim languages; empty: all",
    )
    email_mode = serializers.ChoiceField(choices=EmailMode.choices, required=False)
    language = serializers.ChoiceField(
        choices=MessageLanguage.choices, required=False, help_text="language of the messages"
    )


def _subscription(user) -> dict:
    custom, preferences = services.subscription_effective(user)
    return {
        "custom": custom,
        "events": sorted(preferences.events),
        "channels": sorted(preferences.channels),
        "languages": sorted(preferences.languages),
        "email_mode": preferences.email_mode,
        "language": preferences.language,
    }


class MySubscriptionView(APIView):
    """`users/me/subscription/`: what you are notified of, where, and in which language."""

    permission_classes = [ViewerReads]
    serializer_class = SubscriptionSerializer

    @extend_schema(responses=SubscriptionSerializer)
    def get(self, request: Request) -> Response:
        return Response(SubscriptionSerializer(_subscription(request.user)).data)

    @extend_schema(request=SubscriptionSerializer, responses=SubscriptionSerializer)
    def put(self, request: Request) -> Response:
        """Replace your choice whole (events and channels are required)."""
        payload = SubscriptionSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        services.subscription_set(user=request.user, **payload.validated_data)
        return Response(SubscriptionSerializer(_subscription(request.user)).data)

    @extend_schema(request=None, responses={200: SubscriptionSerializer})
    def delete(self, request: Request) -> Response:
        """Forget your choice: your role's defaults apply again (shown in the answer)."""
        services.subscription_reset(user=request.user)
        return Response(SubscriptionSerializer(_subscription(request.user)).data)


# --- Webhook endpoints -------------------------------------------------------------------


class EditorsOnly(permissions.BasePermission):
    message = "Only editors can manage webhook endpoints."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated) and rules.is_editor(user)


class WebhookEndpointSerializer(serializers.ModelSerializer):
    # What was registered, as the pattern of the input allows (not RFC 3986 "uri").
    url = serializers.CharField(read_only=True)
    events = serializers.ListField(child=serializers.ChoiceField(choices=EventKind.choices))
    secret_hint = serializers.SerializerMethodField()

    class Meta:
        model = WebhookEndpoint
        fields = [
            "id",
            "url",
            "kind",
            "description",
            "events",
            "languages",
            "language",
            "active",
            "disabled_reason",
            "secret_hint",
            "created_at",
            "updated_at",
        ]

    def get_secret_hint(self, obj: WebhookEndpoint) -> str:
        return obj.secret[:10] + "…"


class WebhookEndpointCreatedSerializer(WebhookEndpointSerializer):
    secret = serializers.CharField(help_text="Shown this once: keep it to verify signatures.")

    class Meta(WebhookEndpointSerializer.Meta):
        fields = [*WebhookEndpointSerializer.Meta.fields, "secret"]


class WebhookEndpointWriteSerializer(StrictFieldsMixin, serializers.Serializer):
    url = serializers.RegexField(URL_PATTERN, max_length=URL_MAX_LENGTH)
    events = serializers.ListField(
        child=serializers.ChoiceField(choices=EventKind.choices),
        min_length=1,
        max_length=len(EventKind.values),
    )
    kind = serializers.ChoiceField(choices=EndpointKind.choices, required=False)
    description = serializers.CharField(max_length=200, required=False, allow_blank=True)
    languages = serializers.ListField(
        child=serializers.RegexField(r"^[a-z]{2}$", max_length=2), max_length=10, required=False
    )
    language = serializers.ChoiceField(choices=MessageLanguage.choices, required=False)
    secret = serializers.RegexField(
        SECRET_PATTERN,
        max_length=200,
        required=False,
        help_text="whsec_ + base64 of 24 to 96 random bytes; generated when not given.",
    )
    active = StrictBooleanField(required=False)


class DeliveryAttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = DeliveryAttempt
        fields = ["number", "started_at", "latency_ms", "status_code", "success", "error"]


class DeliverySerializer(serializers.ModelSerializer):
    event = serializers.IntegerField(source="event_id", read_only=True)
    kind = serializers.ChoiceField(source="event.kind", choices=EventKind.choices, read_only=True)
    log = DeliveryAttemptSerializer(many=True, read_only=True)

    class Meta:
        model = Delivery
        fields = [
            "id",
            "event",
            "kind",
            "channel",
            "state",
            "message_id",
            "attempts",
            "next_attempt_at",
            "last_status_code",
            "last_error",
            "delivered_at",
            "created_at",
            "log",
        ]


class WebhookEndpointViewSet(
    mixins.ListModelMixin,
    viewsets.GenericViewSet,
):
    """Editors register receivers: signed Standard Webhooks, or chat incoming webhooks."""

    permission_classes = [EditorsOnly]
    serializer_class = WebhookEndpointSerializer
    pagination_class = CursorPagination
    filter_backends: list = []
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return selectors.webhook_endpoints()

    def _get(self, pk: str) -> WebhookEndpoint:
        endpoint = self.get_queryset().filter(pk=_id(pk, "Webhook endpoint")).first()
        if endpoint is None:
            raise NotFound(f"Webhook endpoint {pk} does not exist.")
        return endpoint

    @extend_schema(
        request=WebhookEndpointWriteSerializer,
        responses={201: WebhookEndpointCreatedSerializer},
    )
    def create(self, request: Request) -> Response:
        payload = WebhookEndpointWriteSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        endpoint, secret = services.webhook_endpoint_create(
            actor=request.user, **payload.validated_data
        )
        endpoint.secret = secret
        return Response(
            WebhookEndpointCreatedSerializer(endpoint).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(responses={200: WebhookEndpointSerializer, 404: OpenApiResponse(ERROR)})
    def retrieve(self, request: Request, pk: str) -> Response:
        return Response(WebhookEndpointSerializer(self._get(pk)).data)

    @extend_schema(
        request=WebhookEndpointWriteSerializer(partial=True),
        responses={200: WebhookEndpointSerializer, 404: OpenApiResponse(ERROR)},
    )
    def partial_update(self, request: Request, pk: str) -> Response:
        endpoint_id = _id(pk, "Webhook endpoint")
        payload = WebhookEndpointWriteSerializer(data=request.data, partial=True)
        payload.is_valid(raise_exception=True)
        endpoint = services.webhook_endpoint_update(
            actor=request.user, endpoint_id=endpoint_id, **payload.validated_data
        )
        return Response(WebhookEndpointSerializer(endpoint).data)

    @extend_schema(responses={204: None, 404: OpenApiResponse(ERROR)})
    def destroy(self, request: Request, pk: str) -> Response:
        services.webhook_endpoint_delete(
            actor=request.user, endpoint_id=_id(pk, "Webhook endpoint")
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(responses={200: DeliverySerializer(many=True), 404: OpenApiResponse(ERROR)})
    @action(detail=True, methods=["get"], pagination_class=CursorPagination)
    def deliveries(self, request: Request, pk: str) -> Response:
        """The delivery log of this endpoint, newest first (read-only)."""
        endpoint = self._get(pk)
        queryset = selectors.endpoint_deliveries(endpoint_id=endpoint.pk).prefetch_related("log")
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(DeliverySerializer(page, many=True).data)
