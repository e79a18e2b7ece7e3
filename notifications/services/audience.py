"""Who hears of an event: subscriptions, or the defaults of each person's role.

Reviewers hear of claims queued in their review languages and of what happens to the claims
they hold; editors hear of proposals, failed extractions and published claims said again.
Nobody hears of their own action, and nobody without a role hears of anything.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q

from claims.models import ReviewerProfile, default_review_languages
from core.roles import EDITOR, REVIEWER, ROLES
from notifications.models import EmailMode, Event, EventKind, Subscription, UserChannel

K = EventKind
# About one person (Event.target): they hear of it whatever the claim's language.
TARGETED = frozenset({K.CLAIM_ASSIGNED, K.LEASE_EXPIRING, K.LEASE_EXPIRED, K.CLAIM_REAPPEARED})
# To everyone subscribed, filtered by the claim's language.
BROADCAST = frozenset(
    {
        K.CLAIM_QUEUED,
        K.VERDICT_PROPOSED,
        K.VERDICT_PUBLISHED,
        K.CLAIM_REAPPEARED,
        K.EXTRACTION_FAILED,
    }
)
HOLDER_EVENTS = frozenset({K.CLAIM_ASSIGNED, K.LEASE_EXPIRING, K.LEASE_EXPIRED})
REVIEWER_EVENTS = HOLDER_EVENTS | {K.CLAIM_QUEUED, K.CLAIM_REAPPEARED}
EDITOR_EVENTS = HOLDER_EVENTS | {K.VERDICT_PROPOSED, K.EXTRACTION_FAILED, K.CLAIM_REAPPEARED}


@dataclass(frozen=True)
class Preferences:
    events: frozenset[str]
    channels: frozenset[str] = frozenset({UserChannel.INBOX, UserChannel.EMAIL})
    languages: frozenset[str] = field(default_factory=frozenset)  # empty: every language
    email_mode: str = EmailMode.IMMEDIATE
    language: str = "en"

    def wants(self, event: Event, *, targeted: bool) -> bool:
        if event.kind not in self.events:
            return False
        return targeted or not self.languages or event.language[:2] in self.languages


def message_language() -> str:
    code = (settings.LANGUAGE_CODE or "en")[:2]
    return code if code in ("en", "fr") else "en"


def default_preferences(*, role: str | None, review_languages: list[str]) -> Preferences:
    if role == EDITOR:
        return Preferences(events=frozenset(EDITOR_EVENTS), language=message_language())
    if role == REVIEWER:
        return Preferences(
            events=frozenset(REVIEWER_EVENTS),
            languages=frozenset(review_languages),
            language=message_language(),
        )
    return Preferences(events=frozenset(), language=message_language())


def preferences_from(subscription: Subscription) -> Preferences:
    return Preferences(
        events=frozenset(subscription.events),
        channels=frozenset(subscription.channels),
        languages=frozenset(subscription.languages),
        email_mode=subscription.email_mode,
        language=subscription.language,
    )


@dataclass(frozen=True)
class Recipient:
    user: Any
    preferences: Preferences


def _roles(user_ids: list[int]) -> dict[int, str]:
    User: Any = get_user_model()
    best: dict[int, str] = {}
    rows = User.groups.through.objects.filter(
        user_id__in=user_ids, group__name__in=ROLES
    ).values_list("user_id", "group__name")
    for user_id, name in rows:
        if user_id not in best or ROLES.index(name) > ROLES.index(best[user_id]):
            best[user_id] = name
    return best


def user_preferences(users: list[Any]) -> dict[int, tuple[str | None, Preferences]]:
    """Each user's role and preferences, in three queries whatever the number of users."""
    ids = [u.pk for u in users]
    roles = _roles(ids)
    subscriptions = {s.user_id: s for s in Subscription.objects.filter(user_id__in=ids)}
    languages: dict[int, list[str]] = defaultdict(default_review_languages)
    for profile in ReviewerProfile.objects.filter(user_id__in=ids).only("user_id", "languages"):
        languages[profile.user_id] = list(profile.languages)
    result = {}
    for user in users:
        role = EDITOR if user.is_superuser else roles.get(user.pk)
        subscription = subscriptions.get(user.pk)
        prefs = (
            preferences_from(subscription)
            if subscription is not None
            else default_preferences(role=role, review_languages=languages[user.pk])
        )
        result[user.pk] = (role, prefs)
    return result


def default_subscription_for(user: Any) -> Preferences:
    return user_preferences([user])[user.pk][1]


def event_recipients(event: Event) -> list[Recipient]:
    User: Any = get_user_model()
    who = Q(pk=event.target_id) if event.target_id and event.kind in TARGETED else Q(pk=None)
    if event.kind in BROADCAST:
        who |= (
            Q(is_superuser=True)
            | Q(groups__name__in=[REVIEWER, EDITOR])
            | Q(notification_subscription__isnull=False)
        )
    users = list(User.objects.filter(who, is_active=True).distinct().order_by("pk"))
    prefs = user_preferences(users)
    recipients = []
    for user in users:
        role, preferences = prefs[user.pk]
        if role is None:  # no role, no access to claims: nothing to tell them
            continue
        targeted = event.kind in TARGETED and user.pk == event.target_id
        broadcast = event.kind in BROADCAST and user.pk != event.actor_id
        if event.kind == K.CLAIM_REAPPEARED and role != EDITOR:
            broadcast = False  # the claim's own reviewer (targeted), and editors
        if (targeted or broadcast) and preferences.wants(event, targeted=targeted):
            recipients.append(Recipient(user=user, preferences=preferences))
    return recipients
