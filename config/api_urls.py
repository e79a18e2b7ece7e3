from django.urls import path
from rest_framework.routers import DefaultRouter

from claims.api.claim_views import ClaimViewSet
from claims.api.evidence_views import EvidenceViewSet
from claims.api.feed_views import ClaimReviewFeedViewSet
from claims.api.me import MeView
from claims.api.queue_views import ReviewQueueViewSet
from matching.api import AppearanceViewSet, ClaimMatchingViewSet, SuggestionViewSet
from notifications.api import MySubscriptionView, NotificationViewSet, WebhookEndpointViewSet
from sources.api import ArticleViewSet, SourceViewSet

router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="article")
# claims/{id}/similar/ and claims/{id}/merge/ are matching's, under claims' prefix. Registered
# before ClaimViewSet so the API root's "claims" link stays claim-list (the later one wins).
router.register("claims", ClaimMatchingViewSet, basename="claim-matching")
router.register("claims", ClaimViewSet, basename="claim")
router.register("claimreviews", ClaimReviewFeedViewSet, basename="claimreview")
router.register("review-queue", ReviewQueueViewSet, basename="review-queue")
router.register("evidence", EvidenceViewSet, basename="evidence")
router.register("sources", SourceViewSet, basename="source")
router.register("duplicate-suggestions", SuggestionViewSet, basename="duplicate-suggestion")
router.register("appearances", AppearanceViewSet, basename="appearance")
router.register("notifications", NotificationViewSet, basename="notification")
router.register("webhooks", WebhookEndpointViewSet, basename="webhook")

urlpatterns = [
    path("users/me/", MeView.as_view(), name="users-me"),
    path("users/me/subscription/", MySubscriptionView.as_view(), name="users-me-subscription"),
    *router.urls,
]
