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


def test_nothing_to_look_up_is_dropped_but_a_named_promise_is_kept() -> None:
    from .helpers import claims

    result = claims(
        "Le PDG de TotalEnergies, Patrick Pouyanné, a défendu les 20 milliards de bénéfices.\n\n"
        "« Ce n'est pas vrai. Nous devons l'accepter », a expliqué M. Pouyanné."
    )
    texts = [c.text for c in result]
    assert not any(t.startswith("Ce n'est pas vrai") for t in texts), texts
    kept = claims(
        "One of Olanguena's lawyers, Antoine Marcel Mong, slammed the verdict. "
        '"Nonetheless, we will appeal," he told AFP.',
        language="en",
    )
    assert any("will appeal" in c.text for c in kept)


def test_a_condition_without_its_main_clause_is_no_claim() -> None:
    from .helpers import claims

    result = claims("Si le passager a laissé un contact, il sera informé par SMS.")
    assert not any(c.text.startswith("Si le passager") for c in result)
