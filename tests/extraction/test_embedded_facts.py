"""Facts set inside another sentence's subject or after its place: participles, distances.

Sentences from real wire reports (AFP, Reuters, Africa Presse, 2004-2022).
"""

from __future__ import annotations

from .helpers import claims, find


def test_a_participle_beside_the_subject_is_a_claim_of_its_own() -> None:
    # Congo-Brazzaville presidential election, 2021: no comma before the participle
    result = claims(
        "Son principal adversaire, l'opposant Guy Parfait Kolelas décédé le jour du vote, "
        "arrive en seconde position avec seulement 7,84% des voix."
    )
    assert find(result, "décédé").text == (
        "L'opposant Guy Parfait Kolelas est décédé le jour du vote"
    )
    assert "décédé" not in find(result, "seconde position").text


def test_a_participle_of_a_transitive_verb_is_a_passive() -> None:
    result = claims(
        "L'armée afghane, appuyée par des raids aériens américains, avait mis plusieurs jours "
        "avant de parvenir à les repousser."
    )
    assert find(result, "appuyée").text == (
        "L'armée afghane a été appuyée par des raids aériens américains"
    )
    english = claims(
        "Andrianarivo, convicted in 2008 of embezzlement, fled to France in 2009.", "en"
    )
    assert find(english, "convicted").text.endswith(
        "Andrianarivo was convicted in 2008 of embezzlement"
    )
    assert "convicted" not in find(english, "fled").text


def test_a_participle_that_sets_the_scene_of_a_statement_stays() -> None:
    result = claims(
        "Le porte-parole, interrogé par l'AFP, a affirmé que le bilan était de 12 morts."
    )
    assert not [c for c in result if "interrogé" in c.text and "été" in c.text]
    assert find(result, "12 morts").speaker == "porte-parole"


def test_a_place_and_its_distance_from_another_are_split() -> None:
    # Assam floods, 2004
    result = claims(
        "Soldiers found the bodies in Assam's worst-hit Goalpara district, 150 kilometres "
        "(93 miles) from the main city of Guwahati, an army spokesman said.",
        "en",
    )
    assert find(result, "150").text == (
        "Goalpara district is 150 kilometres (93 miles) from the main city of Guwahati"
    )
    assert find(result, "bodies").text.endswith("Goalpara district")
    # Chad, the Koro Toro trial, 2022
    french = claims(
        "Le procès s'est achevé vendredi 2 décembre à Koro Toro, à 600 km de la capitale."
    )
    assert find(french, "600 km").text == "Koro Toro est à 600 km de la capitale"
    assert find(french, "achevé").text.endswith("à Koro Toro")


def test_a_distance_in_the_middle_of_the_sentence_leaves_a_hole() -> None:
    result = claims(
        "Le séisme a frappé la ville de Kounar, située à 50 kilomètres au nord-est de "
        "Jalalabad, où 20 maisons se sont effondrées."
    )
    assert find(result, "50 kilomètres").text == (
        "la ville de Kounar est à 50 kilomètres au nord-est de Jalalabad"
    )
    assert "Jalalabad" not in find(result, "maisons").text


def test_a_place_that_is_the_subject_keeps_its_distance() -> None:
    result = claims("Koro Toro, à 600 km de la capitale, abrite une prison de haute sécurité.")
    assert not [c for c in result if c.text.startswith("Koro Toro est à")]


def test_a_relative_without_a_comma_states_a_fact_when_its_noun_names_one_thing() -> None:
    # Le Monde/AFP, Ebola in the DRC, 2018
    result = claims(
        "Le Dr Tedros a déclaré pouvoir en finir très bientôt avec l'épidémie d'Ebola qui a "
        "causé la mort de 27 personnes dans le nord-ouest du pays."
    )
    assert find(result, "27 personnes").text.startswith("l'épidémie d'Ebola a causé la mort")
    assert "27" not in find(result, "finir").text
    # a plural antecedent is defined by its relative and keeps it
    kept = claims("Le ministre a rencontré les personnes qui ont perdu 5 kg.")
    assert find(kept, "5 kg").text == "Le ministre a rencontré les personnes qui ont perdu 5 kg"


def test_a_participle_after_et_shares_the_nearest_auxiliary() -> None:
    # RTBF, Brussels 2019: "blessé" is the defendant's, with "il avait", not the court's
    result = claims(
        "Le tribunal a établi qu'il avait effectivement lancé un pavé vers les policiers et "
        "blessé l'un d'eux lorsqu'il a été interpellé."
    )
    assert not any(c.text.startswith("Le tribunal a blessé") for c in result)
    assert find(result, "blessé").text.split()[1:3] == ["avait", "effectivement"]
    english = claims("Boutros-Ghali was tried in absentia and sentenced on Saturday.", "en")
    assert find(english, "sentenced").text == "Boutros-Ghali was sentenced on Saturday"


def test_a_sentence_passed_is_no_condemnation_said_and_its_object_is_a_person() -> None:
    result = claims(
        "Le tribunal correctionnel de Bruxelles a condamné, vendredi matin, deux hommes pour "
        "des faits de violence. Le prévenu avait nié avoir eu l'intention de blesser. Le "
        "tribunal l'a condamné à 15 mois de prison avec sursis."
    )
    assert find(result, "deux hommes").speaker is None
    assert "l'intention à 15 mois" not in find(result, "15 mois").text
    said = claims("Le ministre a condamné une attaque odieuse contre 12 policiers.")
    assert find(said, "attaque").speaker == "ministre"


def test_a_subject_listing_several_counts_is_a_claim_per_count() -> None:
    # AFP, cyclone Giovanna 2012; AFP, Algiers earthquake 2014
    result = claims(
        "De nombreuses infrastructures électriques, quarante bâtiments administratifs et 38 "
        "écoles ont été endommagées en différents points du pays."
    )
    assert find(result, "38 écoles").text == (
        "38 écoles ont été endommagées en différents points du pays"
    )
    assert [q.value for q in find(result, "Quarante").quantities] == [40]
    tolls = claims("Trois morts et 388 blessés ont été recensés en 24 heures.")
    assert [q.value for q in find(tolls, "388").quantities] == [388, 24]
    assert "388" not in find(tolls, "Trois morts").text
    english = claims(
        "Two soldiers and three civilians were killed in the attack, police said.", "en"
    )
    assert find(english, "civilians").text == "Three civilians were killed in the attack"
    assert find(english, "civilians").speaker == "police"
    # one count and a name: no list of counts
    kept = claims("Le ministre et 12 députés ont voté la loi.")
    assert find(kept, "12 députés").text.startswith("Le ministre et 12 députés")
