"""Speakers read from the dependency parse, on sentences from real wire copy (the issue's
examples and the development set), in both languages."""

import pytest

from .helpers import claims, find

FR_CASES = [
    # inverted subject after a complement, person named in apposition
    ("Le président Ghani était à l'intérieur du palais du gouverneur quand les roquettes ont "
     "été tirées, a expliqué à l'AFP le porte-parole du gouverneur, Aref Noori.",
     "palais du gouverneur", "Aref Noori"),
    # the title before the name is not the speaker
    ("Le chômage a augmenté de 0,2 point, a déclaré la Première ministre du pays, "
     "Élisabeth Borne.", "chômage", "Élisabeth Borne"),
    # adverbial between the auxiliary and the verb
    ("Elles sont tombées loin du palais du gouverneur, a quant à lui assuré à l'AFP le "
     "porte-parole du chef de l'Etat, Haroon Chakhansuri.", "palais", "Haroon Chakhansuri"),
    # an organisation as speaker, inverted after a present tense
    ("L'économie française devrait croître de 0,9% en 2023, estime la Banque de France.",
     "0,9%", "Banque de France"),
    ("L'inflation a atteint en février 6,3% sur un an en France, révèle l'Insee ce mercredi.",
     "6,3%", "Insee"),
    # a sentence adverb before the subject
    ("Cependant, l'Insee observe que le nombre de chômeurs a reculé de 2 %.", "chômeurs", "Insee"),
]  # fmt: skip

