"""The scoring function on its own, and the candidate query against PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from core.text import fold_spaces
from matching.corpus import corpus_generate
from matching.scoring import claim_features, score_texts
from matching.selectors import candidate_query_plan, claim_candidates
from matching.services import claim_signatures_write
from matching.text import trigram_similarity
from tests.factories import ClaimFactory

HERE = Path(__file__).parent


def same(a: str, b: str, language: str = "fr") -> bool:
    from django.conf import settings

    return score_texts(a, b, language=language).score >= settings.MATCH_SAME_THRESHOLD


def test_numbers_that_disagree_are_not_the_same_claim():
    a = "l'alliance avait doublé sa présence en mer Baltique à plus de 30 navires"
    assert not same(a, a.replace("30", "40"))
    assert "numbers differ" in score_texts(a, a.replace("30", "40"), language="fr").reasons
    assert same("the company cut 12,000 jobs", "the company cut 12,000 jobs", "en")


def test_negation_flips_the_claim():
    assert not same("l'inflation a ralenti en mars", "l'inflation n'a pas ralenti en mars")
    assert not same("inflation slowed in March", "inflation didn't slow in March", "en")
    # Both negated is fine.
    assert same(
        "ils n'avaient vu aucun changement dans la position de la Russie",
        "Nous n'avons constaté aucun changement dans la posture de la Russie",
    )


def test_other_entity_or_predicate_is_not_the_same_claim():
    assert not same(
        "Germany sent 14 Leopard tanks to Ukraine", "Poland sent 14 Leopard tanks to Ukraine", "en"
    )
    assert not same(
        "la Russie perdait sur le champ de bataille",
        "la Russie frappait l'infrastructure de l'Ukraine pour compenser les pertes subies "
        "par ses troupes sur le champ de bataille",
    )
    assert not same("le chômage a baissé de 12 %", "le chômage a augmenté de 12 %")


def test_speakers_that_differ_keep_claims_apart():
    a = claim_features(text="le chômage a baissé de 12 %", language="fr", speaker="Jean Dupont")
    b = claim_features(text="le chômage a baissé de 12 %", language="fr", speaker="Marie Curie")
    from matching.scoring import score_pair

    assert "speakers differ" in score_pair(a, b).reasons


def test_paraphrase_tense_and_synonym_are_the_same_claim():
    assert same(
        "la Russie perdait sur le champ de bataille",
        "La Russie est en fait en train de perdre sur le champ de bataille",
    )
    assert same(
        "unemployment fell by 2 percent last year",
        "last year, unemployment dropped by 2 percent",
        "en",
    )
    assert same("le gouvernement financerait 4 000 postes", "le gouvernement financera 4000 postes")


@pytest.mark.django_db
def test_python_trigram_similarity_equals_postgres():
    texts = [
        "la russie perdait sur le champ de bataille",
        "la russie est en fait en train de perdre sur le champ de bataille",
        "l'alliance a double sa presence a plus de 30 navires",
        "the company cut 12,000 jobs worldwide",
    ]
    with connection.cursor() as cursor:
        for a in texts:
            for b in texts:
                cursor.execute("SELECT similarity(%s, %s)", [a, b])
                assert trigram_similarity(a, b) == pytest.approx(cursor.fetchone()[0], abs=1e-6)


@pytest.mark.django_db
def test_candidate_query_uses_the_signature_index_and_ranks_by_similarity():
    target = "la russie perdait sur le champ de bataille"
    claims = [
        ClaimFactory(statement="La Russie perdait sur le champ de bataille", language="fr"),
        ClaimFactory(
            statement="La Russie est en train de perdre sur le champ de bataille", language="fr"
        ),
    ]
    claim_signatures_write(claims=claims)  # factories bypass the services that write them
    corpus_generate(claims=3000, seed=1)  # unrelated statistics, French and English
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
        cursor.execute("ANALYZE matching_claimsignature")
    found = claim_candidates(normalized=target, language="fr")
    # Same rare signatures (the filler "en train de" is not one): similarity breaks the tie.
    assert [fold_spaces(c.statement) for c in found[:2]] == [
        target,
        "la russie est en train de perdre sur le champ de bataille",
    ]
    assert found[0].similarity == pytest.approx(1.0)
    plan = candidate_query_plan(normalized=target, language="fr")
    assert "matching_claimsignature_pkey" in plan, plan
    assert "Seq Scan on matching_claimsignature" not in plan, plan


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["pairs.json", "pairs_holdout.json"])
def test_evaluate_matching_meets_targets(name, capsys):
    pairs = json.loads((HERE / name).read_text())
    assert len(pairs) >= (120 if name == "pairs.json" else 50)
    assert {p["language"] for p in pairs} == {"fr", "en"}
    call_command("evaluate_matching", str(HERE / name), "--json")
    result = json.loads(capsys.readouterr().out)
    assert result["pairs"] == len(pairs)
    # Floors a little under today's (pairs.json .948/.982, holdout 1.0/.913): a change
    # that loses more than a pair or two fails here.
    assert result["precision"] >= 0.94
    assert result["recall"] >= 0.85
