"""Translations recognised by what they keep in every language (matching.scoring.anchored):
the same specific figures and dates; and names moved by a translation's word order
(matching.roles) or a job title (matching.aliases.TITLE_WORDS) that are not another claim."""

from __future__ import annotations

from django.conf import settings

from matching.scoring import anchored, claim_features, score_texts

POSTS_FR = "Le premier degré public perdra 2 200 postes et le second degré 1 800 à la rentrée 2026."
POSTS_EN = (
    "Public primary education will lose 2,200 posts and secondary education 1,800 at the "
    "start of the 2026 school year."
)


def features(text: str, language: str):
    return claim_features(text=text, language=language)


def test_a_translation_with_the_same_specific_figures_is_the_same_claim():
    result = score_texts(POSTS_FR, POSTS_EN, language="fr", language_b="en")
    assert 0.90 <= result.semantic < 0.92  # where cosine alone cannot tell
    assert "same figures and dates across languages" in result.reasons
    assert result.score >= settings.MATCH_SAME_THRESHOLD


def test_what_counts_as_specific_figures():
    # Two figures of two significant digits or more, with the same dates.
    assert anchored(features(POSTS_FR, "fr"), features(POSTS_EN, "en"))
    # One figure of four digits is enough.
    assert anchored(
        features("Quelque 7 546 personnes sont passées aux urgences.", "fr"),
        features("Some 7,546 people went to emergency departments.", "en"),
    )
    # One small or round figure is not: many claims on a subject share it.
    assert not anchored(
        features("Michelin a annoncé la fermeture de deux usines.", "fr"),
        features("Michelin announced the expansion of two factories.", "en"),
    )
    assert not anchored(
        features("Les écoles des 14 districts du Kerala ont été fermées.", "fr"),
        features("Hospitals in all 14 districts of Kerala were put on alert.", "en"),
    )
    # Days of the month in a dated claim are not figures of the claim.
    assert not anchored(
        features("La grève des contrôleurs du 16 au 18 février 2024.", "fr"),
        features("The ticket inspectors' strike from 16 to 18 February 2024.", "en"),
    )


def test_figures_or_dates_that_differ_anchor_nothing():
    assert not anchored(
        features(POSTS_FR, "fr"), features(POSTS_EN.replace("1,800", "1,500"), "en")
    )
    assert not anchored(features(POSTS_FR, "fr"), features(POSTS_EN.replace("2026", "2027"), "en"))
    # The vetoes still apply after the anchor: other figures are another claim.
    result = score_texts(
        POSTS_FR, POSTS_EN.replace("1,800", "1,500"), language="fr", language_b="en"
    )
    assert result.score < settings.MATCH_SUGGEST_THRESHOLD


def test_names_of_one_phrase_moved_by_a_translation_are_not_swapped_roles():
    fr = (
        "Christophe Fanichet, le PDG de SNCF Voyageurs, a annoncé qu'un TGV sur deux "
        "circulerait du vendredi 16 au dimanche 18 février 2024."
    )
    en = (
        "SNCF Voyageurs CEO Christophe Fanichet announced that one TGV train in two would "
        "run from Friday 16 to Sunday 18 February 2024."
    )
    result = score_texts(fr, en, language="fr", language_b="en")
    assert "subject and object swapped" not in result.reasons
    assert not any(r.startswith("names not found") for r in result.reasons)
    assert result.score >= settings.MATCH_SAME_THRESHOLD
    # Two names in separate phrases still swap.
    swapped = score_texts(
        "Serena Williams consoled Garbine Muguruza after the Wimbledon final.",
        "Garbine Muguruza a consolé Serena Williams après la finale de Wimbledon.",
        language="en",
        language_b="fr",
    )
    assert "subject and object swapped" in swapped.reasons


def test_institutions_and_places_named_in_either_language_are_one_name():
    from matching.facts import claim_names

    for fr, en in [
        ("La Croix-Rouge a envoyé 40 tonnes d'aide.", "The Red Cross sent 40 tonnes of aid."),
        ("Les Émirats arabes unis ont signé.", "The United Arab Emirates signed."),
        (
            "L'épidémie touche la République démocratique du Congo.",
            "The outbreak hit the Democratic Republic of the Congo.",
        ),
        (
            "Médecins sans frontières a évacué la Cisjordanie.",
            "Doctors Without Borders evacuated the West Bank.",
        ),
        ("L'AIE prévoit une baisse.", "The International Energy Agency expects a fall."),
    ]:
        assert set(claim_names(fr, "fr")) == set(claim_names(en, "en")), (fr, en)
    # Two institutions stay two: the veto still tells them apart.
    assert claim_names("La Banque mondiale", "fr") != claim_names("The IMF", "en")
    # The short form is the same name as the long one within a language.
    assert claim_names("les Émirats arabes unis", "fr") == claim_names("les Émirats", "fr")
