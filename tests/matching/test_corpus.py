from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from claims.models import Appearance, Claim
from sources.models import Article


@pytest.mark.django_db
def test_generate_corpus_writes_claims_articles_and_appearances(capsys):
    call_command("generate_corpus", "--claims", "500", "--seed", "3")
    assert Claim.objects.count() == 500
    assert Appearance.objects.count() >= 500
    assert Article.objects.count() >= 100
    assert set(Claim.objects.values_list("language", flat=True)) == {"fr", "en"}
    assert {"queued", "published"} <= set(Claim.objects.values_list("status", flat=True))
    assert not Claim.objects.filter(status="published", verdict="").exists()
    appearance = Appearance.objects.select_related("article", "claim").first()
    assert appearance.article.text[appearance.start : appearance.end] == appearance.claim.statement
    assert "500 claims" in capsys.readouterr().out


@pytest.mark.django_db
@pytest.mark.parametrize("n", ["0", "-5", "5000001"])
def test_generate_corpus_rejects_bad_sizes(n):
    with pytest.raises(CommandError, match="from 1 to 5,000,000"):
        call_command("generate_corpus", "--claims", n)
    assert Claim.objects.count() == 0


@pytest.mark.django_db
def test_generated_claims_have_distinct_creation_times_growing_with_ids():
    # One timestamp per batch made cursor pages of the list offsets into thousands of ties.
    call_command("generate_corpus", "--claims", "300", "--seed", "5")
    times = list(Claim.objects.order_by("id").values_list("created_at", flat=True))
    assert len(set(times)) == len(times) == 300
    assert times == sorted(times)
    article = Article.objects.order_by("id").first()
    first_claim = Claim.objects.filter(appearances__article=article).order_by("id").first()
    assert article.created_at < first_claim.created_at
    from django.utils import timezone

    assert times[-1] <= timezone.now()
