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
