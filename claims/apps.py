from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and review"

    def ready(self) -> None:
        # What the layers below announce and claims acts on (docs/architecture.md).
        from claims import receivers

        receivers.connect()
        # The article admin with each article's claims, in place of sources' own (the admin
        # has loaded every app's admin module by now: django.contrib.admin comes first).
        from claims import article_admin

        article_admin.register()
        # Registers the tasks in every process, not only in workers: claims.enqueue sends
        # them by name.
        from claims import tasks  # noqa: F401
