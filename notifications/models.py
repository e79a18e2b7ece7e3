"""Notifications: events (the outbox), per-user inboxes and subscriptions, webhook
endpoints, and one delivery row per (event, recipient, channel) with its attempt log.

Every row here is written before anything is sent; the Celery messages that move them along
only say "look now" (see docs/notifications.md).
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.languages import Language


class EventKind(models.TextChoices):
    CLAIM_QUEUED = "claim.queued", _("Claim queued")
    CLAIM_ASSIGNED = "claim.assigned", _("Claim assigned to you")
    LEASE_EXPIRING = "claim.lease_expiring", _("Lease about to expire")
    LEASE_EXPIRED = "claim.lease_expired", _("Lease expired")
    VERDICT_PROPOSED = "claim.verdict_proposed", _("Verdict proposed")
    VERDICT_PUBLISHED = "claim.verdict_published", _("Verdict published")
    CLAIM_REAPPEARED = "claim.reappeared", _("Published claim appeared again")
    EXTRACTION_FAILED = "article.extraction_failed", _("Extraction failed")


class UserChannel(models.TextChoices):
    INBOX = "inbox", _("In-app inbox")
    EMAIL = "email", _("Email")


class EmailMode(models.TextChoices):
    IMMEDIATE = "immediate", _("One email per event")
    DIGEST = "digest", _("Daily digest")


MessageLanguage = Language  # the languages we extract are the languages we write in


class Subscription(models.Model):
    """What one person hears about, where, and in which language. A user without a row
    gets the defaults of their role (notifications.services.audience.default_subscription)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_subscription",
        verbose_name=_("user"),
    )
    events = ArrayField(
        models.CharField(max_length=40, choices=EventKind), verbose_name=_("events"), blank=True
    )
    channels = ArrayField(
        models.CharField(max_length=10, choices=UserChannel),
        verbose_name=_("channels"),
        blank=True,
    )
    languages = ArrayField(
        models.CharField(max_length=2),
        verbose_name=_("claim languages"),
        blank=True,
        default=list,
        help_text=_("Only claims in these languages (two-letter codes); empty: all."),
    )
    email_mode = models.CharField(
        _("email"), max_length=10, choices=EmailMode, default=EmailMode.IMMEDIATE
    )
    language = models.CharField(
        _("message language"), max_length=2, choices=MessageLanguage, default=MessageLanguage.EN
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification subscription")
        verbose_name_plural = _("notification subscriptions")

    def __str__(self) -> str:
        return f"{self.user}: {', '.join(self.events) or '-'}"


class Event(models.Model):
    """Something someone must hear of, written in the transaction of the change itself."""

    kind = models.CharField(_("kind"), max_length=40, choices=EventKind)
    claim = models.ForeignKey(
        "claims.Claim",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("claim"),
    )
    article = models.ForeignKey(
        "sources.Article",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("article"),
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    # The one person the event is about (the assignee, the holder whose lease ran out):
    # captured now, because by fan-out time the claim may belong to someone else.
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("for"),
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    payload = models.JSONField(_("payload"), default=dict)
    # "Once per lease" and similar rules: a second row with the same key cannot exist.
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    fanned_out_at = models.DateTimeField(_("fanned out"), null=True, blank=True)
    # When the sweep last re-sent the fan-out message, so it does not copy it every round.
    fan_out_resent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification event")
        verbose_name_plural = _("notification events")
        indexes = [
            models.Index(
                fields=["created_at"], name="event_not_fanned_idx", condition=Q(fanned_out_at=None)
            )
        ]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=EventKind.values), name="event_kind_known")
        ]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"


