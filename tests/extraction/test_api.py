import json

from claims.extraction import COMPARATORS, KINDS, PartialDate, extract, extract_many

from .helpers import find

BODY = (
    "Le chef de l’OTAN, Jens Stoltenberg, a déclaré mardi que l'alliance avait plus de 30 navires."
)


def test_to_dict_is_json_safe() -> None:
    claim = find(extract(BODY, published=PartialDate(2022, 10, 12)), "navires")
    data = json.loads(json.dumps(claim.to_dict()))
    for key in (
        "text",
        "speaker",
        "start",
        "end",
        "sentence",
        "kind",
        "check_worthiness",
        "quantities",
        "speaker_as_written",
        "is_quote",
        "dates",
        "entities",
        "language",
    ):
        assert key in data  # fmt: skip
    assert data["quantities"][0] == {"value": 30.0, "comparator": ">", "unit": "navires",
                                     "text": "30 navires", "change": None}  # fmt: skip
    assert data["dates"][0]["iso"] == "2022-10-11"
    assert {"text": "Jens Stoltenberg", "label": "PER"} in data["entities"]
    assert claim.kind in KINDS and ">" in COMPARATORS


def test_extract_many_matches_extract() -> None:
    english = "The mayor, Jane Doe, said the city would spend $120 million on housing."
    batch = extract_many(
        [(BODY, None, None), (english, None, None), (BODY, "fr", None)], batch_size=2
    )
    assert [c.text for c in batch[0]] == [c.text for c in extract(BODY)]
    assert batch[1][0].language == "en" and batch[1][0].speaker == "Jane Doe"
    assert batch[0] == batch[2]


def test_empty_text() -> None:
    assert extract("", language="fr") == []
    assert extract("   \n\n ") == []


def test_cli(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from claims.extraction.__main__ import main

    path = tmp_path / "a.txt"
    path.write_text(" date 2022-10 " + BODY, encoding="utf-8")
    assert main([str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out and out[0]["speaker"] == "Jens Stoltenberg"
