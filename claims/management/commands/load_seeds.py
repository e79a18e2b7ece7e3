"""python manage.py load_seeds: ingest the articles in seeds/ (idempotent) and show their claims."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from claims.extraction.header import split_date_header
from claims.selectors import claims_of_article
from sources.models import Article
from sources.services import content_hash, read_article_file


class Command(BaseCommand):
    help = "Ingest the seed articles (seeds/*.txt); extraction follows as for any article."

    def add_arguments(self, parser):
        parser.add_argument("--quiet-claims", action="store_true", help="do not list claims")

    def handle(self, *args, quiet_claims: bool = False, **options):
        seeds = settings.BASE_DIR / "seeds"
        files = sorted(seeds.glob("*.txt"))
        if not files:
            raise CommandError(f"no seed articles (*.txt) in {seeds}")
        call_command("ingest", str(seeds), stdout=self.stdout, stderr=self.stderr)
        if quiet_claims:
            return
        for path in files:
            body = split_date_header(read_article_file(path)).body
            article = Article.objects.filter(content_hash=content_hash(body)).first()
            if article is None:
                continue
            self.stdout.write(f"\n{path.name}: extraction {article.extraction_state}")
            if article.extraction_error:
                self.stdout.write(f"  {article.extraction_error}")
            for claim in claims_of_article(article):
                who = claim.speaker or "(article)"
                self.stdout.write(
                    f"  [{claim.status:<6} {claim.check_worthiness:.2f}] {who}: {claim.statement}"
                )
