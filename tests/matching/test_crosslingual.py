"""The bilingual lexicon across FR<->EN: a translation whose content words the lexicon
accounts for is anchored by its words; a known word replaced by another of its field
("exports" / "importations") is another claim, in both directions."""

from __future__ import annotations

import pytest

from matching import text as t
from matching.crosslingual import compare, units
from matching.negation import is_negated
from matching.scoring import score_texts
from matching.text import bilingual


def _compare(a: str, la: str, b: str, lb: str):
    return compare(units(t.words(a, la), la), units(t.words(b, lb), lb))


def test_the_lexicon_holds_several_hundred_stems_per_language():
    concepts, english, french = bilingual.size()
    assert concepts >= 300 and english >= 500 and french >= 500


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "replaced"),
    [
        ("Dockworkers began a strike, blocking grain exports.", "en",
         "Les dockers ont entamé une grève, bloquant les importations de céréales.", "fr",
         ("export", "import")),
        ("L'Union européenne a interdit l'exportation de produits issus de la déforestation.",
         "fr", "The European Union banned the import of products linked to deforestation.", "en",
         ("export", "import")),
        ("Une avalanche a tué plusieurs skieurs près de Chamonix samedi.", "fr",
         "An avalanche injured several skiers near Chamonix on Saturday.", "en",
         ("tue", "injur")),
        ("Stellantis will build a battery factory in Spain.", "en",
         "Stellantis va fermer une usine de batteries en Espagne.", "fr", ("build", "ferm")),
    ],
)  # fmt: skip
def test_a_known_word_replaced_across_languages_is_found(a, la, b, lb, replaced):
    assert _compare(a, la, b, lb).replaced == replaced


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Le gouvernement espagnol a imposé des restrictions d'eau en Catalogne en raison "
         "d'une sécheresse prolongée.", "fr",
         "The Spanish government has imposed water restrictions in Catalonia because of a "
         "prolonged drought.", "en"),
        ("Tesla sold 1.8 million cars last year.", "en",
         "Tesla a vendu 1,8 million de voitures l'an dernier.", "fr"),
        ("Des essaims de criquets ont ravagé les récoltes dans le nord du Kenya.", "fr",
         "Swarms of locusts have devastated crops in northern Kenya.", "en"),
    ],
)  # fmt: skip
def test_a_faithful_translation_leaves_no_word_unaccounted(a, la, b, lb):
    found = _compare(a, la, b, lb)
    assert found.replaced is None
    assert min(found.covered_a, found.covered_b) >= 0.75


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Wine exports from Bordeaux fell sharply in 2024.", "en",
         "Les importations de vin de Bordeaux ont fortement baissé en 2024.", "fr"),
        ("Tesla a produit 1,8 million de voitures l'an dernier.", "fr",
         "Tesla sold 1.8 million cars last year.", "en"),
        ("Les enseignants ont fait grève dans toute la Belgique contre la réforme des retraites.",
         "fr", "Nurses went on strike across Belgium against the pension reform.", "en"),
        ("The Senate passed a bill banning mobile phones in schools.", "en",
         "Le Sénat a rejeté une proposition de loi interdisant les téléphones portables dans "
         "les écoles.", "fr"),
    ],
)  # fmt: skip
def test_a_translation_with_one_content_word_changed_is_not_the_same_claim(a, la, b, lb):
    result = score_texts(a, b, language=la, language_b=lb)
    assert result.score < 0.72
    assert any(r.startswith("a word replaced across languages") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("Les agriculteurs ont bloqué plusieurs autoroutes autour de Toulouse pour protester "
         "contre la baisse de leurs revenus.", "fr",
         "Farmers blocked several motorways around Toulouse to protest against falling "
         "incomes.", "en"),
        ("Greek coastguards rescued dozens of migrants after their boat capsized off the "
         "island of Lesbos.", "en",
         "Les garde-côtes grecs ont secouru des dizaines de migrants après le chavirage de leur "
         "bateau au large de l'île de Lesbos.", "fr"),
    ],
)  # fmt: skip
def test_a_translation_without_figures_is_anchored_by_its_words(a, la, b, lb):
    result = score_texts(a, b, language=la, language_b=lb)
    assert result.score >= 0.72
    assert "same words across languages" in result.reasons


def test_jamais_without_ne_is_ever_not_never():
    assert not is_negated(t.words("le blanchissement le plus grave jamais enregistré", "fr"), "fr")
    assert is_negated(t.words("le corail n'a jamais blanchi", "fr"), "fr")
