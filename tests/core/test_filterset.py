"""core.api.FilterSet validates like django-filter's Form, without building one per request,
and keeps each request's filtering to itself although the filters are shared."""

from __future__ import annotations

import pytest
from django.http import QueryDict
from django_filters.constants import EMPTY_VALUES
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from claims.api.filters import ClaimFilter
from claims.models import Claim
from tests.factories import ClaimFactory, user_in_group

pytestmark = pytest.mark.django_db

QUERIES = [
    "status=queued&status=published",
    "status=nonsense",
    "check_worthiness_min=2&check_worthiness_max=abc",
    "created_after=yesterday&created_before=2026-01-01T00:00:00Z",
    "source=1.5&article=-3&language=xx",
    "kind=statistic&speaker=Macron&canonical_only=true",
    "assignee=7&verdict=false&verdict=true",
]


def _request(query: str, user=None) -> Request:
    django_request = APIRequestFactory().get(f"/api/v1/claims/?{query}")
    request = Request(django_request)
    request.user = user
    return request


@pytest.mark.parametrize("query", QUERIES)
def test_same_errors_and_values_as_django_filters_form(query):
    data = QueryDict(query)
    filterset = ClaimFilter(data, queryset=Claim.objects.all())
    form = filterset.form  # the Form django-filter would have built, still available
    assert filterset.is_valid() == form.is_valid()
    assert filterset.errors.get_json_data() == form.errors.get_json_data()
    if form.is_valid():
        # Absent filters are left out (core.api.FilterSet._clean); every value that filters
        # something is the Form's.
        given = {k: v for k, v in form.cleaned_data.items() if v not in EMPTY_VALUES}
        assert {k: v for k, v in filterset._cleaned_data.items() if v not in EMPTY_VALUES} == given
        assert set(given) <= set(filterset._cleaned_data)


def test_method_filters_use_their_own_request_although_filters_are_shared():
    alice, bob = user_in_group("reviewer"), user_in_group("reviewer")
    mine_a, mine_b = ClaimFactory(assignee=alice), ClaimFactory(assignee=bob)
    first = ClaimFilter(QueryDict("assignee=me"), Claim.objects.all(), request=_request("", alice))
    second = ClaimFilter(QueryDict("assignee=me"), Claim.objects.all(), request=_request("", bob))
    # Built before either is evaluated, as two threads of one worker might.
    assert first.filters is second.filters
    assert [c.pk for c in second.qs] == [mine_b.pk]
    assert [c.pk for c in first.qs] == [mine_a.pk]
