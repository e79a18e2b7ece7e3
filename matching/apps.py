from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Duplicate matching"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # claims asks the matcher it finds registered here (docs/architecture.md).
        from matching import receivers

        receivers.connect()
        # Merging claims and splitting an appearance off, added to claims' admin (claims
        # never imports matching; docs/architecture.md).
        from matching import admin

        admin.register_claims_actions()
