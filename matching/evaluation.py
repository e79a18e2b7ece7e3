"""Precision and recall of "same claim" on labelled pairs, with the production scorer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings

from matching.scoring import score_texts


class PairsFileError(ValueError):
    pass


def load_pairs(path: str | Path) -> list[dict[str, Any]]:
    try:
        pairs = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PairsFileError(f"{path}: {exc}") from None
    if not isinstance(pairs, list):
        raise PairsFileError(f"{path}: expected a JSON list of pairs")
    for i, pair in enumerate(pairs):
        if not isinstance(pair, dict) or not {"a", "b", "language", "same"} <= pair.keys():
            raise PairsFileError(f"{path}: pair {i} needs a, b, language and same")
    return pairs


def evaluate_pairs(
    pairs: list[dict[str, Any]], *, threshold: float | None = None
) -> dict[str, Any]:
    threshold = settings.MATCH_SAME_THRESHOLD if threshold is None else threshold
    tp = fp = fn = tn = 0
    errors = []
    for pair in pairs:
        result = score_texts(pair["a"], pair["b"], language=pair["language"])
        predicted = result.score >= threshold
        actual = bool(pair["same"])
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
        tn += not predicted and not actual
        if predicted != actual:
            errors.append({**pair, "score": result.score, "reasons": list(result.reasons)})
    return {
        "pairs": len(pairs),
        "threshold": threshold,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "true_negatives": tn,
        "errors": errors,
    }


def format_report(name: str, result: dict[str, Any]) -> str:
    lines = [
        f"{name}: {result['pairs']} pairs, same at score ≥ {result['threshold']}",
        f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"(tp {result['true_positives']}, fp {result['false_positives']}, "
        f"fn {result['false_negatives']}, tn {result['true_negatives']})",
    ]
    for error in result["errors"]:
        label = "missed" if error["same"] else "wrongly same"
        lines.append(f"  {label} ({error['score']:.3f}): {error['a']!r} / {error['b']!r}")
    return "\n".join(lines)
