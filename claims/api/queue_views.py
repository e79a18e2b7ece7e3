"""/api/v1/review-queue/: lease the next claim to review, and list the claims you hold."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from claims import selectors
from claims.api.detail import claim_detail_response
from claims.api.serializers import ClaimDetailSerializer, ClaimSerializer
from claims.models import Claim
from claims.services import queue_next_claim
from core.permissions import ViewerReads


class ReviewQueueViewSet(viewsets.GenericViewSet):
    permission_classes = [ViewerReads]
    serializer_class = ClaimSerializer
    pagination_class = None
    queryset = Claim.objects.none()  # for the schema; the actions use selectors

    @extend_schema(request=None, responses={200: ClaimDetailSerializer, 204: None})
    @action(detail=False, methods=["post"])
    def next(self, request: Request) -> Response:
        """Lease the highest-priority queued claim in your languages (204: queue empty)."""
        claim = queue_next_claim(reviewer=request.user)
        if claim is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return claim_detail_response(claim.pk)

    @extend_schema(responses={200: ClaimSerializer(many=True)})
    @action(detail=False, methods=["get"])
    def mine(self, request: Request) -> Response:
        """The claims you hold, soonest-expiring lease first."""
        claims = selectors.queue_mine(request.user).select_related("assignee")
        return Response(ClaimSerializer(claims, many=True).data)
