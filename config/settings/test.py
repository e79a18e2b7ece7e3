"""The test suite. Uses DATABASE_URL / REDIS_URL when set (CI: the machine's real servers),
otherwise the embedded PostgreSQL; tasks run eagerly unless a test starts a real worker."""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed; tests only
CELERY_TASK_ALWAYS_EAGER = True
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
