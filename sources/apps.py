from django.apps import AppConfig


class SourcesConfig(AppConfig):
    name = "sources"
    verbose_name = "Sources and articles"

    def ready(self) -> None:
        # Registers the tasks in every process, not only in workers: sources.enqueue sends
        # them by name.
        from sources import tasks  # noqa: F401
