from claims.extraction import KINDS

from .helpers import claims, find


def test_reporting_shell_is_dropped() -> None:
    assert claims("Stoltenberg a dit :") == []
    assert claims("Smith said:", "en") == []


def test_numbers_and_entities_raise_worthiness() -> None:
    result = claims(
        "Le chômage a reculé de 0,3 point en France. "
        "La situation économique du pays est peut-être plus difficile que prévu."
    )
    number = find(result, "0,3")
    opinion = find(result, "situation")
    assert number.check_worthiness > opinion.check_worthiness
    assert number.kind == "statistic"
    assert opinion.kind == "opinion"


def test_kinds_are_known() -> None:
    body = "« Nous ouvrirons 500 lits », a déclaré Paul Martin. Les ministres se réuniront jeudi."
    for claim in claims(body):
        assert claim.kind in KINDS
        assert 0.0 <= claim.check_worthiness <= 1.0


def test_a_feeling_is_not_a_claim_unless_a_fact_or_figure_comes_with_it() -> None:
    # AP, Mount Ruang 2024; afrique7.com, Congo-Brazzaville 2021
    body = (
        "Riko is scared. Other residents expressed fears of another eruption. "
        "“I was very surprised, the mountain erupted again,” said Riko."
    )
    result = claims(body, "en")
    assert not [c for c in result if "scared" in c.text or "fears" in c.text]
    assert find(result, "erupted again").speaker == "Riko"
    assert claims("Mathias Dzon est très inquiet.") == []
    figure = claims("Les habitants sont inquiets après 12 répliques en une nuit.")
    assert find(figure, "12 répliques")
