"""CompiledValues (core.compiled) returns what `.values()` returns, for any value."""

from __future__ import annotations

import pytest
from django.db import connection

from claims import selectors
from claims.models import Claim
from core.compiled import CompiledValues
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
    entries = []
    for claim in claims:
        # JSON decoded, datetimes aware, the count annotation named: all as .values() gives.
        assert compiled.rows(claim.pk) == list(_build(claim.pk))
        entries.append(connection._compiled_values[compiled])
    assert compiled.rows(10**12) == []
    # The SQL was built once for this connection and reused with the next value.
    assert entries[0] is entries[1] is connection._compiled_values[compiled]


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
