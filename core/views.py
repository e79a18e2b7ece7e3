from django.db import connection
from django.http import JsonResponse


def healthz(request):
    """For load balancers and docker health checks: 200 when the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # any database failure means "not healthy", never a 500
        return JsonResponse({"status": "unavailable", "database": str(exc)[:200]}, status=503)
    return JsonResponse({"status": "ok"})


def api_aware_404(request, exception=None):
    """JSON in our error shape under /api/, Django's page elsewhere."""
    from django.views.defaults import page_not_found

    if request.path.startswith("/api/"):
        body = {"error": {"code": "not_found", "message": "No such API endpoint.", "fields": {}}}
        return JsonResponse(body, status=404)
    return page_not_found(request, exception)


def api_aware_500(request):
    from django.views.defaults import server_error

    if request.path.startswith("/api/"):
        body = {
            "error": {
                "code": "server_error",
                "message": "The server failed; the error is logged. Try again later.",
                "fields": {},
            }
        }
        return JsonResponse(body, status=500)
    return server_error(request)
