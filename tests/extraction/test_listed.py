"""Figures listed name by name become a claim each (claims/extraction/listed.py), on
sentences from real results copy."""

from .helpers import claims, find


def test_a_name_and_figure_after_the_main_figure_takes_its_frame() -> None:
    result = claims(
        "En troisième position, François Fillon a rassemblé 20,01% des suffrages, devant "
        "Jean-Luc Mélenchon, 19,58%."
    )
    assert find(result, "20,01%").text == (
        "En troisième position, François Fillon a rassemblé 20,01% des suffrages"
    )
    assert find(result, "19,58%").text == "Jean-Luc Mélenchon a rassemblé 19,58% des suffrages"


def test_a_tally_without_a_named_subject_reads_as_votes_won() -> None:
    result = claims(
        "Aucun autre candidat n'a franchi la barre des 5% des suffrages, avec 4,70% pour "
        "Nicolas Dupont-Aignan, devant Jean Lassalle (1,21%), Philippe Poutou (1,09%) et "
        "Jacques Cheminade (0,18%)."
    )
    texts = [c.text for c in result]
    assert "Nicolas Dupont-Aignan a obtenu 4,70% des suffrages" in texts
    assert "Philippe Poutou a obtenu 1,09% des suffrages" in texts
    assert find(result, "barre des 5%").text.endswith("5% des suffrages")


def test_gapping_in_english_copy() -> None:
    result = claims(
        "Presidential candidate Ashraf Ghani Ahmadzai was trailing with 31.5 percent and "
        "Zalmai Rassoul behind with 11.5 percent.",
        language="en",
    )
    assert find(result, "11.5 percent").text == "Zalmai Rassoul was trailing with 11.5 percent"
    assert "11.5" not in find(result, "31.5 percent").text


def test_a_list_with_no_frame_stays_whole() -> None:
    result = claims(
        "Les quatre cantons les plus réfractaires sont romands: le Jura (82%), Neuchâtel "
        "(80,8%) et Vaud (79,5%)."
    )
    assert find(result, "Jura").text.endswith("Vaud (79,5%)")


def test_parenthesised_figures_before_the_verb_are_no_list() -> None:
    result = claims(
        "Les deux candidats arrivés en tête, Emmanuel Macron (24,01%) et Marine Le Pen "
        "(21,30%) seront opposés au second tour le dimanche 7 mai."
    )
    assert "second tour" in find(result, "21,30%").text
