"""The fixed command-line interfaces: extract and evaluate_extraction."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

SEED = settings.BASE_DIR / "seeds" / "000_58346a9971b7689e.txt"
GOLD = settings.BASE_DIR / "seeds" / "000_58346a9971b7689e.json"


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_extract_json_prints_one_object_per_claim_with_the_fixed_keys():
    claims = json.loads(run("extract", str(SEED), "--json"))
    assert len(claims) >= 20
    body = SEED.read_text().split("2022-10", 1)[1].strip()
    for claim in claims:
        assert {
            "text",
            "speaker",
            "start",
            "end",
            "sentence",
            "kind",
            "check_worthiness",
            "quantities",
        } <= set(claim)
        assert body[claim["start"] : claim["end"]] in claim["sentence"]
        assert 0.0 <= claim["check_worthiness"] <= 1.0
        for q in claim["quantities"]:
            assert set(q) >= {"value", "comparator", "unit", "text"}
            assert q["comparator"] in {"=", ">", "<", ">=", "<=", "~"}
    ships = [q for c in claims for q in c["quantities"] if q["unit"] == "navires"]
    assert {"value": 30, "comparator": ">"}.items() <= ships[0].items()


def test_extract_with_explicit_language_and_plain_output(tmp_path: Path):
    path = tmp_path / "en.txt"
    path.write_text(
        "date 2024-01-09 The mayor, Jane Doe, said the city spent $120 million on roads."
    )
    out = run("extract", str(path), "--language", "en")
    assert "Jane Doe" in out and out.strip().endswith("claims")


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\xff\xfe\x00a", "binary"), (b"date 2022-13 x", "not a valid date")],
)
def test_extract_bad_file_is_one_clear_error(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run("extract", str(path))


def test_extract_missing_file():
    with pytest.raises(CommandError, match="cannot be read"):
        run("extract", "/nonexistent/article.txt")


def test_evaluate_extraction_json_has_the_fixed_keys_and_meets_the_targets():
    result = json.loads(run("evaluate_extraction", str(GOLD), "--json"))
    for key in (
        "recall",
        "precision",
        "speaker_accuracy",
        "quantity_accuracy",
        "atomicity",
        "standalone",
        "files",
    ):
        assert key in result
    assert len(result["files"]) == 1
    assert result["standalone"] >= 0.95
    assert result["recall"] >= 0.93
    assert result["precision"] >= 0.90
    assert result["speaker_accuracy"] >= 0.95
    assert result["quantity_accuracy"] == 1.0
    assert result["atomicity"] >= 0.95


def test_evaluate_extraction_report_and_bad_gold_file(tmp_path: Path):
    assert "recall" in run("evaluate_extraction", str(GOLD))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(CommandError, match=r"bad\.json"):
        run("evaluate_extraction", str(bad))
