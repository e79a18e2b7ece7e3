"""What a figure counts when the sentence says it once for several figures, or names a group.

Sentences from real copy: Reuters (Horn of Africa, 2006), The Financial Express (measles,
2022), AP (Greece, 2013), IOM (Mediterranean, 2018), AFP (Madagascar, 2012; Insee, 2018).
"""

from __future__ import annotations

import pytest

from .test_quantities import _read

_CASES = [
    (
        "en",
        "It says the estimated number of people hit by drought stands at 2.5 million in Kenya, "
        "1.4 million in Somalia, 1.5 million in Ethiopia and 60,000 in Djibouti.",
        [(2.5e6, "=", "people", None), (1.4e6, "=", "people", None),
         (1.5e6, "=", "people", None), (60_000, "=", "people", None)],
    ),
    (
        "en",
        "Measles cases were recorded at 6,078 in 2021, 5,598 cases in 2020, and 10,708 in 2019.",
        [(6078, "=", "cases", None), (5598, "=", "cases", None), (10_708, "=", "cases", None)],
    ),
    (
        "en",
        "Eleven of the defendants but not Tsochadzopoulos, his wife or daughter were released.",
        [(11, "=", "defendants", None)],
    ),
    (
        "fr",
        "Les 125 hommes, femmes et enfants qui se seraient noyés font de juin la période la "
        "plus meurtrière.",
        [(125, "=", "personnes", None)],
    ),
    (
        "fr",
        "Une personne est décédée dans la capitale, alors que huit morts ont été recensés à "
        "Brickaville.",
        [(1, "=", "personne", None), (8, "=", "morts", None)],
    ),
    (
        "fr",
        "Le taux de chômage est remonté de 0,2 point au 1er trimestre.",
        [(0.2, "=", "point", "up")],
    ),
]  # fmt: skip


@pytest.mark.parametrize("language,text,wanted", _CASES)
def test_the_counted_noun_is_shared_or_named_by_the_group(
    language: str, text: str, wanted: list[tuple[float, str, str, str | None]]
) -> None:
    got = _read(language, text, parse=True)
    assert [(pytest.approx(v), c, u, ch) for v, c, u, ch in wanted] == got


@pytest.mark.parametrize(
    "language,text",
    [
        # one person named, not a toll; "one of" is an article as often as a count
        ("fr", "Une personne proche du dossier a dit que le contrat était signé."),
        ("en", "One of the defendants was released."),
    ],
)
def test_one_is_a_count_only_in_a_toll(language: str, text: str) -> None:
    assert _read(language, text, parse=True) == []


def test_figures_with_two_units_in_a_list_keep_their_own() -> None:
    got = _read("en", "Prices rose 5% in France, 3 points in Germany and 4 in Italy.", parse=True)
    assert [u for _, _, u, _ in got] == ["%", "point", ""]


def test_a_series_with_a_serial_comma_is_a_claim_per_figure_counting_one_thing() -> None:
    from .helpers import claims, find

    result = claims(
        "Measles cases were recorded at 6,078 in 2021, 5,598 cases in 2020, and 10,708 in 2019.",
        "en",
    )
    for figure in ("6,078", "5,598", "10,708"):
        claim = find(result, figure)
        assert [q.unit for q in claim.quantities] == ["cases"], claim
    assert find(result, "10,708").text == "Measles cases were recorded at 10,708 in 2019"


def test_a_level_verb_takes_the_counted_noun_from_its_subject() -> None:
    got = _read("en", "Measles cases were recorded at 6,078 last year.", parse=True)
    assert [(v, u) for v, _, u, _ in got] == [(6078, "cases")]


def test_a_dollar_sign_followed_by_its_country_code() -> None:
    # ABC News / Reuters, WFP appeal 2006: Australian copy writes the US dollar "$US"
    got = _read("en", "it needs 59,000 tonnes at a cost of $US46 million ($60.9 million)")
    assert [(v, u) for v, _, u, _ in got][1:] == [
        (pytest.approx(46e6), "$"),
        (pytest.approx(60.9e6), "$"),
    ]
    assert [(v, u) for v, _, u, _ in _read("en", "a $A5 billion budget")] == [(5e9, "AUD")]


def test_respectively_shares_the_figures_out_over_the_list_of_subjects() -> None:
    from .helpers import claims, find

    # Reuters, China trade 2009
    result = claims(
        "It was the third consecutive monthly decline in both exports and imports, which "
        "dropped in December by 2.8 percent and 21.3 percent, respectively.",
        "en",
    )
    exports, imports = find(result, "2.8 percent"), find(result, "21.3 percent")
    assert exports.text.endswith("exports dropped in December by 2.8 percent")
    assert imports.text.endswith("imports dropped in December by 21.3 percent")
    assert [q.change for q in imports.quantities] == ["down"]


@pytest.mark.parametrize(
    "language,text,wanted",
    [
        # China Daily, dengue 2013: a year between the noun and its figure is no other figure
        ("en", "the number of cases in the first seven weeks of 2013 reached 204,640",
         (204_640, "cases")),
        # 24 heures 2020: a number word the subject names
        ("fr", "le nombre de cas confirmés est passé à six", (6, "cas")),
        # AFP, FIFA 2010: names compounded before the counted noun
        ("en", "forced the nine World Cup bid committees to rethink", (9, "committees")),
        # Japan News 2018: a multiplier
        ("en", "Sony's net profit jumped 2.8-fold from a year before", (2.8, "fold")),
    ],
)  # fmt: skip
def test_what_the_figure_counts_past_a_year_a_name_or_a_hyphen(
    language: str, text: str, wanted: tuple[float, str]
) -> None:
    got = [(v, u) for v, _, u, _ in _read(language, text, parse=True)]
    assert (pytest.approx(wanted[0]), wanted[1]) in got
