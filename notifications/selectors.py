"""Reads for notifications."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from notifications.models import Delivery, DeliveryAttempt, Notification, WebhookEndpoint


def inbox(*, user: Any) -> QuerySet[Notification]:
    return Notification.objects.filter(user=user).select_related("event")


def unread_count(*, user: Any) -> int:
    return Notification.objects.filter(user=user, read_at=None).count()


def webhook_endpoints() -> QuerySet[WebhookEndpoint]:
    return WebhookEndpoint.objects.select_related("created_by")


def endpoint_deliveries(*, endpoint_id: int) -> QuerySet[Delivery]:
    return Delivery.objects.filter(endpoint_id=endpoint_id).select_related("event")


def delivery_log(*, delivery_id: int) -> QuerySet[DeliveryAttempt]:
    return DeliveryAttempt.objects.filter(delivery_id=delivery_id)
