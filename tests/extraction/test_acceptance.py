"""The extractor against gold files: the seed (acceptance targets) and our own articles."""

from pathlib import Path

import pytest

from claims.extraction.evaluation import evaluate_files

# The project's copy of ../shared/gold (seeds/), so the targets hold on a fresh clone.
SEED_GOLD = Path(__file__).resolve().parents[2] / "seeds" / "000_58346a9971b7689e.json"
OWN_GOLD = Path(__file__).parent / "gold"


def test_seed_gold_meets_targets() -> None:
    result = evaluate_files([SEED_GOLD])
    assert result["recall"] >= 0.93
    assert result["precision"] >= 0.90
    assert result["speaker_accuracy"] >= 0.95
    assert result["quantity_accuracy"] == 1.0
    assert result["atomicity"] >= 0.95
    assert result["standalone"] >= 0.95


# Floors a little under today's scores on the real development sets (docs/extraction.md has
# the figures): a change that loses ground on real news fails. dev2 to dev6 are other
# outlets and topics, their gold written blind and scored first on arrival.
DEVELOPMENT_FLOORS = {
    # set: recall, precision, speaker, quantity, atomicity, standalone
    "dev": (0.80, 0.88, 0.92, 0.93, 0.83, 0.89),
    "dev2": (0.88, 0.75, 0.92, 0.96, 0.90, 0.84),
    "dev3": (0.83, 0.90, 0.93, 0.93, 0.88, 0.92),
    "dev4": (0.84, 0.87, 0.92, 0.83, 0.89, 0.85),
    "dev5": (0.85, 0.85, 0.90, 0.88, 0.89, 0.78),
    "dev6": (0.72, 0.85, 0.89, 0.87, 0.85, 0.69),
}
SCORES = ("recall", "precision", "speaker_accuracy", "quantity_accuracy", "atomicity", "standalone")


@pytest.mark.parametrize("name", sorted(DEVELOPMENT_FLOORS))
def test_real_development_sets_do_not_regress(name: str) -> None:
    result = evaluate_files(sorted((OWN_GOLD / "real" / name).glob("*.json")))
    below = {
        score: (round(result[score], 3), floor)
        for score, floor in zip(SCORES, DEVELOPMENT_FLOORS[name], strict=True)
        if result[score] < floor
    }
    assert not below, f"{name}: scores under their floors: {below}"


@pytest.mark.parametrize("gold", sorted(OWN_GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_own_gold_files(gold: Path) -> None:
    result = evaluate_files([gold])
    assert result["recall"] >= 0.85
    assert result["precision"] >= 0.85
    assert result["speaker_accuracy"] >= 0.85
    assert result["quantity_accuracy"] >= 0.9
    assert result["atomicity"] >= 0.9


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from claims.extraction.evaluation import main

    assert main([str(p) for p in sorted(OWN_GOLD.glob("*.json"))] + ["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {
        "recall",
        "precision",
        "speaker_accuracy",
        "quantity_accuracy",
        "atomicity",
        "standalone",
        "files",
    }
