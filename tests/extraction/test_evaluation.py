import json
from pathlib import Path
from typing import Any

import pytest

from claims.extraction.evaluation import (
    GoldFileError,
    evaluate_files,
    format_report,
    max_matching,
    names_match,
    normalise,
)


def _gold(tmp_path: Path, claims: list[dict[str, Any]], name: str = "g.json") -> Path:
    path = tmp_path / name
    payload = {"text": "date 2022-10-11 Corps.", "language": "fr", "claims": claims}
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


def _fake(*claims: dict[str, Any]) -> Any:
    def extract_fn(text: str, **_: Any) -> list[dict[str, Any]]:
        assert text == "Corps."  # header cut off
        return list(claims)

    return extract_fn


def test_normalise() -> None:
    assert normalise("L’Été «Noël» “x”") == 'l\'ete "noel" "x"'


def test_names_match() -> None:
    assert names_match("Stoltenberg", "Jens Stoltenberg")
    assert names_match("Jens Stoltenberg", "stoltenberg")
    assert not names_match("Jens", "Erna Solberg")
    assert names_match(None, None) and names_match("", None)
    assert not names_match("X", None) and not names_match(None, "X")


def test_max_matching_finds_augmenting_path() -> None:
    # Greedy would pair 0-0 and leave 1 unmatched; the maximum matching pairs both.
    assert max_matching([[0, 1], [0]], 2) == [1, 0]


def test_scores(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        [
            {"id": "a", "keywords": ["russie", "perdait"], "speakers": ["Jens Stoltenberg"]},
            {"id": "b", "keywords": ["30 navires"], "speakers": [None], "required": True,
             "quantities": [{"value": 30, "comparator": ">", "unit": "navires"}]},
            {"id": "c", "keywords": ["vigilants"], "speakers": [None], "required": False},
            {"id": "d", "keywords": ["absent"], "speakers": [None]},
        ],
    )  # fmt: skip
    fake = _fake(
        {"text": "La Russie perdait", "speaker": "Stoltenberg", "quantities": []},
        {"text": "plus de 30 navires", "speaker": "X",
         "quantities": [{"value": 30.0, "comparator": ">", "unit": "Navires"}]},
        {"text": "ils restent vigilants", "speaker": None, "quantities": []},
        {"text": "bruit", "speaker": None, "quantities": []},
        {"text": "la russie perdait 30 navires", "speaker": None, "quantities": []},
    )  # fmt: skip
    result = evaluate_files([gold], extract_fn=fake)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["precision"] == pytest.approx(3 / 5)
    assert result["speaker_accuracy"] == pytest.approx(2 / 3)
    assert result["quantity_accuracy"] == 1.0
    assert result["atomicity"] == pytest.approx(4 / 5)
    file = result["files"][0]
    assert file["missed"] == ["d"]
    assert set(file["false_positives"]) == {"bruit", "la russie perdait 30 navires"}
    report = format_report(result)
    assert "missed required gold: d" in report and "TOTAL" in report


def test_micro_average_over_files(tmp_path: Path) -> None:
    one = _gold(tmp_path, [{"id": "a", "keywords": ["x"], "speakers": [None]}], "1.json")
    two = _gold(tmp_path, [{"id": "a", "keywords": ["y"], "speakers": [None]},
                           {"id": "b", "keywords": ["z"], "speakers": [None]}], "2.json")  # fmt: skip
    fake = _fake({"text": "x y", "speaker": None})
    result = evaluate_files([one, two], extract_fn=fake)
    assert result["recall"] == pytest.approx(2 / 3)
    assert [f["recall"] for f in result["files"]] == [1.0, 0.5]


def test_quantity_mismatch_and_empty_edge_cases(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [{"id": "a", "keywords": ["navires"], "speakers": [None],
                             "quantities": [{"value": 30, "comparator": ">", "unit": "navires"}]}])  # fmt: skip
    fake = _fake({"text": "30 navires", "speaker": None,
                  "quantities": [{"value": 30, "comparator": "=", "unit": "navires"}]})  # fmt: skip
    assert evaluate_files([gold], extract_fn=fake)["quantity_accuracy"] == 0.0
    empty = evaluate_files([gold], extract_fn=_fake())
    assert empty["precision"] == 1.0 and empty["speaker_accuracy"] == 1.0 and empty["recall"] == 0.0


@pytest.mark.parametrize(
    "content,problem",
    [(None, "not found"), ("{nope", "invalid JSON"), ('{"text": "a"}', "claims"),
     ('{"claims": []}', "article"), ('{"text": "a", "claims": [{"id": 1}]}', "keywords")],
)  # fmt: skip
def test_bad_gold_files(tmp_path: Path, content: str | None, problem: str) -> None:
    path = tmp_path / "bad.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=problem) as info:
        evaluate_files([path], extract_fn=_fake())
    assert "bad.json" in str(info.value)
