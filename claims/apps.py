from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and review"

    def ready(self) -> None:
        # What the layers below announce and claims acts on (docs/architecture.md).
        from claims import receivers

        receivers.connect()
        # Registers the tasks in every process, not only in workers: claims.enqueue sends
        # them by name.
        from claims import tasks  # noqa: F401
