"""python manage.py extract FILE [--language fr|en] [--json]: run the extractor on a file.

Touches no database: the same pipeline the worker runs, for people and other tools."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.extraction import UnsupportedLanguageError, extract
from claims.extraction.header import DateHeaderError, split_date_header
from core.errors import DomainError
from sources.services import read_article_file


class Command(BaseCommand):
    help = "Extract claims from a text file (which may open with a 'date YYYY-MM' header)."

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--language", choices=["fr", "en"], default=None)
        parser.add_argument("--json", action="store_true", dest="as_json", help="print a JSON list")

    def handle(self, *args, file: str, language: str | None, as_json: bool, **options):
        try:
            split = split_date_header(read_article_file(Path(file)))
            claims = extract(split.body, language=language, published=split.published)
        except (DomainError, DateHeaderError, UnsupportedLanguageError) as exc:
            raise CommandError(str(getattr(exc, "message", exc))) from None
        if as_json:
            self.stdout.write(
                json.dumps([c.to_dict() for c in claims], ensure_ascii=False, indent=2)
            )
            return
        for c in claims:
            speaker = c.speaker or "(article)"
            self.stdout.write(f"[{c.kind} {c.check_worthiness:.2f}] {speaker}: {c.text}")
        self.stdout.write(f"{len(claims)} claims")
