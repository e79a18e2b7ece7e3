"""The in-app inbox: marking lines read. Each person only ever touches their own."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import NotFound
from notifications.models import Notification


def notification_mark_read(*, user: Any, notification_id: int) -> Notification:
    notification = Notification.objects.filter(pk=notification_id, user=user).first()
    if notification is None:
        # Someone else's notification does not exist, as far as this user can tell.
        raise NotFound(_("Notification %(id)s does not exist.") % {"id": notification_id})
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, user: Any) -> int:
    return Notification.objects.filter(user=user, read_at=None).update(read_at=timezone.now())
