"""Settings shared by every environment. Each value comes from the environment, with an
embedded default that needs nothing installed (see README, "Configuration")."""

from __future__ import annotations

from pathlib import Path

import environ
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DATA_DIR = BASE_DIR / ".data"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="insecure-dev-key-never-use-in-production")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "core.apps.CoreConfig",
    "sources",
    "claims",
    "matching",
    "notifications",
]

MIDDLEWARE = [
    # A database restart answers 503 + Retry-After, not 500 (docs/operations.md).
    "core.middleware.DatabaseUnavailableMiddleware",
    # A NUL in a query string or path is refused before it reaches PostgreSQL (a 500).
    "core.middleware.RejectNulMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# Admin login brute-force protection (core.login_guard).
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)  # per account
LOGIN_ADDRESS_FAILURE_LIMIT = env.int("LOGIN_ADDRESS_FAILURE_LIMIT", default=20)  # per address
LOGIN_LOCKOUT_SECONDS = env.int("LOGIN_LOCKOUT_SECONDS", default=15 * 60)

# Sent on every response (core.middleware.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY = env(
    "CONTENT_SECURITY_POLICY",
    default=(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    ),
)

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database: PostgreSQL only. DATABASE_URL unset -> embedded server under .data/ ---
EMBEDDED_DATABASE_NAME = env("EMBEDDED_DATABASE_NAME", default="claim_tracker")
if env("DATABASE_URL", default=""):
    DATABASES = {"default": env.db("DATABASE_URL")}
else:
    from core.embedded_postgres import ensure_running

    DATABASES = {
        "default": ensure_running(DATA_DIR / "postgres", EMBEDDED_DATABASE_NAME).django_settings()  # type: ignore[dict-item]
    }
