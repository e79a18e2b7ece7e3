"""The database itself refuses rows that break the model's rules, whatever code writes them."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from claims.models import Claim
from sources.models import Article, Evidence
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    ClaimFactory,
    EvidenceFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def refused(build) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        build()


def test_appearance_span_must_be_ordered():
    refused(lambda: AppearanceFactory(start=10, end=10))
    refused(lambda: AppearanceFactory(start=12, end=3))


def test_appearance_same_span_of_same_claim_is_unique():
    first = AppearanceFactory(start=0, end=5)
    refused(lambda: AppearanceFactory(claim=first.claim, article=first.article, start=0, end=5))


@pytest.mark.parametrize("score", [-0.01, 1.01, 7.0])
def test_check_worthiness_stays_in_0_1(score):
    refused(lambda: ClaimFactory(check_worthiness=score))


def test_unknown_status_verdict_and_kind_are_refused():
    refused(lambda: ClaimFactory(status="approved"))
    refused(lambda: ClaimFactory(verdict="pants_on_fire"))
    refused(lambda: ClaimFactory(kind="rumour"))


def test_published_claim_needs_a_verdict():
    refused(lambda: ClaimFactory(status=Claim.Status.PUBLISHED, verdict=""))
    assert ClaimFactory(status=Claim.Status.PUBLISHED, verdict=Claim.Verdict.FALSE).pk


def test_lease_needs_an_assignee():
    from django.utils import timezone

    refused(lambda: ClaimFactory(lease_expires_at=timezone.now()))
    assert ClaimFactory(lease_expires_at=timezone.now(), assignee=UserFactory()).pk


def test_claim_cannot_be_its_own_canonical():
    claim = ClaimFactory()
    claim.canonical_id = claim.pk
    refused(lambda: claim.save())


def test_article_content_hash_and_url_are_unique():
    first = ArticleFactory(url="https://example.org/a")
    refused(lambda: ArticleFactory(text=first.text))
    refused(lambda: ArticleFactory(url="https://example.org/a"))
    # Many articles may have no URL at all.
    assert ArticleFactory(url=None).pk and ArticleFactory(url=None).pk


def test_article_date_and_precision_go_together():
    import datetime as dt

    refused(lambda: ArticleFactory(published_on=dt.date(2022, 10, 1), published_precision=""))
    refused(lambda: ArticleFactory(published_on=None, published_precision="month"))
    refused(lambda: ArticleFactory(published_on=dt.date(2022, 10, 1), published_precision="week"))


def test_article_state_and_text_are_checked():
    refused(lambda: ArticleFactory(extraction_state="lost"))
    refused(lambda: ArticleFactory(text=""))
    refused(lambda: ArticleFactory(content_hash="not-a-hash"))


def test_evidence_needs_url_or_article_and_known_stance():
    refused(lambda: EvidenceFactory(url="", article=None))
    refused(lambda: EvidenceFactory(stance="agrees"))
    assert EvidenceFactory(url="", article=ArticleFactory()).stance == Evidence.Stance.REFUTES


def test_source_with_articles_cannot_be_deleted():
    from django.db.models import ProtectedError

    source = SourceFactory()
    ArticleFactory(source=source)
    with pytest.raises(ProtectedError):
        source.delete()


def test_article_with_appearances_cannot_be_deleted():
    from django.db.models import ProtectedError

    appearance = AppearanceFactory()
    with pytest.raises(ProtectedError):
        Article.objects.get(pk=appearance.article_id).delete()
