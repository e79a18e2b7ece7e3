"""Celery tasks: thin wrappers that take ids and call services. Safe to run twice.

The ones the services wake are registered under the names in notifications.enqueue, which
sends them by name."""

from __future__ import annotations

from celery import shared_task

from notifications import services
from notifications.enqueue import DELIVER, FAN_OUT


@shared_task(name=FAN_OUT, acks_late=True)
def fan_out_event(event_id: int) -> int:
    return len(services.event_fan_out(event_id=event_id))


@shared_task(name=DELIVER, acks_late=True)
def deliver(delivery_id: int) -> str:
    return services.delivery_attempt(delivery_id=delivery_id)


@shared_task(name="notifications.tasks.sweep")
def sweep() -> dict[str, int]:
    return services.notifications_sweep()


@shared_task(name="notifications.tasks.warn_expiring_leases")
def warn_expiring_leases() -> int:
    return services.lease_warnings_record()


@shared_task(name="notifications.tasks.send_digests")
def send_digests() -> int:
    return services.digests_send()
