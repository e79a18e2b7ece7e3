"""One sentence with words replaced in place, or two of its parts exchanged
(matching.inplace, matching.text.equivalents), on sentences of the development pairs."""

from __future__ import annotations

from django.conf import settings

from matching import text as t
from matching.inplace import exchanged, replaced_places, substituted, unexplained
from matching.scoring import score_texts
from matching.text.equivalents import concepts, equivalent


def score(a: str, b: str, language: str = "fr"):
    return score_texts(a, b, language=language)


def same(a: str, b: str, language: str = "fr") -> bool:
    return score(a, b, language).score >= settings.MATCH_SAME_THRESHOLD


def seq(text: str, language: str = "fr") -> tuple[str, ...]:
    return tuple(t.words(text, language))


# --- a content word replaced by another of the same family: at most a suggestion

CANICULE = (
    "Météo-France a annoncé jeudi que 12 départements seraient placés en vigilance rouge "
    "canicule à partir de vendredi."
)
LULA = (
    "Le président brésilien Lula a présenté lundi un nouveau plan de lutte contre la "
    "déforestation illégale en Amazonie."
)
REUTERS = (
    "Thomson Reuters announced plans Tuesday to slash a further 3,000 jobs as it seeks to "
    "streamline its business and cut costs."
)


def test_a_co_hyponym_swapped_in_place_is_at_most_a_suggestion():
    # e5 puts each of these pairs at cosine 0.98-0.99, as close as a true paraphrase.
    for a, b, language in (
        (CANICULE, CANICULE.replace("canicule", "inondations"), "fr"),
        (LULA, LULA.replace("la déforestation illégale", "l'orpaillage illégal"), "fr"),
        (REUTERS, REUTERS.replace("slash", "relocate"), "en"),
    ):
        result = score(a, b, language)
        assert result.score < settings.MATCH_SAME_THRESHOLD, (a, b, result)
        assert result.score >= settings.MATCH_SUGGEST_THRESHOLD, (a, b, result)
        assert "a word replaced in place" in result.reasons


def test_a_known_synonym_swapped_in_place_is_the_same_claim():
    assert same(
        "le prix du carburant a atteint 2 euros le litre",
        "le prix de l'essence a atteint 2 euros le litre",
    )
    assert same(REUTERS, REUTERS.replace("slash", "cut"), "en")
    # An irregular future and its periphrasis.
    assert same(
        "l'OTAN tiendra son exercice annuel de dissuasion nucléaire la semaine prochaine",
        "l'OTAN va tenir son exercice annuel de dissuasion nucléaire la semaine prochaine",
    )
    # A unit and its symbol.
    assert same(
        "EDF a annoncé que la production nucléaire d'électricité en France s'est établie à "
        "279 térawattheures en 2022.",
        "EDF a annoncé que la production nucléaire d'électricité en France s'est établie à "
        "279 TWh en 2022.",
    )


def test_a_replacement_at_two_places_counts_too():
    # "le report de la fermeture" / "la fermeture définitive": a word dropped at one place,
    # another added at the next; no synonym explains them.
    a = (
        "La ministre de la Santé, Marisol Touraine, a annoncé mercredi le report de la "
        "fermeture des urgences de l'Hôtel-Dieu, prévue le 4 novembre."
    )
    b = (
        "La ministre de la Santé, Marisol Touraine, a annoncé mercredi la fermeture "
        "définitive des urgences de l'Hôtel-Dieu, prévue le 4 novembre."
    )
    assert not same(a, b)
    assert substituted(seq(a), seq(b), "fr")


def test_replaced_places_are_few_and_short_or_none():
    a = seq("le prix du carburant a atteint 2 euros le litre")
    b = seq("le prix de l'essence a atteint 2 euros le litre")
    assert replaced_places(a, b) == [(("du", "carburant"), ("de", "l", "essence"))]
    assert replaced_places(a, a) is None
    # Reworded beyond two short places: the embedding judges, not this rule.
    assert (
        replaced_places(
            seq("Thomson Reuters' third-quarter net profit fell 37 percent from a year ago", "en"),
            seq("Thomson Reuters reported a 37 percent fall in third-quarter net profit", "en"),
        )
        is None
    )
    # A fronted date and a voice change are two short places, each holding a figure:
    # explained (the facts decide), so not a substitution.
    a = seq("l'Espagne a accueilli 85 millions de touristes en 2023")
    b = seq("en 2023, 85 millions de touristes ont visité l'Espagne")
    assert not substituted(a, b, "fr")


