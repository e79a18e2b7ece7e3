"""A real Celery worker process for tests about the queue.

The worker runs the project's own code against the test database and the Redis at
REDIS_URL; the test process stops sending tasks eagerly while the worker is up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from django.db import connection

from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parent.parent


def test_database_url() -> str:
    """The URL of the database this test run uses (pytest-django's test database)."""
    s = connection.settings_dict
    auth = quote(s["USER"] or "postgres", safe="")
    if s.get("PASSWORD"):
        auth += ":" + quote(s["PASSWORD"], safe="")
    port = s.get("PORT") or "5432"
    host = s["HOST"] or "127.0.0.1"
    if host.startswith("/"):
        # A Unix socket (the embedded PostgreSQL): django-environ reads it from ?host=.
        return f"postgres://{auth}@:{port}/{s['NAME']}?host={quote(host, safe='/')}"
    return f"postgres://{auth}@{host}:{port}/{s['NAME']}"


@contextmanager
def celery_worker(redis_url: str, queues: str = "extraction,default") -> Iterator[subprocess.Popen]:
    from config.celery import app

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": test_database_url(),
        "REDIS_URL": redis_url,
        "DEBUG": "false",
    }
    (ROOT / "test-output").mkdir(exist_ok=True)
    log = open(ROOT / "test-output" / "celery-worker.log", "ab")  # noqa: SIM115
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "-Q",
            queues,
            "--pool",
            "solo",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    app.conf.broker_url = redis_url
    try:
        _wait_until_ready(redis_url, proc)
        yield proc
    finally:
        app.conf.task_always_eager = eager
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _wait_until_ready(redis_url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    from config.celery import app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the Celery worker exited; see test-output/celery-worker.log")
        if app.control.ping(timeout=0.5):
            return
    raise RuntimeError("the Celery worker did not answer a ping within 60 s")


@contextmanager
def tasks_go_nowhere() -> Iterator[None]:
    """Enqueue for real, into Celery's in-memory broker with no worker: nothing runs, and the
    rows stay as the code under test left them."""
    from config.celery import app

    eager, broker = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager, app.conf.broker_url = False, "memory://"
    try:
        yield
    finally:
        app.conf.task_always_eager, app.conf.broker_url = eager, broker


def wait_for(predicate, timeout: float = 90, interval: float = 0.3):
    """wait_until, failing the test (AssertionError) when the deadline passes."""
    try:
        return wait_until(predicate, timeout=timeout, interval=interval)
    except TimeoutError as exc:
        raise AssertionError(str(exc)) from None
