"""python manage.py evaluate_extraction GOLD.json [...] [--json]: score the extractor against
gold claim files as shared/gold/FORMAT.md specifies, with the product's own pipeline."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from claims.extraction.evaluation import GoldFileError, evaluate_files, format_report


class Command(BaseCommand):
    help = "Score claim extraction against gold files (recall, precision, speaker, quantity, atomicity, standalone)."

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="+", metavar="GOLD.json")
        parser.add_argument("--json", action="store_true", dest="as_json")

    def handle(self, *args, gold: list[str], as_json: bool, **options):
        try:
            result = evaluate_files(gold)
        except GoldFileError as exc:
            raise CommandError(str(exc)) from None
        if as_json:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(format_report(result))
