"""Writes for notifications. Events come from the signals of claims and matching
(notifications.receivers), which call `event_record` (or one of its wrappers) inside the
transaction of the change they report."""

from notifications.services.delivery import (
    delivery_attempt,
    delivery_redeliver,
    digests_send,
    notifications_sweep,
    retry_delay,
)
from notifications.services.events import (
    article_extraction_event,
    claim_status_event,
    event_fan_out,
    event_record,
    lease_warnings_record,
)
from notifications.services.inbox import notification_mark_read, notifications_mark_all_read
from notifications.services.subscriptions import (
    subscription_effective,
    subscription_reset,
    subscription_set,
)
from notifications.services.webhooks import (
    webhook_endpoint_create,
    webhook_endpoint_delete,
    webhook_endpoint_update,
    webhook_sign,
)

__all__ = [
    "article_extraction_event",
    "claim_status_event",
    "delivery_attempt",
    "delivery_redeliver",
    "digests_send",
    "event_fan_out",
    "event_record",
    "lease_warnings_record",
    "notification_mark_read",
    "notifications_mark_all_read",
    "notifications_sweep",
    "retry_delay",
    "subscription_effective",
    "subscription_reset",
    "subscription_set",
    "webhook_endpoint_create",
    "webhook_endpoint_delete",
    "webhook_endpoint_update",
    "webhook_sign",
]
