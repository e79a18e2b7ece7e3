"""python manage.py load_seeds: ingest the articles in seeds/ (idempotent)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Ingest the seed articles (seeds/*.txt); extraction follows as for any article."

    def handle(self, *args, **options):
        seeds = settings.BASE_DIR / "seeds"
        if not any(seeds.glob("*.txt")):
            raise CommandError(f"no seed articles (*.txt) in {seeds}")
        call_command("ingest", str(seeds), stdout=self.stdout, stderr=self.stderr)
