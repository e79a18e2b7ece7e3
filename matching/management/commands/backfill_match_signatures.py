"""python manage.py backfill_match_signatures [--batch-size N] [--rewrite] [--after-id ID]:
write the duplicate matcher's signatures for claims that have none (claims written before
the signature table existed, or by a path that does not write them)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from matching.services.signatures import signatures_backfill


class Command(BaseCommand):
    help = "Fill matching_claimsignature in batches (one transaction per batch)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=10_000)
        parser.add_argument(
            "--rewrite", action="store_true", help="recompute every claim, not only missing ones"
        )
        parser.add_argument("--after-id", type=int, default=0, help="resume after this claim id")

    def handle(self, *args, batch_size: int, rewrite: bool, after_id: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        verbosity = options.get("verbosity", 1)

        def progress(done: int, last_id: int) -> None:
            if verbosity > 1:
                self.stdout.write(f"  {done} claims, up to id {last_id}")

        outcome = signatures_backfill(
            batch_size=batch_size, rewrite=rewrite, after_id=after_id, progress=progress
        )
        self.stdout.write(
            f"{outcome.claims} claims, {outcome.signatures} signatures written "
            f"(last claim id {outcome.last_id})"
        )
