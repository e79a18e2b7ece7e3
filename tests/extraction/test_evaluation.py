import json
from pathlib import Path
from typing import Any

import pytest

from claims.extraction.evaluation import (
    GoldFileError,
    evaluate_files,
    format_report,
    is_standalone,
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


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        ("L'OTAN a doublé sa présence en mer Baltique", ["otan"], True),
        ("l'alliance avait doublé notre présence", ["otan"], False),  # first person, no NATO
        ("nous restons vigilants", [], False),
        ("Il a salué les annonces des États-Unis", [], False),
        ("Il y a plus de 30 navires en mer Baltique", [], True),  # impersonal
        ("Il faut livrer d'autres armes", [], True),
        ("Il n'y a pas eu de contamination en Suisse", [], True),  # negated, still impersonal
        ("Il ne faut pas livrer d'autres armes", [], True),
        ("Il n'a pas salué les annonces", [], False),
        ("ses alliés intensifieraient leur soutien", [], False),
        ("They said the plan was overdue", [], False),
        ("Le Kremlin a imputé l'explosion à Kyiv", ["explosion"], True),
        ("Le Kremlin a imputé à Kyiv", ["explosion"], False),
        (
            "Stoltenberg appelait l'exercice l'entraînement de routine",
            [["steadfast", "exercice"]],
            True,
        ),
        ("The US economy grew 2%", [], True),  # the country, not the pronoun
        ("Officials told us the plan was overdue", [], False),
        ("J'ai vu les fuites", [], False),
    ],
)
def test_standalone_rule(text: str, mentions: list[Any], expected: bool) -> None:
    assert is_standalone(text, mentions) is expected


def test_standalone_score_and_report(tmp_path: Path) -> None:
    path = _gold(
        tmp_path,
        [
            {"id": "a", "keywords": ["presence"], "mentions": ["otan"]},
            {"id": "b", "keywords": ["vigilants"]},
        ],
    )
    result = evaluate_files(
        [path],
        extract_fn=_fake(
            {"text": "L'OTAN a doublé sa présence", "speaker": None},
            {"text": "nous restons vigilants", "speaker": None},
        ),
    )
    assert result["standalone"] == pytest.approx(0.5)
    assert result["files"][0]["not_standalone"] == ["nous restons vigilants"]
    assert "standalone=0.500" in format_report(result)


def test_quantity_rates_currencies_and_change(tmp_path: Path) -> None:
    wanted = [
        {"value": 5, "comparator": "=", "unit": "%", "change": "down"},
        {"value": 9, "comparator": "=", "unit": "barils par jour"},
        {"value": 7.72e11, "comparator": "=", "unit": "EGP"},
    ]
    path = _gold(tmp_path, [{"id": "q", "keywords": ["x"], "quantities": wanted}])
    good = [
        {"value": 5, "comparator": "=", "unit": "percent", "change": "down"},
        {"value": 9, "comparator": "=", "unit": "barils/jour"},
        {"value": 7.72e11, "comparator": "=", "unit": "LE"},
    ]
    ok = evaluate_files([path], extract_fn=_fake({"text": "x", "quantities": good}))
    assert ok["quantity_accuracy"] == 1.0
    no_direction = [dict(good[0], change=None), *good[1:]]
    bad = evaluate_files([path], extract_fn=_fake({"text": "x", "quantities": no_direction}))
    assert bad["quantity_accuracy"] == 0.0


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # FORMAT.md lists each language's pronouns: "On" opens English claims as a preposition
        ("On Friday a vehicle carrying civilians was targeted in Nangarhar", "en", True),
        ("On a consolidated level, Bharti Airtel's net profits fell 27.7 percent", "en", True),
        ("on peut compiler les résultats en un jour", "fr", False),
        ("Son chiffre d'affaires a reculé de 3%", "fr", False),
        ("They said the plan was overdue", "en", False),
        # without a language, every listed pronoun counts
        ("On Friday a vehicle was targeted", None, False),
    ],
)
def test_standalone_openers_are_the_claim_language_s(
    text: str, language: str | None, expected: bool
) -> None:
    assert is_standalone(text, [], language) is expected
