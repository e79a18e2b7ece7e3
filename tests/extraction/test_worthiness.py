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
