"""CompiledValues (core.compiled) returns what `.values()` returns, for any value."""

from __future__ import annotations

import pytest
from django.db import connection

from claims import selectors
from claims.models import Claim
from core.compiled import MAX_SHAPES, CompiledShapes, CompiledValues
from tests.factories import AppearanceFactory, ClaimFactory

pytestmark = pytest.mark.django_db

LOOKUPS = ("id", "statement", "quantities", "assignee__username", "created_at", "appearance_count")


def _build(pk):
    return selectors.claim_list().filter(pk=pk).values(*LOOKUPS)


def test_rows_match_the_queryset_for_each_value_and_compile_once():
    claims = [
        ClaimFactory(statement="Le chômage a baissé de 2 %", quantities=[{"value": 2}]),
        ClaimFactory(statement="Unemployment fell", quantities=[]),
    ]
    AppearanceFactory(claim=claims[0])
    compiled = CompiledValues(_build)
    sizes = []
    for claim in claims:
        # JSON decoded, datetimes aware, the count annotation named: all as .values() gives.
        assert compiled.rows(claim.pk) == list(_build(claim.pk))
        sizes.append(len(connection._compiled_values))
    assert compiled.rows(10**12) == []
    # The SQL was built once for this connection and reused with the next values.
    assert sizes[0] == sizes[1] == len(connection._compiled_values)


def test_statement_is_the_same_text_on_every_call():
    from django.test.utils import CaptureQueriesContext

    first, second = ClaimFactory(), ClaimFactory()
    compiled = CompiledValues(_build)
    with CaptureQueriesContext(connection) as captured:
        compiled.rows(first.pk)
        compiled.rows(second.pk)
    sql = [q["sql"] for q in captured.captured_queries]
    assert len(sql) == 2 and str(first.pk) in sql[0] and str(second.pk) in sql[1]
    assert sql[0].replace(str(first.pk), "?") == sql[1].replace(str(second.pk), "?")


def test_a_builder_that_ignores_the_value_is_refused():
    compiled = CompiledValues(lambda _pk: Claim.objects.filter(pk=1).values("id"))
    with pytest.raises(ValueError, match="does not use the value"):
        compiled.rows(5)


def _filtered(shape, values):
    """A queryset whose SQL depends on its shape: which filters, how many statuses."""
    queryset = selectors.claim_list()
    if "statuses" in values:
        queryset = queryset.filter(status__in=values["statuses"])
    if "speaker" in values:
        queryset = queryset.filter(speaker__icontains=values["speaker"])
    if "since" in values:
        queryset = queryset.filter(created_at__gte=values["since"])
    if "worthiness" in values:
        queryset = queryset.filter(check_worthiness__gte=values["worthiness"])
    if "article" in values:  # a subquery's parameter
        queryset = queryset.filter(
            pk__in=Claim.objects.filter(appearances__article_id=values["article"]).values("pk")
        )
    if shape == "canonical":
        queryset = queryset.filter(canonical__isnull=True)
    return queryset.order_by("id").values(*LOOKUPS)


def test_shapes_give_what_the_queryset_gives_for_any_values():
    import datetime as dt

    from django.utils import timezone

    old = ClaimFactory(status="queued", speaker="100% Lopez_Ana", check_worthiness=0.9)
    Claim.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=3))
    queued = ClaimFactory(status="queued", speaker="Lopez", check_worthiness=0.4)
    ClaimFactory(status="new", speaker="Bob", canonical=queued)
    article = AppearanceFactory(claim=queued).article
    compiled = CompiledShapes(_filtered)
    cases = [
        (None, {"statuses": ["queued"]}),
        (None, {"statuses": ["new"]}),  # same shape, new value
        (None, {"statuses": ["queued", "new"]}),  # one more parameter: another shape
        (None, {"speaker": "lopez"}),
        (None, {"speaker": "100%"}),  # LIKE wildcards in the value are matched literally
        (None, {"speaker": "0% l"}),
        (None, {"speaker": "_"}),
        (None, {"since": timezone.now() - dt.timedelta(days=1)}),
        (None, {"worthiness": 0.5, "statuses": ["queued"]}),
        (None, {"article": article.pk}),
        (None, {"article": 10**15}),
        ("canonical", {"statuses": ["new", "queued"]}),
    ]
    for shape, values in cases:
        assert compiled.rows(shape, values) == list(_filtered(shape, values)), (shape, values)
    assert [r["id"] for r in compiled.rows(None, {"speaker": "100%"})] == [old.pk]
    assert (
        compiled.rows(None, {"speaker": "_"}) != []
        and len(compiled.rows(None, {"speaker": "0% l"})) == 1
    )


def test_one_compilation_per_shape():
    from django.test.utils import CaptureQueriesContext

    ClaimFactory(status="queued")
    compiled = CompiledShapes(_filtered)
    before = len(getattr(connection, "_compiled_values", {}))
    with CaptureQueriesContext(connection) as captured:
        compiled.rows(None, {"statuses": ["queued"]})
        compiled.rows(None, {"statuses": ["new"]})
        compiled.rows(None, {"statuses": ["new", "queued"]})
        compiled.rows("canonical", {"statuses": ["new"]})
    assert len(connection._compiled_values) - before == 3
    statements = [q["sql"] for q in captured.captured_queries]
    assert statements[0].replace("'queued'", "'new'") == statements[1]


def test_a_value_the_queryset_changes_is_refused_with_its_name():
    def suffixed(_shape, values):
        return Claim.objects.filter(speaker=values["speaker"] + " (AFP)").values("id")

    with pytest.raises(ValueError, match="speaker"):
        CompiledShapes(suffixed).rows(None, {"speaker": "bob"})


def test_booleans_and_objects_must_be_shape_not_values():
    compiled = CompiledShapes(_filtered)
    with pytest.raises(TypeError, match="shape"):
        compiled.rows(None, {"canonical": True})
    with pytest.raises(TypeError, match="ids, not objects"):
        compiled.rows(None, {"article": object()})


def test_the_cache_of_shapes_is_bounded():
    compiled = CompiledShapes(_filtered)
    for size in range(1, MAX_SHAPES + 20):
        compiled.rows(None, {"statuses": ["queued"] * (size % 40 + 1), "worthiness": 0.1 * size})
        compiled.rows(str(size), {})
    assert len(connection._compiled_values) <= MAX_SHAPES
