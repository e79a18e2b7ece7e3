"""Demo accounts for `make demo`: admin, editor and reviewer, with fresh printed passwords."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

DEMO_USERS = [
    # username, superuser, group
    ("admin", True, None),
    ("editor", False, "editor"),
    ("reviewer", False, "reviewer"),
]


class Command(BaseCommand):
    help = "Create (or reset) the demo accounts and print their passwords."

    def handle(self, *args, **options):
        User = get_user_model()
        self.stdout.write("Demo accounts (passwords are new on every run):")
        for username, is_superuser, group_name in DEMO_USERS:
            password = secrets.token_urlsafe(9)
            user, _ = User.objects.get_or_create(username=username)
            user.is_staff = True
            user.is_superuser = is_superuser
            user.email = f"{username}@example.org"
            user.set_password(password)
            user.save()
            if group_name:
                group, _ = Group.objects.get_or_create(name=group_name)
                user.groups.add(group)
            self.stdout.write(f"  {username:<9} {password}")