# Django's PostgreSQL backend, with a health check that needs no round trip (core.database).
DATABASES["default"]["ENGINE"] = "core.database"
# Persistent connections, checked before each request/task reuses them: a connection that
# PostgreSQL dropped (restart, pg_terminate_backend) is replaced instead of failing the next
# request. config/celery.py closes stale connections around every task.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Parameters travel apart from the SQL (server-side binding), so psycopg can prepare a
# statement the fifth time a connection runs it and PostgreSQL stops re-planning it: the
# API-key lookup, a claim list page and a claim detail then skip ~0.1 ms of parsing and
# planning each (docs/benchmarks.md, "API"). Connections persist, so prepared statements do.
DATABASES["default"].setdefault("OPTIONS", {}).update(
    server_side_binding=True, prepare_threshold=env.int("DATABASE_PREPARE_THRESHOLD", default=5)
)
# Search breadth of the HNSW index behind the nearest-embedding candidates
# (matching.selectors), set on each connection: pgvector's default 40 lost 3 of 60
# paraphrases written among a million claims, 100 lost 2, at ~1 ms more (docs/matching.md).
MATCH_HNSW_EF_SEARCH = env.int("MATCH_HNSW_EF_SEARCH", default=100)
_options = DATABASES["default"]["OPTIONS"]
_options["options"] = (
    f"{_options.get('options', '')} -c hnsw.ef_search={MATCH_HNSW_EF_SEARCH}".strip()
)
DATABASES["default"].setdefault("TEST", {})["NAME"] = env(
    "TEST_DATABASE_NAME", default=f"test_{DATABASES['default']['NAME']}"
)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env("LANGUAGE_CODE", default="en")
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", default="Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(DATA_DIR / "static"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# --- Celery: REDIS_URL unset -> tasks run eagerly in-process (demo) ---
REDIS_URL = env("REDIS_URL", default="")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
# Eager tasks run where they are sent; in a web server that is inside the request (a long
# article held its POST for seconds). On, they run on one background thread of the web
# process instead (core/background.py) and the request answers at once. manage.py turns it
# on for `runserver` (the demo); commands and tests leave it off and so end with the work
# done. Without a broker only: with REDIS_URL a worker runs every task.
EAGER_TASKS_IN_BACKGROUND = env.bool("EAGER_TASKS_IN_BACKGROUND", default=False)
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_TASK_ROUTES = {
    "claims.tasks.extract_claims": {"queue": "extraction"},
    "claims.tasks.extract_claims_batch": {"queue": "extraction"},
}
CELERY_TASK_DEFAULT_QUEUE = "default"
# A killed worker must give its message back instead of acknowledging it; the row in
# PostgreSQL is the real record either way, so a redelivered task finds it already done.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# One message reserved per pool process: a killed worker strands at most one per process,
# and a long extraction never sits on messages an idle worker could run.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# On a broker connection loss, let running tasks finish: their ack is lost either way, the
# redelivered message finds the row done (compare-and-set), and no work is thrown away.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = False
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - 30
# Above the longest hard time limit, or Redis hands a running task to a second worker.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT * 4}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# How often beat runs the sweeps that re-send what a lost message or a dead worker left.
SWEEP_INTERVAL_SECONDS = env.float("SWEEP_INTERVAL_SECONDS", default=60.0)
# The sweeps of CELERY_BEAT_SCHEDULE that re-send rows a lost task left behind; without a
# broker there is no beat, and the demo's background thread runs these itself (core.background).
BACKGROUND_SWEEPS = (
    "claims.tasks.requeue_stale_extractions",
    "sources.tasks.requeue_stale_fetches",
)
CELERY_BEAT_SCHEDULE = {
    "requeue-stale-extractions": {
        "task": "claims.tasks.requeue_stale_extractions",
        "schedule": SWEEP_INTERVAL_SECONDS,
    },
    # Claims whose review lease ran out go back to the queue.
    "expire-review-leases": {
        "task": "claims.tasks.expire_review_leases",
        "schedule": 60.0,
    },
}

# --- Product settings ---
# Claims at or above this check-worthiness enter the review queue after extraction.
REVIEW_QUEUE_THRESHOLD = env.float("REVIEW_QUEUE_THRESHOLD", default=0.5)
# An extraction still "extracting" after this long is presumed lost and retried by the sweep.
EXTRACTION_STALE_AFTER_SECONDS = env.int("EXTRACTION_STALE_AFTER_SECONDS", default=600)
# A pending article untouched this long has lost its Celery message: the sweep re-sends it.
EXTRACTION_LOST_AFTER_SECONDS = env.int("EXTRACTION_LOST_AFTER_SECONDS", default=60)
# How long a reviewer holds a claim taken from the queue before it returns to the queue
# (each save by the holder renews it). Env REVIEW_LEASE_SECONDS, default 30 minutes.
REVIEW_LEASE_SECONDS = env.int("REVIEW_LEASE_SECONDS", default=1800)
# Refuse to store absurd articles; the API and the ingest command report the limit.
ARTICLE_MAX_CHARS = env.int("ARTICLE_MAX_CHARS", default=500_000)
# Duplicate matching (docs/matching.md). A new claim scoring at or above SAME against an
# existing one becomes another appearance of it; between SUGGEST and SAME a reviewer is
# asked. Chosen on tests/matching/pairs.json; pairs_holdout.json checks them.
MATCH_SAME_THRESHOLD = env.float("MATCH_SAME_THRESHOLD", default=0.72)
MATCH_SUGGEST_THRESHOLD = env.float("MATCH_SUGGEST_THRESHOLD", default=0.5)
# How many candidates (found by shared rare signatures, see docs/matching.md) the scorer sees.
MATCH_CANDIDATE_LIMIT = env.int("MATCH_CANDIDATE_LIMIT", default=20)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "core.auth.HashedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # JSON only: one body format to validate and document (others get 415).
    # JSONParser with a nesting limit: deep arrays overflowed the stack (a 500).
    "DEFAULT_PARSER_CLASSES": ["core.parsers.BoundedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "core.renderers.JSONRenderer",  # DRF's output, encoded with orjson
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_FILTER_BACKENDS": ["core.api.StrictFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "core.pagination.CursorPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "core.api.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        # Fail open: a Redis restart must not turn every request into a 500.
        "core.throttling.AnonRateThrottle",
        "core.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_THROTTLE_ANON", default="60/min"),
        "user": env("API_THROTTLE_USER", default="1200/min"),
    },
    # How many reverse proxies in front of us append to X-Forwarded-For. DRF's default
    # (None) believes the header whoever sends it: a client rotating it was never
    # throttled. 0 = the socket's address only; behind one proxy set 1.
    "NUM_PROXIES": env.int("API_TRUSTED_PROXIES", default=0),
}
# Request bodies past this are refused with 413 before they are parsed (articles included).
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("API_MAX_BODY_BYTES", default=2 * 1024 * 1024)
# Who publishes our ClaimReviews (the `author` of each review).
CLAIMREVIEW_PUBLISHER_NAME = env("CLAIMREVIEW_PUBLISHER_NAME", default="Claim tracker desk")
CLAIMREVIEW_PUBLISHER_URL = env("CLAIMREVIEW_PUBLISHER_URL", default="https://example.org/")
CACHES = {
    # Throttle counters must be shared by every gunicorn worker: Redis when there is one.
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claim tracker API",
    "DESCRIPTION": "Articles, extracted claims, review queue and published ClaimReviews.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "VerdictEnum": "claims.models.Verdict",
        "ClaimKindEnum": "claims.models.ClaimKind",
        "SourceKindEnum": "sources.models.SourceKind",
        "EventKindEnum": "notifications.models.EventKind",
        "LanguageEnum": "core.languages.Language",
        "EndpointKindEnum": "notifications.models.EndpointKind",
    },
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.schema.add_common_errors",
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"embedded_postgres": {"level": "WARNING"}},
}

