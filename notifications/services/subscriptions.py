"""Each person's choice of what they hear about, replacing the defaults of their role."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext as _

from core.errors import DomainError
from core.languages import Language
from notifications.models import EmailMode, EventKind, MessageLanguage, Subscription, UserChannel
from notifications.services.audience import Preferences, user_preferences


def subscription_effective(user: Any) -> tuple[bool, Preferences]:
    """(custom, preferences): what the user hears about now, and whether they chose it."""
    custom = Subscription.objects.filter(user=user).exists()
    _role, preferences = user_preferences([user])[user.pk]
    return custom, preferences


def subscription_set(
    *,
    user: Any,
    events: Iterable[str],
    channels: Iterable[str],
    languages: Iterable[str] = (),
    email_mode: str = EmailMode.IMMEDIATE,
    language: str = MessageLanguage.EN,
) -> Subscription:
    """Replace the user's choice whole (the admin edits the same row)."""
    fields = {
        "events": _subset(events, EventKind.values, "events"),
        "channels": _subset(channels, UserChannel.values, "channels"),
        "languages": _subset(languages, Language.values, "languages"),
        "email_mode": _one(email_mode, EmailMode.values, "email_mode"),
        "language": _one(language, MessageLanguage.values, "language"),
    }
    subscription, _created = Subscription.objects.update_or_create(user=user, defaults=fields)
    return subscription


def subscription_reset(*, user: Any) -> bool:
    """Back to the role's defaults; False when there was no choice to forget."""
    deleted, _per_model = Subscription.objects.filter(user=user).delete()
    return bool(deleted)


def _subset(values: Iterable[str], allowed: list[str], field: str) -> list[str]:
    chosen = list(dict.fromkeys(values))  # keep the order given, once each
    unknown = [v for v in chosen if v not in allowed]
    if unknown:
        raise DomainError(
            _("Unknown %(field)s: %(values)s; use: %(allowed)s.")
            % {"field": field, "values": ", ".join(unknown), "allowed": ", ".join(allowed)},
            field=field,
        )
    return chosen


def _one(value: str, allowed: list[str], field: str) -> str:
    return _subset([value], allowed, field)[0]
