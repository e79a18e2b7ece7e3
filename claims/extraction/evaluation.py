"""Score an extractor against gold claim files (spec: /work/shared/gold/FORMAT.md).

Edge cases: with nothing to score a rate is 1.0 (no required gold -> recall 1.0, no
extracted claim -> precision and atomicity 1.0, no pair -> speaker accuracy 1.0, no paired
gold listing quantities -> quantity accuracy 1.0), so an empty file never drags a total down;
the raw counts are reported beside every rate. Totals are micro-averages (counts summed).
Units compare after text normalisation plus a few spellings of the same unit ("$" ==
"dollars" == "usd", "€" == "euros", "%" == "pour cent" == "percent", "EGP" == "LE"), with rates
written either way ("barils par jour" == "barils/jour", "$ a month" == "$ per month"). A gold
quantity may also give "change": "up" | "down", which the extracted quantity must then carry.
Standalone follows FORMAT.md: no leading subject pronoun or possessive, no first person, every
`mentions` entry present.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .header import DateHeaderError, PartialDate, split_date_header

ExtractFn = Callable[..., Sequence[Any]]
_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"'})
_UNIT_ALIASES = {
    "dollars": "$", "dollar": "$", "usd": "$", "us$": "$", "euros": "€", "euro": "€", "eur": "€",
    "livres": "£", "pounds": "£", "gbp": "£", "pour cent": "%", "pourcent": "%", "percent": "%",
    "per cent": "%", "pct": "%", "points": "point", "pts": "point", "pt": "point",
    "points de pourcentage": "point", "percentage points": "point", "percentage point": "point",
    "le": "egp", "livres egyptiennes": "egp", "egyptian pounds": "egp", "francs suisses": "chf",
    "swiss francs": "chf", "yens": "jpy", "yen": "jpy", "yuans": "cny", "yuan": "cny",
    "roubles": "rub", "rouble": "rub", "rubles": "rub", "ruble": "rub",
    "rs": "inr", "rs.": "inr", "rupees": "inr", "rupee": "inr", "roupies": "inr",
    "swiss franc": "chf", "franc suisse": "chf", "cfa franc": "cfa francs",
    "francs cfa": "cfa francs", "franc cfa": "cfa francs",
}  # fmt: skip
# "barils par jour", "barrels a day", "$/month": the connector and the period in one spelling.
_RATE = re.compile(r"\s*(?:\bpar\b|\bper\b|\ba\b|\ban\b|\bchaque\b|\beach\b|/)\s*(\w+)$")
_PERIODS = {
    "jour": "day", "jours": "day", "day": "day", "an": "year", "annee": "year", "year": "year",
    "mois": "month", "month": "month", "semaine": "week", "week": "week", "heure": "hour",
    "hour": "hour", "habitant": "capita", "capita": "capita", "head": "capita", "tete": "capita",
}  # fmt: skip
# FORMAT.md, "standalone": what may not open a claim, and the first person anywhere.
# The lists are per language: an English claim may open with "On Friday", "Son of …".
_OPENERS_BY_LANGUAGE = {
    "fr": frozenset(["il", "elle", "ils", "elles", "on", "son", "sa", "ses", "leur", "leurs"]),
    "en": frozenset(["he", "she", "they", "his", "her", "their"]),
}
_OPENERS = _OPENERS_BY_LANGUAGE["fr"] | _OPENERS_BY_LANGUAGE["en"]
# negated forms are the same constructions ("il n'y a pas eu de contamination", "il ne faut")
_IMPERSONAL = re.compile(
    r"^il (?:n'|ne )?(?:y a|y avait|y aura|faut|fallait|faudra|s'agit|s'agissait)\b"
)
_FIRST_PERSON = re.compile(
    r"(?:^|[^\w'])(?:je|j'|nous|notre|nos|moi|i|we|our|ours|us|my)(?![\w'])|(?:^|[^\w'])j'"
)


class GoldFileError(ValueError):
    """A gold file is missing, not JSON, or lacks required keys."""


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_QUOTE_MAP))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _unit(text: str) -> str:
    key = " ".join(normalise(text or "").split())
    rate = _RATE.search(key)
    if rate and rate.group(1) in _PERIODS and rate.start() > 0:
        base = key[: rate.start()].strip()
        return f"{_UNIT_ALIASES.get(base, base)}/{_PERIODS[rate.group(1)]}"
    return _UNIT_ALIASES.get(key, key)


def is_standalone(text: str, mentions: Sequence[Any] = (), language: str | None = None) -> bool:
    """FORMAT.md's standalone rule: readable without the article. With the claim's
    language, only that language's pronouns count as openers."""
    openers = _OPENERS_BY_LANGUAGE.get(language or "", _OPENERS)
    # "US" written in capitals is the country, not the pronoun.
    norm = normalise(re.sub(r"\bU\.?S\.?(?=\W|$)", "usa", text)).strip(" \"'(")
    words = norm.split()
    if words and words[0] in openers and not _IMPERSONAL.match(norm):
        return False
    if _FIRST_PERSON.search(norm):
        return False
    for entry in mentions or ():
        options = [entry] if isinstance(entry, str) else list(entry)
        if not any(normalise(o) in norm for o in options):
            return False
    return True


