import pytest

from claims.extraction.quantities import find_quantities

CASES = [
    ("fr", "à plus de 30 navires soutenus", 30, ">", "navires"),
    ("fr", "une hausse de 12 % en un an", 12, "=", "%"),
    ("fr", "1,1 million de personnes", 1_100_000, "=", "personnes"),
    ("fr", "2 milliards d'euros", 2e9, "=", "€"),
    ("fr", "40 000 emplois", 40_000, "=", "emplois"),
    ("fr", "40\u202f000 emplois", 40_000, "=", "emplois"),
    ("fr", "40\u00a0000 emplois", 40_000, "=", "emplois"),
    ("fr", "moins de 5 morts", 5, "<", "morts"),
    ("fr", "au moins 5 morts", 5, ">=", "morts"),
    ("fr", "près de 3,5 millions d'habitants", 3_500_000, "~", "habitants"),
    ("fr", "environ 200 lits", 200, "~", "lits"),
    ("en", "spent $120 million on", 1.2e8, "=", "$"),
    ("en", "27% of voters", 27, "=", "%"),
    ("en", "about 310,000 people", 310_000, "~", "people"),
    ("en", "at least 12 cases", 12, ">=", "cases"),
    ("en", "more than 4,500 homes", 4500, ">", "homes"),
    ("en", "less than 3 percent", 3, "<", "%"),
    ("en", "nearly 1,200 families", 1200, "~", "families"),
    ("en", "almost 2.5 million users", 2_500_000, "~", "users"),
]


@pytest.mark.parametrize("language,text,value,comparator,unit", CASES)
def test_quantity(language: str, text: str, value: float, comparator: str, unit: str) -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise(text)
    found = find_quantities(norm, 0, len(norm), language)
    assert len(found) == 1, found
    q = found[0]
    assert (q.value, q.comparator, q.unit) == (pytest.approx(value), comparator, unit)
    assert q.text in norm


@pytest.mark.parametrize(
    "language,text",
    [
        ("fr", "l'alliance a doublé sa présence"),
        ("fr", "le 12 mars 2022"),
        ("fr", "en 2021"),
        ("en", "COVID-19 hit the G7"),
        ("fr", "des milliards de dollars"),
    ],
)
def test_not_quantities(language: str, text: str) -> None:
    assert find_quantities(text, 0, len(text), language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit", "change"),
    [
        ("fr", "les listes ont accueilli 34.200 demandeurs d'emploi", 34_200, "demandeurs", None),
        ("en", "exports rose to LE772.11 billion in 2021", 7.7211e11, "EGP", None),
        ("en", "sales dropped 5 percent", 5, "%", "down"),
        ("fr", "le chômage a augmenté de 0,2 point", 0.2, "point", "up"),
        ("fr", "une progression (+0,2 point)", 0.2, "point", "up"),
        ("en", "raised its key interest rate by half a percentage point", 0.5, "point", "up"),
        (
            "fr",
            "la production atteint 12 millions de barils par jour",
            12e6,
            "barils par jour",
            None,
        ),
        ("en", "the rate was 9,9% in May", 9.9, "%", None),
        ("en", "it costs $40 a month", 40, "$ a month", None),
        ("fr", "quatorze navires", 14, "navires", None),
        ("en", "fourteen libraries", 14, "libraries", None),
        ("fr", "une production de 12,1 mbj", 12.1e6, "barils par jour", None),
    ],
)
def test_quantities_a_checker_can_compare(
    language: str, text: str, value: float, unit: str, change: str | None
) -> None:
    found = find_quantities(text, 0, len(text), language)
    assert [(q.value, q.unit, q.change) for q in found][:1] == [
        (pytest.approx(value), unit, change)
    ]


def test_comparator_from_dépasse_and_units_from_the_parse() -> None:
    from claims.extraction.models import get_nlp

    text = "la facture dépasse 100 millions €"
    assert find_quantities(text, 0, len(text), "fr")[0].comparator == ">"
    text = "the plan creates 2,000 new counselling positions"
    doc = get_nlp("en")(text)
    assert find_quantities(text, 0, len(text), "en", doc)[0].unit == "positions"
    text = "entre 200 et 300 mètres"
    assert [q.unit for q in find_quantities(text, 0, len(text), "fr")] == ["mètres", "mètres"]


# Real-copy cases from the second development set (dev2): Indian scales, named currencies,
# Swiss thousands, round French number nouns, moves told as rates or nouns after the figure.
@pytest.mark.parametrize(
    "language,text,value,comparator,unit,change",
    [
        ("en", "a net profit of Rs.1,930.9 crore in", 1.9309e10, "=", "INR", None),
        ("en", "fined 50,000 Swiss francs ($50,250)", 50_000, "=", "CHF", None),
        ("en", "a 2 million Swiss franc payment deal", 2e6, "=", "CHF", None),
        ("en", "more than 80 million CFA francs", 8e7, ">", "CFA francs", None),
        ("fr", "une amende de 80 000 francs suisses", 80_000, "=", "CHF", None),
        ("fr", "quelque 480'500 voix", 480_500, "~", "voix", None),
        ("fr", "une dizaine de chefs d'accusation", 10, "~", "chefs", None),
        ("en", "rose at an annual pace of 8.5% in September", 8.5, "=", "%", "up"),
        ("en", "to slow to an 8.4% increase", 8.4, "=", "%", "up"),
        ("en", "posted a 30 percent fall in profit", 30, "=", "%", "down"),
    ],
)
def test_quantity_from_real_copy(
    language: str, text: str, value: float, comparator: str, unit: str, change: str | None
) -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise(text)
    found = [q for q in find_quantities(norm, 0, len(norm), language) if q.unit != "$"]
    q = found[0]
    assert (q.value, q.comparator, q.unit, q.change) == (
        pytest.approx(value),
        comparator,
        unit,
        change,
    )


def test_a_range_shares_its_scale_and_unit() -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise("un coût estimé entre 10 et 15 millions d'euros")
    found = find_quantities(norm, 0, len(norm), "fr")
    assert [(q.value, q.unit) for q in found] == [(1e7, "€"), (1.5e7, "€")]


def test_a_range_between_two_figures_gives_its_bounds_a_move_from_to_does_not() -> None:
    from claims.extraction.segmentation import normalise

    norm = normalise("un coût estimé entre 10 et 15 millions d'euros")
    found = find_quantities(norm, 0, len(norm), "fr")
    assert [q.comparator for q in found] == [">=", "<="]
    norm = "other institutions rated it between 8.2 and 8.4, and the rate rose from 7.5 to 8"
    found = find_quantities(norm, 0, len(norm), "en")
    assert [(q.value, q.comparator) for q in found] == [
        (8.2, ">="), (8.4, "<="), (7.5, "="), (8.0, "=")
    ]  # fmt: skip


def test_a_hyphenated_duration_counts_in_the_plural_and_a_record_rise_is_a_move() -> None:
    from claims.extraction import extract

    (ban,) = extract("Gil Roberts has accepted a 16-month ban by the agency.", language="en")
    assert [(q.value, q.unit) for q in ban.quantities] == [(16.0, "months")]
    norm = "emissions rose a record 1.4 percent, with waves as high as 10 feet"
    found = find_quantities(norm, 0, len(norm), "en")
    assert (found[0].value, found[0].change) == (1.4, "up")
    assert (found[1].value, found[1].comparator) == (10.0, "<=")
