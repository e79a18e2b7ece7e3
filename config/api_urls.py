from rest_framework.routers import DefaultRouter

from claims.api import ClaimViewSet
from sources.api import ArticleViewSet

router = DefaultRouter()
router.register("articles", ArticleViewSet, basename="article")
router.register("claims", ClaimViewSet, basename="claim")

urlpatterns = router.urls
