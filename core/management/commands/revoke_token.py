"""python manage.py revoke_token KEY|PREFIX, or --user USERNAME: revoke API keys at once.

Every web process stops accepting a revoked key on its next request (core.key_cache).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.errors import DomainError
from core.models import KEY_PREFIX_LENGTH
from core.services import token_revoke, tokens_revoke_for_user


class Command(BaseCommand):
    help = (
        "Revoke one API key, given whole or by its first "
        f"{KEY_PREFIX_LENGTH} characters, or every key of one user (--user)."
    )

    def add_arguments(self, parser):
        parser.add_argument("key", nargs="?", help="the key, or its prefix as the admin shows it")
        parser.add_argument("--user", dest="username", help="revoke all of this user's keys")

    def handle(self, *args, key: str | None, username: str | None, **options):
        if (key is None) == (username is None):
            raise CommandError("Give either a key (or its prefix) or --user USERNAME, not both.")
        try:
            if username is not None:
                count = tokens_revoke_for_user(username)
                self.stdout.write(f"revoked {count} key(s) of {username.strip()}")
                return
            token = token_revoke(key)
        except DomainError as exc:
            raise CommandError(exc.message) from None
        when = timezone.localtime(token.revoked_at).strftime("%Y-%m-%d %H:%M")
        self.stdout.write(f"{token.prefix}… of {token.user.username}: revoked {when}")