def test_what_explains_a_replaced_place():
    # One name in two forms, an acronym, a figure restated with its unit.
    assert unexplained([(("otan",), ("alliance", "atlantique"))], "fr") == ([], [])
    assert unexplained([(("sante", "publique", "france"), ("spf",))], "fr") == ([], [])
    assert unexplained([(("3", "billion", "euros"), ("3bn",))], "en") == ([], [])
    assert unexplained([(("preindustrial",), ("pre", "industrial"))], "en") == ([], [])
    assert unexplained([(("canicule",), ("inondations",))], "fr") == (["canicul"], ["inond"])


def test_equivalents_are_groups_not_chains():
    fr = "fr"
    [gagnent] = concepts(("gagnent",), fr)
    [touchent] = concepts(("touchent",), fr)
    [remporte] = concepts(("remporte",), fr)
    assert equivalent(gagnent, touchent, fr)  # a wage
    assert equivalent(gagnent, remporte, fr)  # a race
    assert not equivalent(touchent, remporte, fr)  # no chain through "gagner"
    # One word in two inflections the light stemmer leaves apart.
    assert equivalent(*concepts(("dernier", "derniere"), fr), fr)
    assert not equivalent(*concepts(("electricite", "gaz"), fr), fr)
    assert not equivalent(*concepts(("slash", "relocate"), "en"), "en")


# --- two parts exchanged around the words that relate them


def test_exchanged_parts_are_not_the_same_claim():
    for a, b, language in (
        (
            "Le Parlement allemand demande au gouvernement d'accélérer la livraison d'armes "
            "lourdes à l'Ukraine.",
            "Le gouvernement allemand demande au Parlement d'accélérer la livraison d'armes "
            "lourdes à l'Ukraine.",
            "fr",
        ),
        (
            "En RDC, les forces de défense et de sécurité continuent la traque des miliciens "
            "Mobondo dans le territoire de Kimvula.",
            "En RDC, les miliciens Mobondo continuent la traque des forces de défense et de "
            "sécurité dans le territoire de Kimvula.",
            "fr",
        ),
        (
            "wages have grown faster than prices this year",
            "prices have grown faster than wages this year",
            "en",
        ),
    ):
        assert exchanged(seq(a, language), seq(b, language), language)
        result = score(a, b, language)
        assert "subject and object swapped" in result.reasons
        assert result.score < settings.MATCH_SAME_THRESHOLD


def test_moved_clauses_are_not_an_exchange():
    # An attribution and a date moved to the front: X M Y / Y M X, yet nobody swapped.
    a = (
        "La déforestation de l'Amazonie brésilienne a chuté de 30,6 % entre août 2023 et "
        "juillet 2024, selon des données publiées par le gouvernement du président Lula."
    )
    b = (
        "Selon des données publiées par le gouvernement du président Lula, entre août 2023 "
        "et juillet 2024, la déforestation de l'Amazonie brésilienne a chuté de 30,6 %."
    )
    assert not exchanged(seq(a), seq(b), "fr")
    assert same(a, b)
    # A list in another order.
    assert not exchanged(
        seq("the fires forced evacuations in Quebec and Nova Scotia", "en"),
        seq("the fires forced evacuations in Nova Scotia and Quebec", "en"),
        "en",
    )
    # A reporting clause moved: "X, said Y" / "Y said X" relates nothing.
    assert not exchanged(
        seq("prices rose 5 % this year, the minister said", "en"),
        seq("the minister said prices rose 5 % this year", "en"),
        "en",
    )


def test_mais_the_crop_is_not_mais_the_conjunction():
    assert "maize" in t.words("la production de maïs a chuté de 30 % en Ukraine", "fr")
    assert "mais" in t.words("il pleut, mais il fait chaud", "fr")
    assert not same(
        "la production de blé a chuté de 30 % en Ukraine",
        "la production de maïs a chuté de 30 % en Ukraine",
    )


def test_a_unit_written_as_its_symbol_is_explained():
    for a, b, lang in [
        (
            "L'incendie des Corbières a détruit plus de 16 000 hectares de végétation.",
            "L'incendie des Corbières a détruit plus de 16 000 ha de végétation.",
            "fr",
        ),
        (
            "The new reactor will produce 1.6 gigawatts of electricity from 2027.",
            "The new reactor will produce 1.6 GW of electricity from 2027.",
            "en",
        ),
    ]:
        assert not substituted(seq(a, lang), seq(b, lang), lang)
        assert same(a, b, lang)
