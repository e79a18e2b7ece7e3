"""Match signatures: what they are, that every writer keeps them right, and that the
candidate query reads them through the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from claims.models import Claim
from claims.services import article_extract
from matching.models import ClaimSignature
from matching.scoring import score_texts
from matching.selectors import candidate_query_plan, claim_candidates
from matching.services import appearance_split, claim_merge, extracted_claim_match
from matching.signatures import claim_signatures, signature_terms
from tests.factories import AppearanceFactory, ArticleFactory, ClaimFactory

PAIRS = Path(__file__).resolve().parent
DOCTORS = (
    "La ministre de la Santé, Claire Martin, a déclaré mardi que le nombre de médecins "
    "généralistes avait baissé de 12 % en dix ans."
)


def stored(claim: Claim) -> set[int]:
    return set(ClaimSignature.objects.filter(claim=claim).values_list("signature", flat=True))


def test_signatures_are_folded_content_stems_and_number_values():
    terms = signature_terms("Le nombre de médecins a baissé de 4 000 en France", "fr")
    assert terms == [
        "nombr",
        "medecin",
        "DOWN",
        "franc",
        "#4000",
        "medecin+nombr",
        "DOWN+medecin",
        "DOWN+franc",
    ]
    # Numbers by value, whatever the notation; language is part of the key.
    assert claim_signatures("4 000 médecins", "fr") == claim_signatures("4000 medecins", "fr")
    assert claim_signatures("doctors", "en") != claim_signatures("doctors", "fr")
    assert claim_signatures("le la les de du", "fr") == []


@pytest.mark.parametrize("name", ["pairs.json", "pairs_holdout.json"])
def test_every_pair_the_scorer_could_link_shares_a_signature(name):
    """Candidate recall on the labelled pairs: nothing at or above the suggestion
    threshold (so nothing "same") is out of the signature look-up's reach."""
    for pair in json.loads((PAIRS / name).read_text(encoding="utf-8")):
        score = score_texts(pair["a"], pair["b"], language=pair["language"]).score
        shared = set(claim_signatures(pair["a"], pair["language"])) & set(
            claim_signatures(pair["b"], pair["language"])
        )
        if pair["same"] or score >= settings.MATCH_SUGGEST_THRESHOLD:
            assert shared, pair


@pytest.mark.django_db
def test_extraction_writes_the_new_claims_signatures():
    article = ArticleFactory(text=DOCTORS, language="fr")
    assert article_extract(article_id=article.pk).state == "done"
    claim = Claim.objects.get(normalized__contains="medecins generalistes")
    assert stored(claim) == set(claim_signatures(claim.statement, claim.language))


@pytest.mark.django_db
def test_split_writes_the_new_claims_signatures_and_merge_keeps_the_duplicates(editor):
    survivor = ClaimFactory(statement="Le chômage a baissé de 7 % dans le Morbihan")
    duplicate = ClaimFactory(statement="Dans le Morbihan, le chômage a reculé de 7 %")
    call_command("backfill_match_signatures", verbosity=0)
    claim_merge(survivor_id=survivor.pk, duplicate_id=duplicate.pk, actor=editor)
    # The duplicate's wording stays searchable and leads to the survivor.
    assert stored(duplicate) == set(claim_signatures(duplicate.statement, "fr"))
    match = extracted_claim_match(
        text="Dans le Morbihan, le chômage a reculé de 7 %",
        normalized="dans le morbihan, le chomage a recule de 7 %",
        language="fr",
        speaker="Jean Dupont",
    )
    assert match.same == survivor

    AppearanceFactory(claim=survivor)
    other = AppearanceFactory(claim=survivor)
    new = appearance_split(appearance_id=other.pk, actor=editor)
    assert new.pk != survivor.pk
    assert stored(new) == set(claim_signatures(new.statement, new.language))


@pytest.mark.django_db
def test_backfill_fills_missing_signatures_in_batches_and_is_idempotent(capsys):
    claims = [ClaimFactory() for _ in range(5)]
    ClaimSignature.objects.filter(claim__in=claims[:3]).delete()
    call_command("backfill_match_signatures", "--batch-size", "2")
    assert "3 claims" in capsys.readouterr().out  # the other two were written with them
    for claim in claims:
        assert stored(claim) == set(claim_signatures(claim.statement, claim.language))
    call_command("backfill_match_signatures")
    assert capsys.readouterr().out.startswith("0 claims")
    # A reworded claim (a path that does not write signatures) is fixed by --rewrite.
    Claim.objects.filter(pk=claims[0].pk).update(statement="Les loyers ont flambé à Brest")
    call_command("backfill_match_signatures", "--rewrite")
    assert stored(claims[0]) == set(claim_signatures("Les loyers ont flambé à Brest", "fr"))


@pytest.mark.django_db
def test_generated_corpus_has_signatures_and_the_candidate_query_uses_the_index():
    call_command("generate_corpus", "--claims", "3000", "--seed", "5")
    missing = Claim.objects.exclude(
        pk__in=ClaimSignature.objects.values("claim_id").distinct()
    ).count()
    assert missing == 0
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
        cursor.execute("ANALYZE matching_claimsignature")
    claim = Claim.objects.order_by("pk")[1500]
    plan = candidate_query_plan(normalized=claim.normalized, language=claim.language)
    assert "matching_claimsignature_pkey" in plan, plan
    assert "Seq Scan on matching_claimsignature" not in plan, plan
    found = claim_candidates(normalized=claim.normalized, language=claim.language)
    assert found and found[0].id == claim.pk


@pytest.mark.django_db
def test_same_seed_same_corpus():
    call_command("generate_corpus", "--claims", "200", "--seed", "9")
    first = list(Claim.objects.order_by("pk").values_list("statement", flat=True))
    call_command("generate_corpus", "--claims", "200", "--seed", "9")
    second = list(Claim.objects.order_by("pk").values_list("statement", flat=True))[200:]
    assert first == second
    assert len(set(first)) > 150  # varied, not a handful of templates
