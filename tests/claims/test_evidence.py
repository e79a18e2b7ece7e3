"""Evidence services: correcting and removing evidence are checked like adding it, and each
leaves one history row saying what it was."""

from __future__ import annotations

import pytest

from claims.models import ClaimChange, ClaimStatus
from claims.services.evidence import (
    EvidenceInput,
    claim_change_evidence,
    claim_remove_evidence,
)
from core.errors import DomainError, NotFound, PermissionDenied
from sources.models import Evidence
from tests.factories import ArticleFactory, EvidenceFactory

pytestmark = pytest.mark.django_db
S = ClaimStatus
LINK = "https://www.insee.fr/fr/statistiques"


@pytest.fixture
def held_evidence(make_claim, reviewer):
    return EvidenceFactory(claim=make_claim(S.IN_REVIEW, holder=reviewer), url=LINK)


def change(evidence: Evidence, actor, **fields):
    given = {"stance": evidence.stance, "url": evidence.url, "article": evidence.article}
    return claim_change_evidence(
        evidence_id=evidence.pk, actor=actor, given=EvidenceInput(**(given | fields))
    )


def test_a_correction_records_only_the_fields_it_changed(held_evidence, reviewer):
    article = ArticleFactory()
    change(held_evidence, reviewer, article=article, excerpt="  stable  ", url=LINK + "/2%")
    held_evidence.refresh_from_db()
    assert (held_evidence.article, held_evidence.excerpt) == (article, "stable")
    assert held_evidence.url == LINK + "/2%25"  # a lone % escaped, as when added
    row = ClaimChange.objects.get(field="evidence")
    assert row.actor == reviewer and row.claim_id == held_evidence.claim_id
    assert row.before == {"id": held_evidence.pk, "url": LINK, "article": None, "excerpt": ""}
    assert row.after == {
        "id": held_evidence.pk,
        "url": LINK + "/2%25",
        "article": article.pk,
        "excerpt": "stable",
    }


def test_a_correction_that_changes_nothing_writes_nothing(held_evidence, reviewer):
    change(held_evidence, reviewer, excerpt=" ")
    assert not ClaimChange.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"stance": "maybe"}, "Choose a stance"),
        ({"url": "", "article": None}, "needs a URL or an article"),
        ({"url": "http://localhost/admin"}, "public address"),
    ],
)
def test_a_correction_is_validated_like_an_addition(held_evidence, reviewer, fields, message):
    with pytest.raises(DomainError, match=message):
        change(held_evidence, reviewer, **fields)
    held_evidence.refresh_from_db()
    assert held_evidence.url == LINK and not ClaimChange.objects.exists()


def test_only_the_holder_or_an_editor_corrects_evidence(held_evidence, other_reviewer, editor):
    with pytest.raises(PermissionDenied):
        change(held_evidence, other_reviewer, stance="supports")
    change(held_evidence, editor, stance="supports")
    assert ClaimChange.objects.get().actor == editor


def test_removal_keeps_what_the_evidence_was(held_evidence, reviewer, editor):
    with pytest.raises(PermissionDenied, match="Only an editor"):
        claim_remove_evidence(evidence_id=held_evidence.pk, actor=reviewer)
    claim_remove_evidence(evidence_id=held_evidence.pk, actor=editor)
    assert not Evidence.objects.exists()
    row = ClaimChange.objects.get()
    assert (row.field, row.actor, row.after) == ("evidence", editor, None)
    assert row.before == {
        "id": held_evidence.pk,
        "stance": "refutes",
        "url": LINK,
        "article": None,
        "excerpt": "",
    }
    with pytest.raises(NotFound):
        claim_remove_evidence(evidence_id=held_evidence.pk, actor=editor)
