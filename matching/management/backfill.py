"""What the two backfill commands share: batch size, --rewrite, --after-id, progress."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError


class BackfillCommand(BaseCommand):
    default_batch_size = 1000
    rewrite_help = "recompute every claim, not only missing ones"

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=self.default_batch_size)
        parser.add_argument("--rewrite", action="store_true", help=self.rewrite_help)
        parser.add_argument("--after-id", type=int, default=0, help="resume after this claim id")

    def backfill(self, **kwargs: Any) -> Any:
        raise NotImplementedError

    def summary(self, outcome: Any) -> str:
        raise NotImplementedError

    def handle(self, *args, batch_size: int, rewrite: bool, after_id: int, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be at least 1.")
        verbosity = options.get("verbosity", 1)

        def progress(done: int, last_id: int) -> None:
            if verbosity > 1:
                self.stdout.write(f"  {done} claims, up to id {last_id}")

        outcome = self.backfill(
            batch_size=batch_size, rewrite=rewrite, after_id=after_id, progress=progress
        )
        self.stdout.write(self.summary(outcome))