def names_match(extracted: str | None, gold: str | None) -> bool:
    if gold is None or extracted is None or not extracted.strip():
        return gold is None and (extracted is None or not extracted.strip())
    a, b = set(normalise(extracted).split()), set(normalise(gold).split())
    return bool(a) and bool(b) and (a <= b or b <= a)


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and validate one gold file; returns it with 'body', 'published' and 'language'."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldFileError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldFileError(f"{path}: invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise GoldFileError(f"{path}: expected a JSON object")
    if "text" in data:
        raw = data["text"]
    elif "article" in data:
        article = (path.parent / str(data["article"])).resolve()
        try:
            raw = article.read_text(encoding="utf-8")
        except OSError as exc:
            raise GoldFileError(f"{path}: cannot read article {article}: {exc}") from None
    else:
        raise GoldFileError(f"{path}: needs an 'article' path or an inline 'text'")
    if not isinstance(raw, str):
        raise GoldFileError(f"{path}: 'text' must be a string")
    claims = data.get("claims")
    if not isinstance(claims, list):
        raise GoldFileError(f"{path}: missing 'claims' list")
    for n, claim in enumerate(claims):
        if not isinstance(claim, dict) or not isinstance(claim.get("keywords"), list):
            raise GoldFileError(f"{path}: claim #{n} needs a 'keywords' list")
        if not claim["keywords"] or not all(isinstance(k, str) for k in claim["keywords"]):
            raise GoldFileError(f"{path}: claim #{n} keywords must be non-empty strings")
        if "speakers" in claim and not isinstance(claim["speakers"], list):
            raise GoldFileError(f"{path}: claim #{n} 'speakers' must be a list")
    try:
        split = split_date_header(raw)
    except DateHeaderError as exc:
        raise GoldFileError(f"{path}: {exc}") from None
    published = split.published
    if published is None and isinstance(data.get("published"), str):
        try:
            published = PartialDate.parse(data["published"])
        except DateHeaderError as exc:
            raise GoldFileError(f"{path}: bad 'published': {exc}") from None
    return {**data, "body": split.body, "published_date": published, "path": str(path)}


def max_matching(edges: list[list[int]], n_right: int) -> list[int | None]:
    """Maximum bipartite matching (augmenting paths); returns right partner per left node."""
    right_of: list[int | None] = [None] * len(edges)
    left_of: list[int | None] = [None] * n_right

    def augment(u: int, seen: set[int]) -> bool:
        for v in edges[u]:
            if v in seen:
                continue
            seen.add(v)
            if left_of[v] is None or augment(left_of[v], seen):  # type: ignore[arg-type]
                left_of[v] = u
                right_of[u] = v
                return True
        return False

    for u in range(len(edges)):
        augment(u, set())
    return right_of


def _get(claim: Any, key: str) -> Any:
    return claim.get(key) if isinstance(claim, dict) else getattr(claim, key, None)


def _quantity_ok(extracted: Any, wanted: dict[str, Any]) -> bool:
    for q in _get(extracted, "quantities") or ():
        value, comparator, unit = _get(q, "value"), _get(q, "comparator"), _get(q, "unit")
        try:
            same_value = abs(float(value) - float(wanted["value"])) <= 1e-9 * max(
                1.0, abs(float(value))
            )
        except (TypeError, ValueError, KeyError):
            continue
        if (
            same_value
            and comparator == wanted.get("comparator", "=")
            and _unit(unit) == _unit(wanted.get("unit", ""))
            and ("change" not in wanted or _get(q, "change") == wanted["change"])
        ):
            return True
    return False


def _rate(num: int, den: int) -> float:
    return num / den if den else 1.0


