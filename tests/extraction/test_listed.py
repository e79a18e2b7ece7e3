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


def test_a_series_after_a_frame_is_a_claim_per_item() -> None:
    result = claims(
        "Les quatre cantons les plus réfractaires sont romands: le Jura (82%), Neuchâtel "
        "(80,8%) et Vaud (79,5%). L'ATR, qui assurait une liaison intérieure, transportait 44 "
        "passagers adultes, cinq enfants et cinq membres d'équipage. Selon les autorités, 58 "
        "cas ont été signalés, dont 37 confirmés, 14 probables et 7 suspects."
    )
    frame = "Les quatre cantons les plus réfractaires sont romands:"
    assert find(result, "Jura").text == f"{frame} le Jura (82%)"
    assert find(result, "Vaud").text == f"{frame} Vaud (79,5%)"
    children = find(result, "cinq enfants")
    assert children.text.startswith("L'ATR") and children.text.endswith("transportait cinq enfants")
    assert [(q.value, q.unit) for q in children.quantities] == [(5.0, "enfants")]
    probable = find(result, "14 probables")
    assert probable.text.endswith("dont 14 probables") and probable.speaker == "autorités"


def test_a_range_or_a_pair_of_bare_figures_is_no_series() -> None:
    result = claims("D'autres institutions l'ont évalué entre 8,2 et 8,4.")
    assert len(result) == 1 and result[0].text.endswith("entre 8,2 et 8,4")


def test_parenthesised_figures_before_the_verb_are_no_list() -> None:
    result = claims(
        "Les deux candidats arrivés en tête, Emmanuel Macron (24,01%) et Marine Le Pen "
        "(21,30%) seront opposés au second tour le dimanche 7 mai."
    )
    # not a list of results (listed.py); each bracket is its name's figure (bracketed.py)
    assert find(result, "21,30%").text == "Marine Le Pen : 21,30%"
    assert find(result, "second tour").text.startswith("Les deux candidats arrivés en tête")


def test_a_month_and_its_day_are_no_listed_name() -> None:
    result = claims(
        "Iraq's Independent High Electoral Commission said voter turnout was 44% during the "
        "parliamentary election held on October 10.",
        "en",
    )
    assert [c.text for c in result] == [
        "voter turnout was 44% during the parliamentary election held on October 10"
    ]
