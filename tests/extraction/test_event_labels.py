"""The event label of claims that need the article's event to be understood.

Sentences from real wire copy: AFP (cyclone Giovanna, Madagascar 2012), AP (Mount Ruang,
Indonesia 2024), AFP (Algiers earthquake, 2014).
"""

from __future__ import annotations

from claims.extraction.events import counts_its_toll, event_name

from .helpers import claims, find

_GIOVANNA = (
    "Le bilan du cyclone s'alourdit à Madagascar: 16 morts\n\n"
    "ANTANANARIVO (AFP) - Au moins seize personnes ont été tuées, et plus de 10.000 étaient "
    "sinistrées, après le passage du cyclone Giovanna qui a touché Madagascar mardi, selon "
    "un nouveau bilan provisoire des autorités malgaches.\n\n"
    "Le BNGRC recensait par ailleurs 65 blessés et 10.856 sinistrés."
)


def test_a_named_storm_or_volcano_names_the_label() -> None:
    assert event_name("cyclone", _GIOVANNA) == "cyclone Giovanna"
    assert event_name("volcano", "Mount Ruang in Indonesia started erupting") == "Mount Ruang"
    # a capital after a noun that is not a storm's is some other name
    assert event_name("election", "the Independent Election Commission said") is None
    assert event_name("storm", "the storm Tuesday flooded roads") is None


def test_a_tally_of_the_disaster_carries_the_event_even_when_it_names_who_counted() -> None:
    text = find(claims(_GIOVANNA), "65 blessés").text
    assert text.startswith("Cyclone Giovanna (Madagascar) : Le BNGRC recensait")


def test_volcano_claims_name_the_mountain() -> None:
    body = (
        "A remote Indonesian volcano sent a tower of ash spewing into the sky on Friday.\n\n"
        "Mount Ruang in Indonesia's outermost region of North Sulawesi started erupting late "
        "Tuesday.\n\nThe eruption sent a plume of smoke 1,312 feet above the peak."
    )
    assert find(claims(body, "en"), "1,312").text.startswith("Mount Ruang volcano")


def test_il_y_a_is_not_a_pronoun_that_hides_the_subject() -> None:
    body = (
        "Séisme de magnitude 5,6 à Alger\n\n"
        "Un séisme de magnitude 5,6 a frappé Alger vendredi.\n\n"
        "Il y a eu trois morts ainsi que 388 blessés, a indiqué le ministère de la Santé."
    )
    assert find(claims(body), "388").text.startswith("Séisme (Alger) : Il y a eu")


def test_only_a_disaster_tallies_its_toll() -> None:
    assert counts_its_toll("séisme", ["morts"])
    assert counts_its_toll("outbreak", ["cases"])
    assert not counts_its_toll("election", ["people"])
    assert not counts_its_toll("earthquake", ["%"])


def test_a_disease_names_the_event_of_its_outbreak() -> None:
    # 24 heures, coronavirus in Switzerland 2020
    body = (
        "Le directeur de l'Office fédéral de la santé publique a fait le point sur le "
        "coronavirus à Berne.\n\n"
        "En vingt-quatre heures, le nombre de cas confirmés est passé à six."
    )
    assert find(claims(body), "six").text.startswith("Coronavirus (Berne) : ")


def test_et_de_rappeler_goes_on_with_the_speaker_just_quoted() -> None:
    result = claims(
        "« Nous allons essayer de détecter toutes les personnes atteintes », détaille Daniel "
        "Koch. Et de rappeler que la majorité des personnes touchées ne connaissent pas de "
        "complication."
    )
    claim = find(result, "complication")
    assert claim.speaker == "Daniel Koch"
    assert claim.text.startswith("la majorité des personnes touchées")
