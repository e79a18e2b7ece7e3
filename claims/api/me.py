"""/api/v1/users/me/: who the caller is, their roles, and the languages the review queue
offers them (a claims setting: ReviewerProfile)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims.services import reviewer_languages, reviewer_set_languages
from core.api import StrictFieldsMixin
from core.groups import group_names
from core.roles import ROLES


class MeSerializer(serializers.Serializer):
    username = serializers.CharField(read_only=True)
    email = serializers.CharField(read_only=True)
    roles = serializers.ListField(child=serializers.CharField(), read_only=True)
    is_superuser = serializers.BooleanField(read_only=True)
    languages = serializers.ListField(
        child=serializers.RegexField(r"^[a-z]{2}$", max_length=2), min_length=1, max_length=20
    )


class MeUpdateSerializer(StrictFieldsMixin, serializers.Serializer):
    languages = serializers.ListField(
        child=serializers.RegexField(r"^[a-z]{2}$", max_length=2), min_length=1, max_length=20
    )


# Raw, because drf-spectacular documents every PATCH body as all-optional, and the
# languages are what this PATCH is for.
ME_UPDATE_SCHEMA = {
    "application/json": {
        "type": "object",
        "properties": {
            "languages": {
                "type": "array",
                "items": {"type": "string", "pattern": "^[a-z]{2}$"},
                "minItems": 1,
                "maxItems": 20,
            }
        },
        "required": ["languages"],
        "additionalProperties": False,
    }
}


def _me(user) -> dict:
    roles = sorted(group_names(user) & set(ROLES))
    return {
        "username": user.get_username(),
        "email": user.email,
        "roles": roles,
        "is_superuser": user.is_superuser,
        "languages": reviewer_languages(user),
    }


class MeView(APIView):
    permission_classes = [permissions.IsAuthenticated]
    serializer_class = MeSerializer

    @extend_schema(responses=MeSerializer)
    def get(self, request: Request) -> Response:
        return Response(MeSerializer(_me(request.user)).data)

    @extend_schema(request=ME_UPDATE_SCHEMA, responses=MeSerializer)
    def patch(self, request: Request) -> Response:
        payload = MeUpdateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        reviewer_set_languages(user=request.user, languages=payload.validated_data["languages"])
        return Response(MeSerializer(_me(request.user)).data)
