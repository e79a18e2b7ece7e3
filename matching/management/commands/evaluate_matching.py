"""python manage.py evaluate_matching PAIRS.json [...] [--json]: precision and recall of
"same claim" on labelled pairs, scored by the matcher production uses. A pair names its
language (`language`) or each side's (`language_a`, `language_b`); same-language and
cross-lingual pairs are also reported apart."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from matching.evaluation import PairsFileError, evaluate_pairs, format_report, load_pairs


class Command(BaseCommand):
    help = "Score duplicate matching on labelled claim pairs (precision and recall of 'same')."

    def add_arguments(self, parser):
        parser.add_argument("pairs", nargs="+", metavar="PAIRS.json")
        parser.add_argument("--json", action="store_true", dest="as_json")
        parser.add_argument("--threshold", type=float, default=None)

    def handle(self, *args, pairs: list[str], as_json: bool, threshold: float | None, **options):
        try:
            loaded = {path: load_pairs(path) for path in pairs}
        except PairsFileError as exc:
            raise CommandError(str(exc)) from None
        everything = [pair for rows in loaded.values() for pair in rows]
        total = evaluate_pairs(everything, threshold=threshold)
        if as_json:
            keys = ("precision", "recall", "pairs", "threshold", "same_language", "cross_lingual")
            out = {k: total[k] for k in keys}
            out["errors"] = total["errors"]
            if len(loaded) > 1:
                out["files"] = {
                    path: {
                        k: v
                        for k, v in evaluate_pairs(rows, threshold=threshold).items()
                        if k in ("precision", "recall", "pairs", "same_language", "cross_lingual")
                    }
                    for path, rows in loaded.items()
                }
            self.stdout.write(json.dumps(out, ensure_ascii=False, indent=2))
            return
        for path, rows in loaded.items():
            self.stdout.write(format_report(path, evaluate_pairs(rows, threshold=threshold)))
        if len(loaded) > 1:
            self.stdout.write(
                f"all: precision {total['precision']:.3f} recall {total['recall']:.3f} "
                f"over {total['pairs']} pairs (cross-lingual: precision "
                f"{total['cross_lingual']['precision']:.3f} recall "
                f"{total['cross_lingual']['recall']:.3f} over {total['cross_lingual']['pairs']})"
            )
