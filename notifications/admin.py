"""Notifications in the admin: your inbox and your subscription (everyone with a role),
webhook endpoints and the delivery log (editors), with a "redeliver" action."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from claims import permissions as rules
from core.errors import DomainError
from notifications import services
from notifications.models import (
    Delivery,
    DeliveryAttempt,
    Notification,
    Subscription,
    WebhookEndpoint,
)
from notifications.services import webhooks
from notifications.services.senders import event_summary, event_title


class OwnRowsAdmin(admin.ModelAdmin):
    """Each person sees only their own rows; anyone with a role may open the page."""

    def get_queryset(self, request):
        return super().get_queryset(request).filter(user=request.user)

    def has_module_permission(self, request) -> bool:
        return rules.can_view(request.user)

    def has_view_permission(self, request, obj=None) -> bool:
        return rules.can_view(request.user) and (obj is None or obj.user_id == request.user.pk)


@admin.register(Notification)
class NotificationAdmin(OwnRowsAdmin):
    list_display = ["title", "summary", "created_at", "read_at"]
    list_filter = [("read_at", admin.EmptyFieldListFilter), "event__kind"]
    actions = ["mark_read"]
    list_select_related = ["event"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event")

    @admin.display(description=_("notification"))
    def title(self, obj: Notification) -> str:
        return event_title(obj.event)

    @admin.display(description=_("about"))
    def summary(self, obj: Notification) -> str:
        return event_summary(obj.event)[:120]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description=_("Mark as read"), permissions=["view"])
    def mark_read(self, request, queryset):
        for notification in queryset:
            services.notification_mark_read(user=request.user, notification_id=notification.pk)
        self.message_user(request, _("Marked as read."), messages.SUCCESS)


@admin.register(Subscription)
class SubscriptionAdmin(OwnRowsAdmin):
    list_display = ["user", "events", "channels", "email_mode", "language"]
    fields = ["events", "channels", "languages", "email_mode", "language"]

    def has_add_permission(self, request) -> bool:
        return (
            rules.can_view(request.user)
            and not Subscription.objects.filter(user=request.user).exists()
        )

    def has_change_permission(self, request, obj=None) -> bool:
        return self.has_view_permission(request, obj)

    def has_delete_permission(self, request, obj=None) -> bool:
        return self.has_view_permission(request, obj)

    def save_model(self, request, obj, form, change):
        obj.user = request.user
        super().save_model(request, obj, form, change)


class EditorsAdmin(admin.ModelAdmin):
    def has_module_permission(self, request) -> bool:
        return rules.is_editor(request.user)

    def has_view_permission(self, request, obj=None) -> bool:
        return rules.is_editor(request.user)


class WebhookEndpointForm(forms.ModelForm):
    """The services' own checks, run as form validation so errors show on the field."""

    url = forms.URLField(max_length=600, assume_scheme="https")

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "kind", "description", "events", "languages", "language", "secret"]
        fields += ["active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["secret"].required = False
        self.fields["secret"].help_text = _("Leave empty to generate one (shown once).")

    def _domain_checked(self, name: str, check) -> str:
        value = self.cleaned_data.get(name)
        if value:
            try:
                check(value)
            except DomainError as exc:
                raise forms.ValidationError(exc.message) from None
        return value

    def clean_url(self) -> str:
        return self._domain_checked("url", webhooks.check_target)

    def clean_secret(self) -> str:
        return self._domain_checked("secret", webhooks.secret_key)


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(EditorsAdmin):
    form = WebhookEndpointForm
    list_display = ["url", "kind", "active", "disabled_reason", "created_at"]
    list_filter = ["kind", "active"]
    readonly_fields = ["disabled_reason", "created_by", "created_at", "updated_at"]

    def has_add_permission(self, request) -> bool:
        return rules.is_editor(request.user)

    def has_change_permission(self, request, obj=None) -> bool:
        return rules.is_editor(request.user)

    def has_delete_permission(self, request, obj=None) -> bool:
        return rules.is_editor(request.user)

    def save_model(self, request, obj, form, change):
        data = dict(form.cleaned_data)
        if change:
            changed = {name: data[name] for name in form.changed_data if name != "secret"}
            if data.get("secret"):
                changed["secret"] = data["secret"]
            services.webhook_endpoint_update(actor=request.user, endpoint_id=obj.pk, **changed)
            return
        data["secret"] = data.get("secret") or None
        endpoint, secret = services.webhook_endpoint_create(actor=request.user, **data)
        obj.pk = endpoint.pk
        self.message_user(
            request, _("Signing secret (shown once): %(s)s") % {"s": secret}, messages.WARNING
        )


class AttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    fields = ["number", "started_at", "status_code", "latency_ms", "success", "error"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    # Editors read the log through roles, not model permissions (as EditorsAdmin does);
    # without this the attempts were hidden from the very people the log is for.
    def has_view_permission(self, request, obj=None) -> bool:
        return rules.is_editor(request.user)


@admin.register(Delivery)
class DeliveryAdmin(EditorsAdmin):
    list_display = [
        "message_id",
        "channel",
        "state",
        "attempts",
        "last_status_code",
        "next_attempt_at",
        "delivered_at",
    ]
    list_filter = ["state", "channel", "event__kind"]
    search_fields = ["message_id"]
    list_select_related = ["event", "endpoint", "user"]
    readonly_fields = [f.name for f in Delivery._meta.fields]
    inlines = [AttemptInline]
    actions = ["redeliver"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.action(description=_("Redeliver (same message id)"), permissions=["view"])
    def redeliver(self, request, queryset):
        done = 0
        for delivery in queryset:
            try:
                services.delivery_redeliver(delivery_id=delivery.pk, actor=request.user)
                done += 1
            except DomainError as exc:
                self.message_user(request, f"{delivery.message_id}: {exc.message}", messages.ERROR)
        if done:
            self.message_user(
                request, _("%(n)s deliveries queued again.") % {"n": done}, messages.SUCCESS
            )
