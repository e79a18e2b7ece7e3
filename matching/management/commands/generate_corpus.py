"""python manage.py generate_corpus --claims N [--seed S]: fill the database with
synthetic French and English articles, claims and appearances (for benchmarks)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from core.errors import DomainError
from matching.corpus import corpus_generate


class Command(BaseCommand):
    help = "Write N synthetic claims (with articles and appearances) through COPY."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True, metavar="N")
        parser.add_argument("--seed", type=int, default=0)

    def handle(self, *args, claims: int, seed: int, **options):
        try:
            outcome = corpus_generate(claims=claims, seed=seed)
        except DomainError as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(
            f"{outcome.claims} claims, {outcome.appearances} appearances, {outcome.articles} "
            f"articles in {outcome.seconds:.1f} s"
        )
