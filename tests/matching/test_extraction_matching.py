"""Extraction writes through the matcher: one canonical claim, many appearances."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction import split_date_header
from claims.models import Appearance, Claim, ClaimChange
from claims.services import article_extract, article_reextract
from matching.models import DuplicateSuggestion, MatchedAppearance, SuggestionStatus
from matching.services import suggestion_reject
from tests.factories import ArticleFactory

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_58346a9971b7689e.txt"
FIRST = (
    "La ministre de la Santé, Claire Martin, a déclaré mardi que le nombre de médecins "
    "généralistes avait baissé de 12 % en dix ans."
)
SECOND = (
    "Claire Martin a affirmé jeudi que le nombre de médecins généralistes a baissé de 12 % "
    "en dix ans."
)


def extract(text: str):
    article = ArticleFactory(text=text, language="fr")
    outcome = article_extract(article_id=article.pk)
    assert outcome.state == "done"
    return article


def doctors_claims():
    return Claim.objects.filter(normalized__contains="medecins generalistes")


@pytest.mark.django_db
def test_two_articles_sharing_a_claim_give_one_claim_with_two_appearances():
    first, second = extract(FIRST), extract(SECOND)
    claims = list(doctors_claims())
    assert len(claims) == 1
    claim = claims[0]
    assert {a.article_id for a in claim.appearances.all()} == {first.pk, second.pk}
    change = ClaimChange.objects.get(claim=claim, field="appearance")
    assert change.reason.startswith("matched an extracted claim")
    assert change.after["article"] == second.pk
    # The appearance remembers what was extracted for it.
    matched = MatchedAppearance.objects.get(appearance__article=second)
    assert "a baissé" in matched.statement and matched.score >= 0.72
    assert ClaimChange.objects.filter(claim=claim, field="priority").exists()


@pytest.mark.django_db
def test_rerun_after_a_match_writes_nothing_new():
    extract(FIRST)
    second = extract(SECOND)
    before = (Claim.objects.count(), Appearance.objects.count(), ClaimChange.objects.count())
    second.extraction_state = "pending"
    second.save(update_fields=["extraction_state"])
    again = article_extract(article_id=second.pk)
    assert again.claims_created == 0 and again.appearances_created == 0
    assert (
        Claim.objects.count(),
        Appearance.objects.count(),
        ClaimChange.objects.count(),
    ) == before


@pytest.mark.django_db
def test_between_thresholds_is_a_pending_suggestion_and_rejection_is_remembered(settings, editor):
    settings.MATCH_SAME_THRESHOLD = 0.999
    settings.MATCH_SUGGEST_THRESHOLD = 0.3
    extract(FIRST)
    second = extract(SECOND)
    assert doctors_claims().count() == 2
    suggestion = DuplicateSuggestion.objects.get()
    assert suggestion.status == SuggestionStatus.PENDING
    assert 0.3 <= suggestion.score < 0.999
    assert suggestion.claim.appearances.get().article_id == second.pk
    suggestion_reject(suggestion_id=suggestion.pk, actor=editor)

    article_reextract(article_id=second.pk, actor=editor)
    article_extract(article_id=second.pk)
    # A third article with the rejected wording lands on its own claim, not on a new
    # suggestion to the claim the reviewer said is different.
    extract(SECOND.replace("jeudi", "vendredi"))
    assert DuplicateSuggestion.objects.count() == 1
    assert DuplicateSuggestion.objects.get().status == SuggestionStatus.REJECTED
    assert doctors_claims().count() == 2


@pytest.mark.django_db
def test_published_claim_reappearing_is_not_requeued_and_is_logged():
    extract(FIRST)
    claim = doctors_claims().get()
    Claim.objects.filter(pk=claim.pk).update(status="published", verdict="false")
    second = extract(SECOND)
    claim.refresh_from_db()
    assert claim.status == "published" and claim.verdict == "false"
    assert doctors_claims().count() == 1
    assert second.pk in set(claim.appearances.values_list("article_id", flat=True))
    change = ClaimChange.objects.get(claim=claim, field="appearance")
    assert change.reason == "appeared again after publication"
    assert (
        not ClaimChange.objects.filter(claim=claim, field="status")
        .exclude(reason__startswith="check-worthiness")
        .exists()
    )


@pytest.mark.django_db
def test_seed_article_repeats_become_one_claim_each_with_two_appearances():
    article = split_date_header(SEED.read_text(encoding="utf-8"))
    extract(article.body)
    losing = Claim.objects.get(normalized="la russie perdait sur le champ de bataille")
    spans = {a.sentence for a in losing.appearances.all()}
    assert losing.appearances.count() == 2
    assert any("en train de perdre" in s for s in spans)
    posture = Claim.objects.get(normalized__contains="aucun changement dans la position")
    assert posture.appearances.count() == 2
    assert any("posture" in a.sentence for a in posture.appearances.all())
    striking = Claim.objects.get(normalized__startswith="la russie frappait")
    assert striking.pk != losing.pk and striking.appearances.count() == 1
