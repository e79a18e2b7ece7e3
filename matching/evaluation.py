"""Precision and recall of "same claim" on labelled pairs, with the production scorer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings

from matching.embedding import embed_texts
from matching.scoring import claim_features, score_pair


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
        if not isinstance(pair, dict) or not {"a", "b", "same"} <= pair.keys():
            raise PairsFileError(f"{path}: pair {i} needs a, b and same")
        if "language" not in pair and not {"language_a", "language_b"} <= pair.keys():
            raise PairsFileError(f"{path}: pair {i} needs language, or language_a and language_b")
        for key in ("a", "b"):
            if not isinstance(pair[key], str) or not pair[key].strip():
                raise PairsFileError(f"{path}: pair {i}: {key} must be a non-empty string")
    return pairs


def pair_languages(pair: dict[str, Any]) -> tuple[str, str]:
    if "language_a" in pair:
        return str(pair["language_a"]), str(pair["language_b"])
    return str(pair["language"]), str(pair["language"])


def _counts(rows: list[tuple[bool, bool]]) -> dict[str, Any]:
    tp = sum(p and a for p, a in rows)
    fp = sum(p and not a for p, a in rows)
    fn = sum(a and not p for p, a in rows)
    tn = sum(not p and not a for p, a in rows)
    return {
        "pairs": len(rows),
        "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "true_negatives": tn,
    }


def evaluate_pairs(
    pairs: list[dict[str, Any]], *, threshold: float | None = None
) -> dict[str, Any]:
    """Score every pair as production would; same-language and cross-lingual pairs are
    also counted apart (a translation is the harder case and must not hide in the total)."""
    threshold = settings.MATCH_SAME_THRESHOLD if threshold is None else threshold
    texts = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    vectors = dict(zip(texts, embed_texts(texts), strict=True))  # one batch, as the worker does
    rows: dict[str, list[tuple[bool, bool]]] = {"same_language": [], "cross_lingual": []}
    errors = []
    for pair in pairs:
        language_a, language_b = pair_languages(pair)
        result = score_pair(
            claim_features(text=pair["a"], language=language_a, embedding=vectors[pair["a"]]),
            claim_features(text=pair["b"], language=language_b, embedding=vectors[pair["b"]]),
        )
        predicted = result.score >= threshold
        actual = bool(pair["same"])
        group = "same_language" if language_a[:2] == language_b[:2] else "cross_lingual"
        rows[group].append((predicted, actual))
        if predicted != actual:
            errors.append(
                {
                    **pair,
                    "score": result.score,
                    "semantic": result.semantic,
                    "reasons": list(result.reasons),
                }
            )
    return {
        **_counts(rows["same_language"] + rows["cross_lingual"]),
        "threshold": threshold,
        "same_language": _counts(rows["same_language"]),
        "cross_lingual": _counts(rows["cross_lingual"]),
        "errors": errors,
    }


def format_report(name: str, result: dict[str, Any]) -> str:
    lines = [
        f"{name}: {result['pairs']} pairs, same at score ≥ {result['threshold']}",
        f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"(tp {result['true_positives']}, fp {result['false_positives']}, "
        f"fn {result['false_negatives']}, tn {result['true_negatives']})",
    ]
    for group in ("same_language", "cross_lingual"):
        part = result[group]
        if part["pairs"]:
            lines.append(
                f"  {group.replace('_', ' ')}: {part['pairs']} pairs, precision "
                f"{part['precision']:.3f}  recall {part['recall']:.3f}"
            )
    for error in result["errors"]:
        label = "missed" if error["same"] else "wrongly same"
        lines.append(f"  {label} ({error['score']:.3f}): {error['a']!r} / {error['b']!r}")
    return "\n".join(lines)
