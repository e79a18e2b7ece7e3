"""The fast row path (core.rows) gives exactly what DRF gives from model instances."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone
from rest_framework import serializers

from claims import selectors
from claims.api.detail import claim_detail_row
from claims.api.serializers import (
    AppearanceSerializer,
    ChangeSerializer,
    ClaimDetailSerializer,
    ClaimSearchSerializer,
    ClaimSerializer,
    EvidenceSerializer,
)
from claims.models import Claim, ClaimStatus
from core.renderers import JSONRenderer
from core.rows import FastRowsMixin
from tests.factories import (
    AppearanceFactory,
    ClaimChangeFactory,
    ClaimFactory,
    EvidenceFactory,
    user_in_group,
)

pytestmark = pytest.mark.django_db


def _json(data) -> object:
    """Both paths rendered as the API renders them, then parsed: types and text compared."""
    return json.loads(JSONRenderer().render(data))


@pytest.fixture
def varied_claims():
    """Claims covering what the fields can hold: nulls, a holder, a canonical claim, UTC and
    summer/winter local times, a verdict, quantities, non-ASCII text, several appearances."""
    holder = user_in_group("reviewer", username="hélène")
    canonical = ClaimFactory(statement="L’inflation a atteint 5,2 % en 2023")
    held = ClaimFactory(
        status=ClaimStatus.IN_REVIEW,
        assignee=holder,
        lease_expires_at=dt.datetime(2026, 7, 1, 12, 0, 0, 123456, tzinfo=dt.UTC),
        quantities=[{"value": 5.2, "unit": "%"}],
        priority=0.25,
    )
    duplicate = ClaimFactory(canonical=canonical, verdict="false", check_worthiness=1.0)
    for claim in (canonical, held):
        AppearanceFactory(claim=claim)
    AppearanceFactory(claim=held, start=3, end=12, is_quote=True, speaker_as_written="« Il »")
    EvidenceFactory(claim=held, added_by=holder, excerpt="Tableau 2\u2028ligne 3")
    EvidenceFactory(claim=held, url="", article=AppearanceFactory(claim=canonical).article)
    ClaimChangeFactory(claim=held, actor=holder, reason="vu")
    ClaimChangeFactory(claim=held, actor=None)
    Claim.objects.filter(pk=duplicate.pk).update(
        created_at=dt.datetime(2026, 1, 15, 8, 30, tzinfo=dt.UTC)
    )
    return [canonical, held, duplicate]


def test_list_rows_match_model_instances(varied_claims):
    ids = [c.pk for c in varied_claims]
    instances = list(selectors.claim_list().filter(pk__in=ids).order_by("id"))
    rows = list(
        selectors.claim_list()
        .filter(pk__in=ids)
        .order_by("id")
        .values(*ClaimSerializer.row_lookups())
    )
    fast = ClaimSerializer(rows, many=True).data
    assert all(isinstance(row, dict) for row in rows)
    assert _json(fast) == _json(ClaimSerializer(instances, many=True).data)
    assert [c["assignee"] for c in fast] == [None, "hélène", None]


@pytest.mark.parametrize("zone", ["Europe/Paris", "UTC", "America/Sao_Paulo"])
def test_detail_row_matches_model_instance_in_any_time_zone(varied_claims, zone):
    held = varied_claims[1]
    with timezone.override(zone):
        instance = selectors.claim_detail_queryset().get(pk=held.pk)
        slow = _json(ClaimDetailSerializer(instance).data)
        fast = _json(ClaimDetailSerializer(claim_detail_row(held.pk)).data)
    assert fast == slow
    assert len(fast["appearances"]) == 2 and len(fast["evidence"]) == 2
    assert len(fast["history"]) == 2
    if zone == "UTC":
        assert fast["lease_expires_at"] == "2026-07-01T12:00:00.123456Z"
    if zone == "Europe/Paris":
        assert fast["lease_expires_at"].endswith("+02:00")  # summer time, as DRF writes it


def test_search_rows_match_model_instances(varied_claims):
    queryset = selectors.claim_search(selectors.claim_list(), "inflation")
    instances = list(queryset)
    rows = list(queryset.values(*ClaimSearchSerializer.row_lookups()))
    assert len(rows) == 1
    assert _json(ClaimSearchSerializer(rows, many=True).data) == _json(
        ClaimSearchSerializer(instances, many=True).data
    )


def test_row_lookups_name_only_columns():
    assert "etag" not in ClaimSerializer.row_lookups()  # a method, computed from the row
    assert "assignee__username" in ClaimSerializer.row_lookups()
    assert "appearances" not in ClaimDetailSerializer.row_lookups()  # rows of their own
    assert "article__source__name" in AppearanceSerializer.row_lookups()
    assert "added_by__username" in EvidenceSerializer.row_lookups()
    assert "actor__username" in ChangeSerializer.row_lookups()


def test_nested_serializers_must_use_the_fast_path_too():
    class Plain(serializers.Serializer):
        name = serializers.CharField()

    class Outer(FastRowsMixin, serializers.Serializer):
        items = Plain(many=True)

    with pytest.raises(TypeError, match="items"):
        Outer.row_lookups()
