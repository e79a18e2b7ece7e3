"""Figures read with what they are attached to (matching.attached) and the readings of
matching.facts they rest on: the same figures and years in another pairing are another
claim, in one language and across the two."""

from __future__ import annotations

from django.conf import settings

from matching.attached import attached_figures, figures_swapped
from matching.facts import claim_numbers
from matching.scoring import score_texts

FR_2025 = (
    "Le nombre de passagers des aéroports français a atteint 102 millions en 2025 contre "
    "100 millions en 2024, selon l'Union des aéroports français."
)
FR_SWAPPED = (
    "Le nombre de passagers des aéroports français a atteint 100 millions en 2025 contre "
    "102 millions en 2024, selon l'Union des aéroports français."
)
EN_2025 = (
    "French airports handled 102 million passengers in 2025, compared with 100 million in "
    "2024, according to the French airports union."
)
EN_SWAPPED = (
    "French airports handled 100 million passengers in 2025, compared with 102 million in "
    "2024, according to the French airports union."
)


def swapped(a: str, la: str, b: str, lb: str) -> bool:
    return figures_swapped(attached_figures(a, la), attached_figures(b, lb), la == lb)


def test_each_figure_is_read_with_its_year():
    read = attached_figures(FR_2025, "fr")
    assert read.years == {102e6: {2025}, 100e6: {2024}}
    assert attached_figures(EN_2025, "en").years == {102e6: {2025}, 100e6: {2024}}


def test_figures_that_trade_years_are_another_claim_in_one_language():
    assert swapped(FR_2025, "fr", FR_SWAPPED, "fr")
    assert swapped(EN_2025, "en", EN_SWAPPED, "en")
    result = score_texts(FR_2025, FR_SWAPPED, language="fr")
    assert "figures paired differently" in result.reasons
    assert result.score < settings.MATCH_SUGGEST_THRESHOLD


def test_figures_that_trade_years_are_another_claim_across_languages():
    assert swapped(FR_2025, "fr", EN_SWAPPED, "en")
    assert not swapped(FR_2025, "fr", EN_2025, "en")
    result = score_texts(FR_2025, EN_SWAPPED, language="fr", language_b="en")
    assert "figures paired differently" in result.reasons


def test_a_fronted_year_or_a_moved_clause_is_the_same_pairing():
    fronted = (
        "En 2025, le nombre de passagers des aéroports français a atteint 102 millions, "
        "contre 100 millions en 2024, selon l'Union des aéroports français."
    )
    assert not swapped(FR_2025, "fr", fronted, "fr")
    assert "figures paired differently" not in score_texts(FR_2025, fronted, language="fr").reasons


def test_the_year_compared_with_is_not_the_figures_own():
    a = "En 2022, les émissions de la France avaient diminué de 2,7 % par rapport à 2021."
    b = "Les émissions de la France avaient diminué de 2,7 % en 2022 par rapport à 2021."
    assert attached_figures(b, "fr").years == {2.7: {2022}}
    assert not swapped(a, "fr", b, "fr")
    assert not swapped(
        "Sales rose 4.1% in 2023 from 2022.", "en", "In 2023, sales rose 4.1% from 2022.", "en"
    )


def test_figures_that_trade_nouns_are_another_claim():
    a = "Le carambolage sur l'A7 a fait 3 morts et 5 blessés graves samedi, selon la préfecture."
    b = "Le carambolage sur l'A7 a fait 5 morts et 3 blessés graves samedi, selon la préfecture."
    assert swapped(a, "fr", b, "fr")
    assert "figures paired differently" in score_texts(a, b, language="fr").reasons
    reordered = "Le carambolage sur l'A7 a fait 5 blessés graves et 3 morts samedi."
    assert not swapped(a, "fr", reordered, "fr")
    en_a = "The storm left 12 dead and 40 injured in Bavaria, police said."
    en_b = "The storm left 40 dead and 12 injured in Bavaria, police said."
    assert swapped(en_a, "en", en_b, "en")


def test_a_compared_figure_takes_the_multiplier_before_it():
    # claim_numbers keeps the years; claim_facts sets them apart as dates.
    assert claim_numbers("102 millions en 2025 contre 100 en 2024", "fr") == {
        102e6,
        100e6,
        2025.0,
        2024.0,
    }
    assert claim_numbers("2,1 milliards contre 1,9 l'an dernier", "fr") == {2.1e9, 1.9e9}
    assert claim_numbers("sales of 3.4 million, up from 3.1 million", "en") == {3.4e6, 3.1e6}
    # Not a year, not a figure of another order.
    assert 2024.0 in claim_numbers("5 millions d'euros contre 2024", "fr")
    assert claim_numbers("rose to 1.2 million from 900,000", "en") == {1.2e6, 900_000.0}


def test_a_figure_and_its_year_is_not_a_share():
    # "800 deliveries in 2024" once read as the share 800 in 2024 (39.5 %).
    numbers = claim_numbers("Airbus set a target of 800 deliveries in 2024.", "en")
    assert 800.0 in numbers and 39.5 not in numbers
    assert claim_numbers("only one in six people had a life jacket", "en") == {16.7}


def test_a_compared_figure_with_a_noun_of_its_own_keeps_its_value():
    assert claim_numbers("received 1.5 million doses from 3 countries", "en") == {1.5e6, 3.0}
    assert claim_numbers("5.2 million, against 4.9 a year earlier", "en") == {5.2e6, 4.9e6}


def test_a_range_of_years_or_a_year_taken_by_another_figure_is_no_exchange():
    a = "Les ventes de voitures électriques ont progressé de 12 % entre 2023 et 2024."
    b = "Entre 2023 et 2024, les ventes de voitures électriques ont progressé de 12 %."
    assert attached_figures(a, "fr").years == {12.0: {2023, 2024}}
    assert not swapped(a, "fr", b, "fr")
    a = "En 2024, l'inflation s'est établie à 2 % contre 4,9 % en 2023."
    b = "L'inflation s'est établie à 2 % en 2024, contre 4,9 % l'année précédente."
    # "2024" is the 2 %'s, not the 4.9 %'s that follows it.
    assert 4.9 not in attached_figures(b, "fr").years
    assert not swapped(a, "fr", b, "fr")
    assert "figures paired differently" not in score_texts(a, b, language="fr").reasons
