"""python manage.py create_token USERNAME [--role viewer|reviewer|editor]: print a new API key."""

from django.core.management.base import BaseCommand, CommandError

from core.errors import DomainError
from core.roles import ROLES
from core.services import token_issue


class Command(BaseCommand):
    help = "Create the user if needed, give them a role, and print a new API token (shown once)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", choices=list(ROLES), default=None)
        parser.add_argument("--name", default="", help="what the token is for")

    def handle(self, *args, username: str, role: str | None, name: str, **options):
        try:
            issued = token_issue(username=username, role=role, name=name)
        except DomainError as exc:
            raise CommandError(exc.message) from None
        if issued.user_created:
            self.stderr.write(f"created user {username}" + (f" ({role})" if role else ""))
        self.stdout.write(issued.key)