class Notification(models.Model):
    """One line of one person's in-app inbox."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("user"),
    )
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="notifications", verbose_name=_("event")
    )
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notification_inbox_idx"),
            models.Index(
                fields=["user"], name="notification_unread_idx", condition=Q(read_at=None)
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["user", "event"], name="notification_once_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.event.kind} for {self.user}"


class EndpointKind(models.TextChoices):
    WEBHOOK = "webhook", _("Signed webhook (Standard Webhooks)")
    CHAT = "chat", _("Chat incoming webhook (Slack, Mattermost, Rocket.Chat)")


class WebhookEndpoint(models.Model):
    """A receiver registered by an editor: signed JSON events, or chat messages."""

    Kind = EndpointKind

    url = models.URLField(_("URL"), max_length=600)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.WEBHOOK)
    description = models.CharField(_("description"), max_length=200, blank=True)
    events = ArrayField(
        models.CharField(max_length=40, choices=EventKind), verbose_name=_("events")
    )
    languages = ArrayField(
        models.CharField(max_length=2),
        verbose_name=_("claim languages"),
        blank=True,
        default=list,
        help_text=_("Only claims in these languages (two-letter codes); empty: all."),
    )
    language = models.CharField(
        _("message language"), max_length=2, choices=MessageLanguage, default=MessageLanguage.EN
    )
    # "whsec_" + base64 of at least 24 random bytes (Standard Webhooks). Kept in clear: it
    # signs every delivery. The API shows it once, on creation.
    secret = models.CharField(_("signing secret"), max_length=200)
    active = models.BooleanField(_("active"), default=True)
    disabled_reason = models.CharField(_("disabled because"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=EndpointKind.values), name="endpoint_kind_known"
            )
        ]

    def __str__(self) -> str:
        return self.description or self.url


class DeliveryChannel(models.TextChoices):
    EMAIL = "email", _("Email")
    DIGEST = "digest", _("Email digest")
    WEBHOOK = "webhook", _("Webhook")
    CHAT = "chat", _("Chat")


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENDING = "sending", _("Sending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed (gave up)")
    CANCELLED = "cancelled", _("Cancelled")


def new_message_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


class Delivery(models.Model):
    """One event to one recipient over one channel. `message_id` is the webhook-id and the
    email Message-ID: the same on every attempt, so a receiver can drop a repeat."""

    Channel = DeliveryChannel
    State = DeliveryState

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("event")
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("user"),
    )
    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="deliveries",
        verbose_name=_("endpoint"),
    )
    state = models.CharField(_("state"), max_length=10, choices=State, default=State.PENDING)
    message_id = models.CharField(
        _("message id"), max_length=40, unique=True, default=new_message_id, editable=False
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), db_index=True)
    # Retries stop here (WEBHOOK_RETRY_WINDOW_SECONDS after creation, or after a redeliver).
    give_up_at = models.DateTimeField(_("give up at"))
    # Who is sending it now: the claim token of the worker that set state=sending, and
    # when the sweep may presume that worker dead.
    lease_token = models.UUIDField(null=True, blank=True, editable=False)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(_("last status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                name="delivery_due_idx",
                condition=Q(state__in=["pending", "sending"]),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(channel__in=DeliveryChannel.values), name="delivery_channel_known"
            ),
            models.CheckConstraint(
                condition=Q(state__in=DeliveryState.values), name="delivery_state_known"
            ),
            models.CheckConstraint(
                condition=(
                    Q(channel__in=["email", "digest"], user__isnull=False, endpoint__isnull=True)
                    | Q(channel__in=["webhook", "chat"], user__isnull=True, endpoint__isnull=False)
                ),
                name="delivery_recipient_matches_channel",
            ),
            # Fan-out run twice writes nothing new.
            models.UniqueConstraint(
                fields=["event", "channel", "user"],
                name="delivery_once_per_user",
                condition=Q(user__isnull=False),
            ),
            models.UniqueConstraint(
                fields=["event", "endpoint"],
                name="delivery_once_per_endpoint",
                condition=Q(endpoint__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.message_id} ({self.state})"


class DeliveryAttempt(models.Model):
    """The delivery log: one row per try, whatever came of it."""

    delivery = models.ForeignKey(
        Delivery, on_delete=models.CASCADE, related_name="log", verbose_name=_("delivery")
    )
    number = models.PositiveIntegerField(_("attempt"))
    started_at = models.DateTimeField(_("started"))
    latency_ms = models.PositiveIntegerField(_("latency (ms)"), null=True, blank=True)
    status_code = models.PositiveIntegerField(_("status code"), null=True, blank=True)
    success = models.BooleanField(_("success"), default=False)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")

    def __str__(self) -> str:
        return f"{self.delivery_id} #{self.number}: {self.status_code or self.error[:40]}"
