from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = "Notifications"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Every event comes from a signal of the layers below (docs/architecture.md).
        from notifications import receivers

        receivers.connect()
        # Registers the tasks in every process, not only in workers: notifications.enqueue
        # sends them by name.
        from notifications import tasks  # noqa: F401
