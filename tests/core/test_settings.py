"""Production settings refuse to start without real secrets; the others need nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings

GOOD_KEY = "k" * 30 + "-not-a-dev-key-but-long-enough-xyz"


def load_production(**env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=settings.BASE_DIR,
        env={**base, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "claims.example.org"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "claims.example.org"}, "SECRET_KEY must be set"),
        (
            {"SECRET_KEY": "insecure-" + GOOD_KEY, "ALLOWED_HOSTS": "claims.example.org"},
            "SECRET_KEY must be set",
        ),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS must list"),
    ],
)
def test_production_refuses_to_start_without_real_secrets(env, message):
    result = load_production(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_production_starts_with_them():
    result = load_production(SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="claims.example.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "started"


def test_database_is_postgresql():
    from django.db import connection

    assert connection.vendor == "postgresql"
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
