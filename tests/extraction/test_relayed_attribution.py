"""Attributions that pass through someone else: an outlet quoting a source, a causative
("a fait savoir"), "ce dernier".

Sentences from real copy: The Financial Express (measles, 2022), Reuters (Madagascar, 2010),
AFP (Brétigny derailment, 2013).
"""

from __future__ import annotations

from .helpers import claims, find


def test_an_outlet_reporting_a_source_as_saying_gives_the_source() -> None:
    result = claims(
        "“We don’t even know whether the deaths are because of measles; our vaccination "
        "coverage is nearly 100%,” The Indian Express reported the Health Minister as saying.",
        "en",
    )
    assert find(result, "coverage").speaker == "Health Minister"
    result = claims(
        "Amnesty has made a baseless accusation, Reuters quoted justice minister Alice "
        "Rajaonah as saying on Wednesday.",
        "en",
    )
    assert find(result, "baseless").speaker == "Alice Rajaonah"
    assert find(result, "baseless").text == "Amnesty has made a baseless accusation"


def test_the_lead_form_still_gives_the_one_quoted() -> None:
    result = claims(
        "Reuters quoted Colin Gillis, an analyst at BGC Financial, as saying it was a good "
        "quarter for Microsoft.",
        "en",
    )
    assert find(result, "good quarter").speaker == "Colin Gillis"


def test_a_causative_report_names_its_speaker() -> None:
    result = claims(
        "Un train a déraillé vendredi. Les causes de l'accident restent pour l'heure "
        "inconnues, a fait savoir le patron de la SNCF, Guillaume Pépy."
    )
    claim = find(result, "inconnues")
    assert claim.speaker == "Guillaume Pépy"
    assert "savoir" not in claim.text
    lead = claims("Guillaume Pépy a fait savoir que 370 personnes étaient à bord du train.")
    assert find(lead, "370").speaker == "Guillaume Pépy"
    assert find(lead, "370").text.startswith("370 personnes")


def test_ce_dernier_is_the_person_named_last() -> None:
    result = claims(
        "« Nous ne connaissons pas encore la raison de ce déraillement », a déclaré le "
        "président de la SNCF, Guillaume Pépy, depuis la gare de Brétigny-sur-Orge. Ce "
        "dernier a précisé qu'environ 370 personnes étaient à bord du train."
    )
    assert find(result, "370").speaker == "Guillaume Pépy"


def test_meme_son_de_cloche_chez_x_hands_the_word_to_x() -> None:
    # afrique7.com, Congo-Brazzaville 2021: the NER leaves "-Opango" out of the person
    result = claims(
        "« Ce n'est pas de cette façon qu'on peut les donner », a relevé Mathias Dzon.\n\n"
        "Même son de cloche chez Jean-Jacques Yhombi-Opango, allié de feu Guy-Brice Parfait "
        "Kolelas qui pense que la rapidité avec laquelle ces résultats ont été annoncés est "
        "douteuse.\n\n"
        "Il a déclaré qu'il « aimerait bien voir avec quel matériel ils ont pu le faire. "
        "Toutes les compilations ne sont pas encore arrivées à Brazzaville »."
    )
    assert find(result, "douteuse").speaker == "Jean-Jacques Yhombi-Opango"
    assert find(result, "douteuse").text.startswith("la rapidité")
    assert find(result, "compilations").speaker == "Jean-Jacques Yhombi-Opango"
    assert find(result, "cette façon").speaker == "Mathias Dzon"


def test_he_in_what_she_said_is_not_her() -> None:
    # Daily Trust, Nigeria 2020
    result = claims(
        "Hajiya Zainab Ahmed, the finance minister, announced the releases on Wednesday. She "
        "said the ministry had released N650 billion after President Muhammadu Buhari gave "
        "a directive in October when he submitted the budget to the National Assembly.",
        "en",
    )
    text = find(result, "submitted").text
    assert "Ahmed submitted" not in text


def test_a_french_incise_inside_a_quotation_names_who_says_all_of_it() -> None:
    # 24 heures, coronavirus in Switzerland 2020
    result = claims(
        "«Il n’y a pas eu de contamination à l’intérieur de la Suisse», précise Pascal "
        "Strupler.\n\n«Les personnes touchées vont bien, ajoute Daniel Koch, responsable de la "
        "division Maladies transmissibles à l’OFSP. Elles sont hospitalisées et isolées. Quant "
        "aux personnes en contact, elles ont été placées en quarantaine.»"
    )
    assert find(result, "vont bien").speaker == "Daniel Koch"
    assert "ajoute" not in find(result, "vont bien").text
    assert find(result, "quarantaine").speaker == "Daniel Koch"
    assert find(result, "contamination").speaker == "Pascal Strupler"


def test_the_title_apposed_to_a_speaker_gives_the_body_their_nous_stands_for() -> None:
    result = claims(
        "«Les préoccupations de la population sont nombreuses. Nous sommes parfois à la limite "
        "pour les acteurs de la santé, détaille Daniel Koch, responsable de la division "
        "Maladies transmissibles à l’OFSP.»"
    )
    claim = find(result, "à la limite")
    assert claim.speaker == "Daniel Koch"
    assert not claim.text.startswith("Nous")
    assert "OFSP" in claim.text or "Office" in claim.text
