"""python manage.py import_claimreviews PATH|URL [...]: other outlets' published fact-checks."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.claimreview_import import claimreview_import_inputs


class Command(BaseCommand):
    help = (
        "Import schema.org ClaimReview JSON-LD (files, directories, or pages carrying it) as "
        "published claims. Idempotent by review URL."
    )

    def add_arguments(self, parser):
        parser.add_argument("targets", nargs="+", metavar="PATH|URL")

    def handle(self, *args, targets: list[str], **options):
        counts = {"new": 0, "known": 0, "failed": 0}
        for outcome in claimreview_import_inputs(targets=targets):
            counts[outcome.status] += 1
            if outcome.status == "failed":
                label = f"{outcome.origin} {outcome.review_url}".strip()
                self.stderr.write(f"error: {label}: {outcome.error}")
            elif options["verbosity"] >= 2:
                self.stdout.write(
                    f"{outcome.status}: {outcome.review_url} → claim {outcome.claim_id}"
                )
        self.stdout.write(
            f"{counts['new']} new, {counts['known']} already known, {counts['failed']} failed"
        )
        if counts["failed"]:
            # The good items are in; the exit status still tells scripts that some were not.
            raise CommandError(f"{counts['failed']} of {sum(counts.values())} reviews failed")
