from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from core.login_guard import GuardedAuthenticationForm
from core.views import api_not_found, healthz

admin.site.site_header = _("Claim tracker")
admin.site.site_title = _("Claim tracker")
admin.site.index_title = _("Review desk")
admin.site.login_form = GuardedAuthenticationForm  # brute-force lockout (core.login_guard)

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file: no inline script for the CSP.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    # Last: any other /api/ path is a JSON 404 in the one error shape, whatever the id.
    re_path(r"^api/", api_not_found),
]

handler404 = "core.views.api_aware_404"
handler500 = "core.views.api_aware_500"
