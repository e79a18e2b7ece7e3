"""Waking the notification workers (core.enqueue: fail fast, log, the sweep re-sends).

The tasks are registered under these names (notifications.tasks); sending by name keeps the
services, which enqueue, from importing the tasks, which call the services.
"""

from __future__ import annotations

import logging

from core.enqueue import send

logger = logging.getLogger("notifications")

FAN_OUT = "notifications.tasks.fan_out_event"
DELIVER = "notifications.tasks.deliver"


def enqueue_fan_out(event_id: int) -> None:
    send(FAN_OUT, [event_id], what=f"fan-out of event {event_id}", logger=logger)


def enqueue_delivery(delivery_id: int, *, countdown: float | None = None) -> None:
    send(DELIVER, [delivery_id], countdown=countdown, what=f"delivery {delivery_id}", logger=logger)