EN_CASES = [
    ("Unemployment fell to 4.2 percent in March, said the minister.", "4.2 percent", "minister"),
    ("Putin said after an hour-long call that the two leaders had agreed to meet.",
     "agreed to meet", "Putin"),
    ('"We will not retreat," a spokesperson for the mayor\'s office said on Tuesday.',
     "retreat", "mayor's office"),
    ("The bank raised its forecast to 0.9%, according to Reuters.", "forecast", "Reuters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "speaker"), FR_CASES)
def test_french_speakers_from_the_parse(text: str, needle: str, speaker: str) -> None:
    claim = find(claims(text), needle)
    assert claim.speaker is not None and speaker.lower() in claim.speaker.lower(), claim


@pytest.mark.parametrize(("text", "needle", "speaker"), EN_CASES)
def test_english_speakers_from_the_parse(text: str, needle: str, speaker: str) -> None:
    claim = find(claims(text, "en"), needle)
    assert claim.speaker is not None and speaker.lower() in claim.speaker.lower(), claim


def test_attribution_is_cut_from_the_claim_and_its_continuation_kept() -> None:
    result = claims(
        "Une des roquettes s'est écrasée à 200 mètres du palais, a affirmé à l'AFP le chef "
        "adjoint de la police provinciale, Ramazan Ali Mohseni, ajoutant que trois roquettes "
        "avaient été tirées."
    )
    first, second = find(result, "écrasée"), find(result, "trois roquettes")
    assert "affirmé" not in first.text and "Mohseni" not in first.text
    assert first.speaker == second.speaker == "Ramazan Ali Mohseni"


def test_english_adding_that_is_a_second_claim_of_the_same_speaker() -> None:
    result = claims(
        "Health Minister Mark Holland spoke on Monday.\n\n"
        "Unemployment fell to 4.2 percent in March, said Holland, adding that the economy "
        "had created 200,000 jobs.",
        "en",
    )
    jobs, rate = find(result, "200,000 jobs"), find(result, "4.2 percent")
    assert jobs.speaker == rate.speaker == "Mark Holland"
    assert "adding" not in rate.text and "said" not in rate.text


def test_affiliation_is_kept_beside_the_person() -> None:
    claim = find(
        claims("Le chef de l'OTAN, Jens Stoltenberg, a déclaré que la Russie perdait."), "perdait"
    )
    assert claim.speaker == "Jens Stoltenberg"
    assert claim.speaker_affiliation == "l'OTAN"


def test_a_subject_with_its_apposition_is_no_tail() -> None:
    claim = find(
        claims("La ministre de la Santé, Claire Dumont, a annoncé mardi un plan de 2 milliards."),
        "plan",
    )
    assert claim.speaker == "Claire Dumont"


def test_demonstrative_and_description_are_the_organisation_just_quoted() -> None:
    result = claims(
        "Environ 10% de la population mondiale pourrait avoir été infectée, selon l'OMS. "
        "Celle-ci a aussi dit lundi à Genève que ses essais cliniques étaient prêts."
    )
    trials = find(result, "essais cliniques")
    assert trials.speaker == "OMS"
    assert trials.text == "les essais cliniques de l'OMS étaient prêts"


def test_inverted_pronoun_after_a_subject_that_cannot_speak() -> None:
    result = claims(
        "Le directeur général, Tedros Adhanom Ghebreyesus, a déclaré que l'effort était inédit."
        "\n\n"
        "Jamais une distribution de tests n'a été lancée aussi rapidement, a-t-il affirmé."
    )
    assert find(result, "distribution de tests").speaker == "Tedros Adhanom Ghebreyesus"


def test_an_inverted_pronoun_is_the_institution_that_is_the_subject() -> None:
    result = claims(
        "Le ministère de l'Intérieur a recensé 1,12 million de manifestants en France, "
        "a-t-il annoncé jeudi soir."
    )
    assert find(result, "1,12 million").speaker == "ministère de l'Intérieur"


def test_documents_and_descriptions_speak_for_their_owner() -> None:
    result = claims(
        "L'économie française devrait croître de 0,9% en 2023, estime la Banque de France.\n\n"
        "La France devrait afficher une croissance de 0,2% au quatrième trimestre, selon ses "
        "projections.\n\n"
        '"Nous conduisons une politique prudente", poursuit l\'institution.'
    )
    assert find(result, "quatrième trimestre").speaker == "Banque de France"
    assert find(result, "politique prudente").speaker == "Banque de France"


def test_an_infinitive_after_a_comma_names_no_speaker() -> None:
    result = claims(
        "Le bond des prix du pétrole, lié à la politique de l'Opep, a fait craindre une "
        "interruption dans la baisse de l'inflation."
    )
    assert find(result, "bond des prix").speaker is None


def test_circumstances_after_the_speaker_do_not_hide_the_attribution() -> None:
    result = claims(
        "Le scrutin a réuni 37 millions de votants, a annoncé le président du Conseil "
        "constitutionnel, Laurent Fabius, au cours d'un point de presse."
    )
    assert find(result, "37 millions").speaker == "Laurent Fabius"


def test_a_quoted_we_after_a_titled_speaker_is_his_institution() -> None:
    result = claims(
        "Le scrutin s'est déroulé « sans incident notable », a annoncé le président du Conseil "
        "constitutionnel, Laurent Fabius, au cours d'un point de presse.\n\n"
        "« Nous avons annulé 4.691 suffrages dans les bureaux de vote », a-t-il indiqué."
    )
    claim = find(result, "4.691")
    assert claim.speaker == "Laurent Fabius"
    assert claim.text.startswith("Le Conseil constitutionnel a annulé 4.691 suffrages")


def test_a_pronoun_speaks_for_the_person_the_last_sentence_was_about() -> None:
    result = claims(
        "Le directeur général Tedros Adhanom Ghebreyesus a rappelé que trois pays rassemblent "
        "la moitié des infections. « Nous pouvons protéger beaucoup de personnes », a aussi "
        "dit le chef des urgences, Michael Ryan.\n\n"
        "Devant les Etats membres, le directeur général a de son côté rappelé les efforts "
        "menés. Jamais une distribution de tests n'a été lancée aussi rapidement, a-t-il "
        "affirmé. Il a aussi demandé une ovation debout pour les 80 000 travailleurs de santé."
    )
    assert find(result, "distribution de tests").speaker == "Tedros Adhanom Ghebreyesus"
    assert find(result, "ovation").text.startswith("Tedros Adhanom Ghebreyesus a aussi demandé")


def test_a_feminine_pronoun_is_not_the_male_speaker() -> None:
    result = claims(
        "La situation épidémiologique varie beaucoup entre les régions. Mais elle signifie que "
        "« la large majorité reste menacée » par le coronavirus, a affirmé le chef du "
        "programme d'urgence de l'OMS, Michael Ryan."
    )
    claim = find(result, "majorité reste menacée")
    assert claim.speaker == "Michael Ryan"
    assert not claim.text.startswith("Michael Ryan")


def test_a_relative_clause_after_the_named_speaker_keeps_the_attribution() -> None:
    result = claims(
        "TotalEnergies est devenu un « bouc émissaire » dans le débat sur les prix de "
        "l'énergie, a déclaré mercredi son PDG, Patrick Pouyanné, qui a défendu les bénéfices "
        "réalisés en 2022 par le groupe."
    )
    assert find(result, "bouc émissaire").speaker == "Patrick Pouyanné"


def test_a_bare_title_is_the_person_the_article_is_about() -> None:
    result = claims(
        "Le chiffre d'affaires a atteint 20 milliards d'euros, a déclaré le PDG du groupe, "
        "Patrick Pouyanné.\n\n"
        "« Nous avons investi 3 milliards d'euros en Europe », a plaidé le dirigeant."
    )
    assert find(result, "3 milliards").speaker == "Patrick Pouyanné"


def test_a_lead_inside_a_quote_is_not_the_speaker() -> None:
    result = claims(
        "« Les gens nous accusent d'avoir généré 20 milliards de superprofits avec la guerre », "
        "a plaidé le PDG de TotalEnergies, Patrick Pouyanné."
    )
    assert find(result, "superprofits").speaker == "Patrick Pouyanné"


def test_one_of_a_group_speaks_for_the_group() -> None:
    result = claims(
        "One of Olanguena's lawyers, Antoine Marcel Mong, slammed the verdict as politically "
        'motivated. "We are not surprised by the ruling convicting our client," he told AFP.',
        language="en",
    )
    claim = find(result, "not surprised")
    assert claim.speaker == "Antoine Marcel Mong"
    assert claim.text.startswith("Olanguena's lawyers are not surprised")
    assert "their client" in claim.text


def test_a_document_speaks_for_its_author_and_a_rule_for_no_one() -> None:
    result = claims(
        "Bharti Airtel reported a 25.8 percent fall in its net profit at Rs.1,432.3 crore, "
        "according to Indian accounting standards.\n\n"
        "Net sales rose to Rs.10,180 crore, according to a regulatory filing by the company.",
        language="en",
    )
    assert find(result, "25.8 percent").speaker != "Indian"
    assert find(result, "10,180").speaker == "Bharti Airtel"


def test_an_organisation_saying_it_is_named() -> None:
    result = claims(
        "FIFA bans Blatter and Platini for eight years.\n\n"
        "Following the ruling, FIFA released a statement in which it said that it acknowledges "
        "the decisions of the independent Ethics Committee and has no further comment.",
        language="en",
    )
    assert find(result, "acknowledges").text.startswith("FIFA acknowledges")


def test_a_statement_read_out_by_someone_is_theirs() -> None:
    result = claims(
        '"We reject these partial results from 33 percent of polling stations," the statement '
        "read out by Vital Kamerhe said.",
        language="en",
    )
    assert find(result, "partial results").speaker == "Vital Kamerhe"
