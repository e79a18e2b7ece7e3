"""Definite descriptions that stand for someone the article named: "The 73-year-old former
minister", "The UN agency". Sentences from AP (Greece, 2013) and Reuters (WFP, 2006)."""

from __future__ import annotations

from .helpers import claims, find


def test_an_age_description_is_the_person_named_before() -> None:
    result = claims(
        "An Athens court found Akis Tsochadzopoulos guilty of money laundering. The 73-year-old "
        "former minister had denied all the charges against him. The 73-year-old had accused "
        "the prosecution of conducting a politically motivated trial.",
        "en",
    )
    assert find(result, "denied").text.startswith("Akis Tsochadzopoulos had denied")
    assert find(result, "prosecution").speaker == "Akis Tsochadzopoulos"


def test_an_affiliated_body_is_the_organisation_named_before() -> None:
    result = claims(
        "The World Food Program (WFP) has intensified its warnings about the food crisis. "
        "The UN agency has appealed for an extra 59,000 tonnes of food to feed 5.4 million "
        "people.",
        "en",
    )
    assert find(result, "59,000").text.startswith("World Food Program has appealed")


def test_a_description_with_its_own_name_or_nationality_stays() -> None:
    result = claims(
        "Akis Tsochadzopoulos was sentenced to 20 years. The Iraqi minister said the oil "
        "output rose 5 percent in March.",
        "en",
    )
    assert "Tsochadzopoulos" not in find(result, "5 percent").text


def test_il_before_a_noun_predicate_is_the_subject_before_it() -> None:
    # AFP, Insee unemployment, 2018: the parse calls this "il" an expletive
    result = claims(
        "Le taux de chômage est remonté de 0,2 point au 1er trimestre. Il est même en hausse "
        "de 0,3 point sur la seule métropole. Il est possible que le taux baisse."
    )
    assert find(result, "0,3 point").text.startswith("Le taux de chômage est même en hausse")
    assert not any(c.text.startswith("Le taux de chômage est possible") for c in result)


def test_it_continues_a_court_the_parse_does_not_call_an_organisation() -> None:
    # AP, Greece 2013
    result = claims(
        "After a five-month trial, an Athens court found Akis Tsochadzopoulos guilty of money "
        "laundering. It also ordered the seizure of his home in central Athens.",
        "en",
    )
    assert find(result, "seizure").text.startswith("The Athens court also ordered")


def test_an_age_alone_is_read_from_the_words_when_the_parse_misses_it() -> None:
    # Sports Mole, Gil Roberts 2021: the parse makes "33-year-old" an adjective of "positive"
    result = claims(
        "American sprinter Gil Roberts has been banned for two years. The 33-year-old tested "
        "positive for andarine and ostarine in May.",
        "en",
    )
    assert find(result, "andarine").text.startswith("Gil Roberts tested positive")


def test_he_or_she_is_anyone() -> None:
    # China Daily, dengue in Brazil 2013
    result = claims(
        "Health Minister Alexandre Padilha said the toll was lower. He said once a person is "
        "infected by one type, he or she becomes immune to that variation.",
        "en",
    )
    assert "he or she becomes immune" in find(result, "immune").text


def test_it_that_stands_for_what_was_told_and_years_that_are_no_series() -> None:
    # AFP, FIFA ethics ruling 2010
    result = claims(
        "FIFA's ethics committee banned Amos Adamu and Reynald Temarii. It means they will not "
        "be involved in the Dec. 2 vote on the 2018 and 2022 World Cups.",
        "en",
    )
    claim = find(result, "vote")
    assert claim.text.startswith("It means")
    assert claim.text.endswith("the 2018 and 2022 World Cups")