def score_claims(gold_claims: list[dict[str, Any]], extracted: Sequence[Any]) -> dict[str, Any]:
    texts = [normalise(str(_get(c, "text") or "")) for c in extracted]
    keys = [[normalise(k) for k in g["keywords"]] for g in gold_claims]
    edges = [[g for g, kws in enumerate(keys) if all(k in t for k in kws)] for t in texts]
    pairs = max_matching(edges, len(gold_claims))
    required = [bool(g.get("required", True)) for g in gold_claims]
    paired_gold = {g for g in pairs if g is not None}
    n_required = sum(required)
    n_paired_required = sum(1 for g in paired_gold if required[g])
    n_pairs = len(paired_gold)
    speaker_ok = quantity_total = quantity_ok = standalone_ok = 0
    not_standalone: list[str] = []
    quantity_errors: list[dict[str, Any]] = []
    for e, g in enumerate(pairs):
        if g is None:
            continue
        raw_text = str(_get(extracted[e], "text") or "")
        language = _get(extracted[e], "language")
        if is_standalone(raw_text, gold_claims[g].get("mentions") or (), language):
            standalone_ok += 1
        else:
            not_standalone.append(raw_text)
        speakers = gold_claims[g].get("speakers", [None])
        if any(names_match(_get(extracted[e], "speaker"), s) for s in speakers):
            speaker_ok += 1
        wanted = gold_claims[g].get("quantities") or []
        if wanted:
            quantity_total += 1
            if all(_quantity_ok(extracted[e], w) for w in wanted):
                quantity_ok += 1
            else:
                got = [
                    {k: _get(q, k) for k in ("value", "comparator", "unit", "change")}
                    for q in _get(extracted[e], "quantities") or ()
                ]
                quantity_errors.append({"id": gold_claims[g].get("id", str(g)), "got": got,
                                        "gold": wanted})  # fmt: skip
    atomic = sum(1 for es in edges if sum(1 for g in es if required[g]) <= 1)
    return {
        "recall": _rate(n_paired_required, n_required),
        "precision": _rate(n_pairs, len(extracted)),
        "speaker_accuracy": _rate(speaker_ok, n_pairs),
        "quantity_accuracy": _rate(quantity_ok, quantity_total),
        "atomicity": _rate(atomic, len(extracted)),
        "standalone": _rate(standalone_ok, n_pairs),
        "counts": {
            "required": n_required,
            "paired_required": n_paired_required,
            "extracted": len(extracted),
            "pairs": n_pairs,
            "speaker_ok": speaker_ok,
            "quantity_total": quantity_total,
            "quantity_ok": quantity_ok,
            "atomic": atomic,
            "standalone_ok": standalone_ok,
        },
        "missed": [
            gold_claims[g].get("id", str(g))
            for g in range(len(gold_claims))
            if required[g] and g not in paired_gold
        ],
        "false_positives": [
            str(_get(extracted[e], "text")) for e, g in enumerate(pairs) if g is None
        ],
        "speaker_errors": [
            {
                "id": gold_claims[g].get("id", str(g)),
                "extracted": _get(extracted[e], "speaker"),
                "gold": gold_claims[g].get("speakers"),
            }
            for e, g in enumerate(pairs)
            if g is not None
            and not any(
                names_match(_get(extracted[e], "speaker"), s)
                for s in gold_claims[g].get("speakers", [None])
            )
        ],
        "not_standalone": not_standalone,
        "quantity_errors": quantity_errors,
        "non_atomic": [
            texts[e] for e, es in enumerate(edges) if sum(1 for g in es if required[g]) > 1
        ],
    }


def _default_extract() -> ExtractFn:
    from . import extract

    return extract


def evaluate_files(
    paths: Sequence[str | Path], extract_fn: ExtractFn | None = None
) -> dict[str, Any]:
    extract_fn = extract_fn or _default_extract()
    files = []
    totals: dict[str, int] = {}
    for path in paths:
        gold = load_gold(path)
        extracted = extract_fn(
            gold["body"], language=gold.get("language"), published=gold["published_date"]
        )
        result = score_claims(gold["claims"], extracted)
        files.append({"file": str(path), **result})
        for key, value in result["counts"].items():
            totals[key] = totals.get(key, 0) + value
    c = totals
    return {
        "recall": _rate(c.get("paired_required", 0), c.get("required", 0)),
        "precision": _rate(c.get("pairs", 0), c.get("extracted", 0)),
        "speaker_accuracy": _rate(c.get("speaker_ok", 0), c.get("pairs", 0)),
        "quantity_accuracy": _rate(c.get("quantity_ok", 0), c.get("quantity_total", 0)),
        "atomicity": _rate(c.get("atomic", 0), c.get("extracted", 0)),
        "standalone": _rate(c.get("standalone_ok", 0), c.get("pairs", 0)),
        "counts": totals,
        "files": files,
    }


_SCORES = (
    "recall",
    "precision",
    "speaker_accuracy",
    "quantity_accuracy",
    "atomicity",
    "standalone",
)


def format_report(result: dict[str, Any]) -> str:
    lines: list[str] = []
    for f in result.get("files", []):
        lines.append(f"== {f['file']}")
        lines.append("   " + "  ".join(f"{k}={f[k]:.3f}" for k in _SCORES))
        counts = f.get("counts", {})
        lines.append("   " + ", ".join(f"{k}={v}" for k, v in counts.items()))
        if f.get("missed"):
            lines.append("   missed required gold: " + ", ".join(f["missed"]))
        for text in f.get("false_positives", []):
            lines.append(f"   false positive: {text}")
        for err in f.get("speaker_errors", []):
            lines.append(
                f"   speaker error {err['id']}: got {err['extracted']!r}, gold {err['gold']}"
            )
        for text in f.get("not_standalone", []):
            lines.append(f"   not standalone: {text}")
        for err in f.get("quantity_errors", []):
            lines.append(f"   quantity error {err['id']}: got {err['got']}, gold {err['gold']}")
        for text in f.get("non_atomic", []):
            lines.append(f"   not atomic: {text}")
    lines.append("== TOTAL (micro-averaged)")
    lines.append("   " + "  ".join(f"{k}={result[k]:.3f}" for k in _SCORES))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m claims.extraction.evaluation")
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        result = evaluate_files(args.gold)
    except GoldFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
