"""Waking workers, the one way every app does it: each app's `enqueue` module (beside its
`tasks`) calls `send`.

The rows a task works on are already in PostgreSQL when it is sent, so a message that cannot
be sent (Redis down) only delays the work until that app's sweep re-sends it: `send` logs,
never raises, and gives up fast, since it usually runs in the request that made the change
(on commit).

A task is sent by the name it is registered under, not imported: an app's services enqueue
and its tasks call its services, so importing the tasks here would close a circle. The name
is one constant in the app's `enqueue` module, which the task is registered under too.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import current_app

# One quick try: kombu's default reconnect loop would hold the request for seconds.
_FAST = {"max_retries": 1, "interval_start": 0, "interval_step": 0.1, "interval_max": 0.1}


def send(
    task_name: str,
    args: list[Any],
    *,
    what: str,
    logger: logging.Logger,
    countdown: float | None = None,
) -> bool:
    """Send `task_name(*args)`; False (and `what` logged on `logger`) when it could not be."""
    try:
        _send(current_app.tasks[task_name], args, countdown)
    except Exception:
        logger.exception("could not enqueue %s; the sweep will", what)
        return False
    return True


def _send(task: Any, args: list[Any], countdown: float | None) -> None:
    app = task.app
    if app.conf.task_always_eager:
        task.apply_async(args=args, countdown=countdown)
        return
    with app.connection_for_write() as connection:
        connection.ensure_connection(**_FAST, timeout=2)
        task.apply_async(args=args, countdown=countdown, connection=connection, retry=False)
