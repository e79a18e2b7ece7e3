"""The test suite. Uses DATABASE_URL / REDIS_URL when set (CI: the machine's real servers),
otherwise the embedded PostgreSQL; tasks run eagerly unless a test starts a real worker."""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed; tests only
CELERY_TASK_ALWAYS_EAGER = True
# Inline, whatever the environment says: a test ends with its tasks done.
EAGER_TASKS_IN_BACKGROUND = False
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Per-process cache: throttle counters must not leak between tests or test runs. The suite
# makes thousands of requests (schemathesis), so rates are high; tests/api tests throttling
# with its own low rate.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
REST_FRAMEWORK = {
    **REST_FRAMEWORK,  # noqa: F405
    "DEFAULT_THROTTLE_RATES": {"anon": "100000/min", "user": "100000/min"},
}
# Serve static files from the apps (no collectstatic before tests): the browser test loads
# the admin's CSS and JavaScript this way.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
