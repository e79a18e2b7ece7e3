from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    verbose_name = "Duplicate matching"
    default_auto_field = "django.db.models.BigAutoField"
