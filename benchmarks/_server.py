"""Shared by benchmarks/api.py and benchmarks/load.py: the corpus, API keys, a gunicorn
on a free loopback port, percentiles, the machine line and rewriting one section of
docs/benchmarks.md.

Only 127.0.0.1 is ever contacted; gunicorn is started and stopped by these scripts (by its
own pid), and every wait is bounded.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

from _report import machine, percentile, write_section  # noqa: F401 (re-exported)

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def setup_django() -> None:
    if not os.environ.get("DATABASE_URL"):
        # Without it the settings fall back to the embedded demo database, which is no
        # place for a million synthetic claims.
        sys.exit("Set DATABASE_URL to the PostgreSQL database to benchmark (see --help).")
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    os.environ.setdefault("DEBUG", "false")
    # The in-process requests that capture SQL must not be throttled either.
    os.environ.setdefault("API_THROTTLE_USER", "1000000/min")
    import django

    django.setup()


def ensure_corpus(claims: int) -> int:
    """Top the claims table up to `claims` rows with generate_corpus; the count after."""
    from django.core.management import call_command
    from django.db import connection

    from claims.models import Claim

    # A database filled by an older checkout may lack the newest columns.
    call_command("migrate", verbosity=0)
    have = Claim.objects.count()
    if have < claims:
        print(f"corpus: {have:,} claims, generating {claims - have:,} more ...", flush=True)
        call_command("generate_corpus", claims=claims - have, seed=have)
        with connection.cursor() as cursor:
            # VACUUM too: without a visibility map, the index-only scans of a fresh corpus
            # visit the heap, and the similar-claims query ran 5x slower than after it.
            cursor.execute("VACUUM ANALYZE")
        have = Claim.objects.count()
    print(f"corpus: {have:,} claims", flush=True)
    return have


def issue_keys(prefix: str, *, reviewers: int = 1) -> tuple[list[str], str, tuple[int, ...]]:
    """API keys for `reviewers` reviewers (fr+en) and one editor, through token_issue."""
    from claims.models import ReviewerProfile
    from core.services import token_issue

    keys, ids = [], []
    for i in range(reviewers):
        issued = token_issue(username=f"{prefix}-reviewer-{i}", role="reviewer", name="bench")
        ReviewerProfile.objects.update_or_create(
            user=issued.token.user, defaults={"languages": ["fr", "en"]}
        )
        keys.append(issued.key)
        ids.append(issued.token.pk)
    editor = token_issue(username=f"{prefix}-editor", role="editor", name="bench")
    ids.append(editor.token.pk)
    return keys, editor.key, tuple(ids)


def revoke_keys(ids: tuple[int, ...]) -> None:
    from django.utils import timezone

    from core.models import ApiToken

    ApiToken.objects.filter(pk__in=ids).update(revoked_at=timezone.now())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Gunicorn:
    """`gunicorn config.wsgi` with production settings on a free loopback port."""

    def __init__(self, *, workers: int, redis_url: str | None = None) -> None:
        self.port = free_port()
        self.base = f"http://{HOST}:{self.port}"
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE="config.settings.production",
            SECRET_KEY=secrets.token_urlsafe(64),  # throwaway, for this run only
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="false",
            DEBUG="false",
            API_THROTTLE_USER="1000000/min",
            API_THROTTLE_ANON="1000000/min",
            LOG_LEVEL="WARNING",
        )
        if redis_url is not None:
            env["REDIS_URL"] = redis_url
        self.command = [
            str(ROOT / ".venv/bin/gunicorn"),
            "-c",
            str(ROOT / "config/gunicorn.py"),
            "config.wsgi",
            "--bind",
            f"{HOST}:{self.port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ]
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=env)

    def wait_ready(self, timeout: float = 60.0) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer /healthz in time")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # graceful: workers finish their request
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def __enter__(self) -> Gunicorn:
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def postgres_version() -> str:
    from django.db import connection

    major, rest = divmod(connection.pg_version, 10000)
    return f"PostgreSQL {major}.{rest}"
