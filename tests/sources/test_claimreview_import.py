"""Importing other outlets' ClaimReview JSON-LD in the shapes they publish it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from claims.claimreview_import import (
    claimreview_import_inputs,
    items_from_text,
    parse_review,
    verdict_from_rating,
)
from claims.models import Claim, ClaimChange
from core.errors import DomainError
from sources.models import Evidence, Source

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "claimreviews"


def run(*targets: str) -> list:
    return list(claimreview_import_inputs(targets=list(targets)))


@pytest.mark.parametrize(
    ("rating", "verdict"),
    [
        ({"alternateName": "Faux"}, "false"),
        ({"alternateName": "Trompeur"}, "misleading"),
        ({"alternateName": "Vrai"}, "true"),
        ({"alternateName": "Plutôt vrai"}, "mostly_true"),
        ({"alternateName": "PLUTOT FAUX"}, "mostly_false"),
        ({"alternateName": "False"}, "false"),
        ({"alternateName": "Misleading"}, "misleading"),
        ({"alternateName": "Half True"}, "mixed"),
        ({"alternateName": "Pants on Fire!"}, "false"),
        ({"alternateName": "Mostly True"}, "mostly_true"),
        ({"alternateName": "Unproven"}, "unverifiable"),
        ({"alternateName": "Invérifiable"}, "unverifiable"),
        ({"alternateName": "Missing context"}, "misleading"),
        ({"ratingValue": "1", "bestRating": "5", "worstRating": "1"}, "false"),
        ({"ratingValue": 2}, "mostly_false"),
        ({"ratingValue": 3, "bestRating": 5, "worstRating": 1}, "mixed"),
        ({"ratingValue": 4}, "mostly_true"),
        ({"ratingValue": "5"}, "true"),
        ({"ratingValue": 9, "bestRating": 10, "worstRating": 0}, "true"),
        ({"ratingValue": 1, "bestRating": 1, "worstRating": 5}, "true"),  # reversed scale
        ({"alternateName": "Some local wording", "ratingValue": 1}, "false"),
    ],
)
def test_verdict_mapping(rating, verdict):
    assert verdict_from_rating(rating) == verdict


@pytest.mark.parametrize(
    ("rating", "message"),
    [
        ({"alternateName": "Bof"}, "Unknown rating 'Bof'"),
        ({}, "neither alternateName nor ratingValue"),
        ({"ratingValue": "high"}, "not numbers"),
        ({"ratingValue": 7, "bestRating": 5, "worstRating": 1}, "not within"),
        (None, "missing"),
    ],
)
def test_unmappable_ratings_say_why(rating, message):
    with pytest.raises(DomainError, match=message):
        verdict_from_rating(rating)


def test_shapes_single_graph_list_and_html_are_all_found():
    found = {
        name: [i for i in items_from_text((SAMPLES / name).read_text(), origin=name) if i.data]
        for name in ("single.json", "graph.jsonld", "list.json", "embedded.html")
    }
    assert {name: len(items) for name, items in found.items()} == {
        "single.json": 1,
        "graph.jsonld": 2,  # the WebPage node is not a review
        "list.json": 7,
        "embedded.html": 1,  # the breadcrumb and the broken block are not reviews
    }


def test_import_everything_with_per_item_errors():
    outcomes = run(str(SAMPLES))
    by_status = {s: [o for o in outcomes if o.status == s] for s in ("new", "known", "failed")}
    assert len(by_status["new"]) == 7
    assert len(by_status["failed"]) == 4
    errors = " | ".join(o.error for o in by_status["failed"])
    for expected in ("no claimReviewed", "Unknown rating 'Bof'", "no url", "'hier' is not"):
        assert expected in errors
    assert Claim.objects.filter(status=Claim.Status.PUBLISHED).count() == 7


def test_imported_claim_has_verdict_speaker_outlet_evidence_and_history():
    run(str(SAMPLES / "single.json"))
    claim = Claim.objects.get()
    assert claim.status == Claim.Status.PUBLISHED and claim.verdict == "mostly_true"
    assert claim.speaker == "Jens Stoltenberg" and claim.language == "fr"
    assert timezone.localdate(claim.published_at).isoformat() == "2023-03-20"
    outlet = Source.objects.get(name="Factuel")
    assert outlet.kind == Source.Kind.FACT_CHECKER and outlet.domain == "factuel.example"
    evidence = Evidence.objects.get(claim=claim)
    assert evidence.url == "https://factuel.example/fr/2023/03/otan-baltique"
    assert evidence.stance == Evidence.Stance.SUPPORTS
    fields = list(ClaimChange.objects.filter(claim=claim).values_list("field", flat=True))
    assert fields == ["created", "claimreview_url", "status", "verdict"]


@pytest.mark.parametrize(
    ("review_url", "verdict", "stance", "speaker"),
    [
        ("https://checker.example/fact-check/jobs", "false", "refutes", "Senator Jane Roe"),
        ("https://checker.example/fact-check/tax", "mixed", "context", "Treasury Department"),
        ("https://verif.example/trompeur-chomage", "misleading", "refutes", "Un ministre"),
        ("https://verif.example/note-seule", "false", "refutes", ""),
        (
            "https://truthdesk.example/checks/inflation-record",
            "true",
            "supports",
            "Economist Alan Lee",
        ),
    ],
)
def test_each_shape_maps_verdict_stance_and_speaker(review_url, verdict, stance, speaker):
    run(str(SAMPLES))
    evidence = Evidence.objects.select_related("claim").get(url=review_url)
    assert (evidence.claim.verdict, evidence.stance, evidence.claim.speaker) == (
        verdict,
        stance,
        speaker,
    )


def test_importing_twice_changes_nothing():
    run(str(SAMPLES))
    counts = (Claim.objects.count(), Evidence.objects.count(), ClaimChange.objects.count())
    again = run(str(SAMPLES))
    assert {o.status for o in again} == {"known", "failed"}
    assert (Claim.objects.count(), Evidence.objects.count(), ClaimChange.objects.count()) == counts
    assert Source.objects.filter(name="Vérif'").count() == 1


def test_review_url_variants_are_one_import():
    data = json.loads((SAMPLES / "single.json").read_text())
    data["url"] += "?utm_source=newsletter#top"
    first = parse_review(json.loads((SAMPLES / "single.json").read_text()))
    assert parse_review(data).review_url == first.review_url


def test_page_over_http_with_embedded_json_ld(local_fetching):
    outcomes = run(f"{local_fetching}/claimreview.html")
    assert [o.status for o in outcomes] == ["new"]
    assert Claim.objects.get().verdict == "true"


def test_unreachable_page_is_a_failed_item(local_fetching):
    [outcome] = run(f"{local_fetching}/missing")
    assert outcome.status == "failed" and "HTTP 404" in outcome.error


def test_command_reports_counts_and_errors_and_fails_when_some_failed():
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="4 of 11 reviews failed"):
        call_command("import_claimreviews", str(SAMPLES), stdout=out, stderr=err)
    assert "7 new, 0 already known, 4 failed" in out.getvalue()
    assert err.getvalue().count("error: ") == 4
    out = io.StringIO()
    call_command("import_claimreviews", str(SAMPLES / "graph.jsonld"), stdout=out)
    assert "0 new, 2 already known, 0 failed" in out.getvalue()
