"""The languages the tracker extracts claims from and writes to people in."""

from django.db import models


class Language(models.TextChoices):
    EN = "en", "English"
    FR = "fr", "Français"
