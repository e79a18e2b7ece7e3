"""One background thread for the tasks Celery runs eagerly in the demo's web server.

With no broker (REDIS_URL unset) Celery runs a task where it is sent: in the web server that
was inside the request, so a 200,000-character article held its POST for about 16 s. When
EAGER_TASKS_IN_BACKGROUND is on (the demo's `runserver`, see manage.py), config.celery.Task
hands each eager task to this thread instead and the request answers at once.

PostgreSQL stays the source of truth: the article row is written `pending` before the task
is handed over, so a task lost here (the process restarts or runserver reloads with work
queued) is found again by the extraction and fetch sweeps, which this thread runs itself
when the web server starts (config/wsgi.py) and whenever it has been idle for
SWEEP_INTERVAL_SECONDS (there is no beat in the demo). They keep their thresholds
(EXTRACTION_LOST_AFTER_SECONDS, EXTRACTION_STALE_AFTER_SECONDS): another process, such as a
`manage.py ingest` run, may be working on a row. The tasks claim
their rows by compare-and-set, so a sweep that re-sends work already queued is harmless.

One thread, not a pool: tasks run one after the other, as on a worker with concurrency 1,
and spaCy's pipelines are never used by two threads at once.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from django.conf import settings
from django.db import connections
from django.utils.module_loading import import_string

logger = logging.getLogger("core.background")

_STOP = object()
_lock = threading.Lock()
# The running thread and its own queue (a thread being stopped keeps its queue to itself).
_current: tuple[threading.Thread, queue.SimpleQueue] | None = None


def enabled() -> bool:
    """Eager tasks go to the background thread (no broker, and the setting on)."""
    return bool(
        getattr(settings, "EAGER_TASKS_IN_BACKGROUND", False)
        and getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False)
    )


def start() -> None:
    """Start the thread now (the web server, at startup) with a sweep first: it finds what
    a previous process left queued when it stopped or reloaded."""
    with _lock:
        _jobs().put(_sweep)


def submit(job: Callable[[], object]) -> None:
    """Run `job` on the background thread, after the jobs already queued; start the thread
    on first use (after any fork, so each web process has its own)."""
    with _lock:
        _jobs().put(job)


def _jobs() -> queue.SimpleQueue:
    """The running thread's queue, starting the thread if there is none (under _lock)."""
    global _current
    if _current is None or not _current[0].is_alive():
        jobs: queue.SimpleQueue = queue.SimpleQueue()
        thread = threading.Thread(target=_run, args=(jobs,), name="eager-tasks", daemon=True)
        thread.start()
        _current = (thread, jobs)
    return _current[1]


def stop(timeout: float = 30.0) -> bool:
    """Let the thread finish what is queued, then end it (tests; a later submit starts a
    new one). True when it ended within `timeout`."""
    global _current
    with _lock:
        current, _current = _current, None
    if current is None:
        return True
    thread, jobs = current
    jobs.put(_STOP)
    thread.join(timeout)
    return not thread.is_alive()


def _run(jobs: queue.SimpleQueue) -> None:
    while True:
        try:
            job = jobs.get(timeout=settings.SWEEP_INTERVAL_SECONDS)
        except queue.Empty:
            job = _sweep
        if job is _STOP:
            return
        try:
            job()
        except Exception:
            logger.exception("background task failed")
        finally:
            # Like the end of a request: the thread holds no connection while it waits
            # (reconnecting costs milliseconds next to an extraction).
            connections.close_all()


def _sweep() -> None:
    # The tasks' names are their import paths; at startup Celery may not have loaded them.
    # Which ones is the settings' to say (BACKGROUND_SWEEPS): core knows no app's tasks.
    for name in settings.BACKGROUND_SWEEPS:
        import_string(name).apply()
