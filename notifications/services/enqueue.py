"""Waking workers. The rows are already in PostgreSQL, so a message that cannot be sent
(Redis down) only delays the work until the sweep: log it, never raise it, and give up
fast, since this runs in the request that made the change (on commit)."""

from __future__ import annotations

import logging
from typing import Any

logger = logging.getLogger("notifications")
# One quick try: kombu's default reconnect loop would hold the request for seconds.
_FAST = {"max_retries": 1, "interval_start": 0, "interval_step": 0.1, "interval_max": 0.1}


def _send(task: Any, args: list[Any], countdown: float | None = None) -> None:
    app = task.app
    if app.conf.task_always_eager:
        task.apply_async(args=args, countdown=countdown)
        return
    with app.connection_for_write() as connection:
        connection.ensure_connection(**_FAST, timeout=2)
        task.apply_async(args=args, countdown=countdown, connection=connection, retry=False)


def enqueue_fan_out(event_id: int) -> None:
    from notifications.tasks import fan_out_event

    try:
        _send(fan_out_event, [event_id])
    except Exception:
        logger.exception("could not enqueue fan-out of event %s; the sweep will", event_id)


def enqueue_delivery(delivery_id: int, *, countdown: float | None = None) -> None:
    from notifications.tasks import deliver

    try:
        _send(deliver, [delivery_id], countdown)
    except Exception:
        logger.exception("could not enqueue delivery %s; the sweep will", delivery_id)
