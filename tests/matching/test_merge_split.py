"""Editors merging claims and splitting appearances; reviewers deciding suggestions."""

from __future__ import annotations

import pytest

from claims.models import Appearance, Claim, ClaimChange
from core.errors import DomainError, PermissionDenied
from matching.models import DuplicateSuggestion, MatchedAppearance, SuggestionStatus
from matching.services import appearance_split, claim_merge, suggestion_confirm
from sources.models import Evidence
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    ClaimChangeFactory,
    ClaimFactory,
    EvidenceFactory,
)


@pytest.mark.django_db
def test_merge_moves_appearances_evidence_and_history(editor):
    survivor, duplicate = ClaimFactory(), ClaimFactory()
    AppearanceFactory(claim=survivor)
    moved = AppearanceFactory(claim=duplicate)
    evidence = EvidenceFactory(claim=duplicate)
    change = ClaimChangeFactory(claim=duplicate)
    claim_merge(survivor_id=survivor.pk, duplicate_id=duplicate.pk, actor=editor)
    duplicate.refresh_from_db()
    assert Appearance.objects.get(pk=moved.pk).claim_id == survivor.pk
    assert Evidence.objects.get(pk=evidence.pk).claim_id == survivor.pk
    assert ClaimChange.objects.get(pk=change.pk).claim_id == survivor.pk
    assert duplicate.status == "dismissed" and duplicate.canonical_id == survivor.pk
    assert duplicate.dismissal_reason == "duplicate" and duplicate.appearances.count() == 0
    assert ClaimChange.objects.filter(claim=survivor, field="merged", actor=editor).exists()
    assert ClaimChange.objects.filter(claim=survivor, field="priority").exists()


@pytest.mark.django_db
def test_merge_refusals(editor, reviewer):
    a, b = ClaimFactory(), ClaimFactory()
    with pytest.raises(DomainError, match="into itself"):
        claim_merge(survivor_id=a.pk, duplicate_id=a.pk, actor=editor)
    claim_merge(survivor_id=a.pk, duplicate_id=b.pk, actor=editor)
    with pytest.raises(DomainError, match="is a duplicate of claim"):
        claim_merge(survivor_id=b.pk, duplicate_id=a.pk, actor=editor)
    with pytest.raises(DomainError, match="already merged"):
        claim_merge(survivor_id=a.pk, duplicate_id=b.pk, actor=editor)
    with pytest.raises(PermissionDenied):
        claim_merge(survivor_id=a.pk, duplicate_id=ClaimFactory().pk, actor=reviewer)


@pytest.mark.django_db
def test_split_gives_the_appearance_its_own_claim_and_remembers(editor):
    claim = ClaimFactory(statement="la Russie perdait sur le champ de bataille")
    AppearanceFactory(claim=claim)
    article = ArticleFactory(text="La Russie est en train de perdre sur le champ de bataille.")
    other = AppearanceFactory(claim=claim, article=article, start=0, end=57)
    MatchedAppearance.objects.create(
        appearance=other,
        statement="La Russie est en train de perdre sur le champ de bataille",
        normalized="la russie est en train de perdre sur le champ de bataille",
        score=0.8,
    )
    new = appearance_split(appearance_id=other.pk, actor=editor)
    assert new.pk != claim.pk
    assert new.statement == "La Russie est en train de perdre sur le champ de bataille"
    assert list(new.appearances.values_list("pk", flat=True)) == [other.pk]
    assert claim.appearances.count() == 1
    rejected = DuplicateSuggestion.objects.get()
    assert rejected.status == SuggestionStatus.REJECTED and rejected.decided_by == editor
    with pytest.raises(DomainError, match="only appearance"):
        appearance_split(appearance_id=other.pk, actor=editor)


@pytest.mark.django_db
def test_confirming_a_suggestion_merges_the_claim_into_its_original(reviewer):
    original, copy = ClaimFactory(), ClaimFactory()
    appearance = AppearanceFactory(claim=copy)
    suggestion = DuplicateSuggestion.objects.create(claim=copy, candidate=original, score=0.6)
    decided = suggestion_confirm(suggestion_id=suggestion.pk, actor=reviewer)
    assert decided.status == SuggestionStatus.CONFIRMED and decided.decided_at is not None
    assert Appearance.objects.get(pk=appearance.pk).claim_id == original.pk
    assert Claim.objects.get(pk=copy.pk).canonical_id == original.pk
    with pytest.raises(DomainError, match="already confirmed"):
        suggestion_confirm(suggestion_id=suggestion.pk, actor=reviewer)


@pytest.mark.django_db
def test_suggestion_constraints_hold_in_the_database():
    from django.db import IntegrityError, transaction

    a, b = ClaimFactory(), ClaimFactory()
    DuplicateSuggestion.objects.create(claim=a, candidate=b, score=0.6)
    for kwargs in (
        {"claim": b, "candidate": a, "score": 0.6},  # same pair, other way round
        {"claim": a, "candidate": a, "score": 0.6},
        {"claim": a, "candidate": ClaimFactory(), "score": 1.5},
        {"claim": a, "candidate": ClaimFactory(), "score": 0.6, "status": "rejected"},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            DuplicateSuggestion.objects.create(**kwargs)