# --- Fetching articles from URLs (sources.fetching, core.ssrf) ---
# Host names that may resolve to private addresses (comma-separated; exact names). Empty:
# every fetched or notified address must be public. On-premise receivers and tests set it.
SSRF_ALLOWED_HOSTS = env.list("SSRF_ALLOWED_HOSTS", default=[])
# Whole fetch, all redirects included: a slow server cannot hold a worker longer than this.
FETCH_TIMEOUT_SECONDS = env.float("FETCH_TIMEOUT_SECONDS", default=15.0)
# Bodies above this are refused unread (Content-Length) or cut off while reading.
FETCH_MAX_BYTES = env.int("FETCH_MAX_BYTES", default=5 * 1024 * 1024)
FETCH_MAX_REDIRECTS = env.int("FETCH_MAX_REDIRECTS", default=5)
# A `fetching` article no fetcher has claimed for this long has lost its message: re-send it.
FETCH_LOST_AFTER_SECONDS = env.int("FETCH_LOST_AFTER_SECONDS", default=60)
# Fetches are network-bound, not CPU-bound: their own queue so they never wait behind spaCy.
CELERY_TASK_ROUTES["sources.tasks.fetch_article"] = {"queue": "fetching"}
CELERY_BEAT_SCHEDULE["requeue-stale-fetches"] = {
    "task": "sources.tasks.requeue_stale_fetches",
    "schedule": SWEEP_INTERVAL_SECONDS,
}

# --- Notifications (notifications/, docs/notifications.md) ---
# Absolute base of links in emails and chat messages (the admin's claim pages).
NOTIFICATIONS_SITE_URL = env("NOTIFICATIONS_SITE_URL", default="http://localhost:8000")
# The domain part of notification Message-IDs (stable per delivery, so resends are spotted).
NOTIFICATIONS_EMAIL_DOMAIN = env("NOTIFICATIONS_EMAIL_DOMAIN", default="claim-tracker.local")
# Warn the holder of a claim this many minutes before their lease runs out (once per lease).
NOTIFICATIONS_LEASE_WARNING_MINUTES = env.int("NOTIFICATIONS_LEASE_WARNING_MINUTES", default=5)
# A delivery still "sending" after this long is presumed lost and sent again (same id).
NOTIFICATIONS_SENDING_TIMEOUT_SECONDS = env.int(
    "NOTIFICATIONS_SENDING_TIMEOUT_SECONDS", default=120
)
# The sweep leaves rows younger than this to the message that should already be on its way.
NOTIFICATIONS_SWEEP_GRACE_SECONDS = env.int("NOTIFICATIONS_SWEEP_GRACE_SECONDS", default=30)
# The daily digest goes out at this hour (TIME_ZONE).
NOTIFICATIONS_DIGEST_HOUR = env.int("NOTIFICATIONS_DIGEST_HOUR", default=7)
# Webhook and chat sends: one request's whole time; retries back off exponentially from
# BASE to MAX_DELAY (with ±20 % jitter) and stop after WINDOW (3 days) with the row failed.
WEBHOOK_TIMEOUT_SECONDS = env.float("WEBHOOK_TIMEOUT_SECONDS", default=10.0)
WEBHOOK_RETRY_BASE_SECONDS = env.float("WEBHOOK_RETRY_BASE_SECONDS", default=30.0)
WEBHOOK_RETRY_MAX_DELAY_SECONDS = env.float("WEBHOOK_RETRY_MAX_DELAY_SECONDS", default=6 * 3600)
WEBHOOK_RETRY_WINDOW_SECONDS = env.int("WEBHOOK_RETRY_WINDOW_SECONDS", default=3 * 24 * 3600)
# Email: EMAIL_URL (smtp://user:pass@host:587/?tls=True) when set; else Django's SMTP
# settings (local.py defaults to the console backend).
if env("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
    EMAIL_HOST = env("EMAIL_HOST", default="localhost")
    EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="claim-tracker@localhost")
# Delivery is network-bound and must not wait behind extraction: its own queue.
CELERY_TASK_ROUTES |= {
    "notifications.tasks.fan_out_event": {"queue": "delivery"},
    "notifications.tasks.deliver": {"queue": "delivery"},
    "notifications.tasks.sweep": {"queue": "delivery"},
    "notifications.tasks.warn_expiring_leases": {"queue": "delivery"},
    "notifications.tasks.send_digests": {"queue": "delivery"},
}
CELERY_BEAT_SCHEDULE |= {
    "notifications-sweep": {
        "task": "notifications.tasks.sweep",
        "schedule": min(30.0, SWEEP_INTERVAL_SECONDS),
    },
    "notifications-lease-warnings": {
        "task": "notifications.tasks.warn_expiring_leases",
        "schedule": 60.0,
    },
    "notifications-digests": {
        "task": "notifications.tasks.send_digests",
        "schedule": crontab(hour=NOTIFICATIONS_DIGEST_HOUR, minute=0),
    },
}
