from django.db import connection
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


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


@csrf_exempt  # a POST to no endpoint is a 404, not a CSRF page; nothing is written
def api_not_found(request, rest: str = ""):
    """The last route under /api/: a path no endpoint matches ("claims/0.5/similar/")
    answers the JSON 404 even with DEBUG on (Django's debug page bypasses handler404). A
    path that only lacks its final slash is redirected, as APPEND_SLASH did before."""
    from django.http import HttpResponsePermanentRedirect
    from django.urls import Resolver404, resolve

    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not api_not_found:
            query = request.META.get("QUERY_STRING", "")
            target = request.path + "/" + (f"?{query}" if query else "")
            return HttpResponsePermanentRedirect(target)
    return api_aware_404(request)


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
