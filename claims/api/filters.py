"""Query parameters of /api/v1/claims/."""

from __future__ import annotations

import enum

import django_filters as df
from django import forms
from django.db.models import Q
from django.forms.utils import ErrorList

from claims.models import Claim, ClaimKind, ClaimStatus, Verdict
from core.api import FilterSet, IntegerFilter
from core.languages import Language
from sources.models import Evidence


class FloatFilter(df.NumberFilter):
    """For float columns: the value reaches the SQL as the float the column compares with
    (django-filter's Decimal would be converted by the ORM, see core.compiled)."""

    field_class = forms.FloatField


class Unassigned(enum.Enum):
    """`?assignee=none`: it changes the SQL (IS NULL) rather than filling a parameter."""

    NONE = "none"


class AssigneeField(forms.CharField):
    """`me`, `none` or a user id; `me` is replaced by the caller's id in ClaimFilter."""

    def clean(self, value):
        value = super().clean(value)
        if value in self.empty_values:
            return None
        if value in ("me", "none"):
            return "me" if value == "me" else Unassigned.NONE
        if value.isdigit() and len(value) <= 18:
            return int(value)
        raise forms.ValidationError("Use a user id, `me` or `none`.", code="invalid")


class AssigneeFilter(df.CharFilter):
    field_class = AssigneeField


class ClaimFilter(FilterSet):
    # distinct=False: these are columns of the claim itself, so no row can repeat, and
    # django-filter's default SELECT DISTINCT made PostgreSQL sort every matching claim
    # (250,000 queued ones at a million claims) before it could cut a page.
    status = df.MultipleChoiceFilter(choices=ClaimStatus.choices, distinct=False)
    verdict = df.MultipleChoiceFilter(choices=Verdict.choices, distinct=False)
    language = df.ChoiceFilter(choices=Language.choices)
    kind = df.MultipleChoiceFilter(choices=ClaimKind.choices, distinct=False)
    speaker = df.CharFilter(field_name="speaker", lookup_expr="icontains", max_length=200)
    source = IntegerFilter(method="filter_source")
    article = IntegerFilter(method="filter_article")
    check_worthiness_min = FloatFilter(
        field_name="check_worthiness", lookup_expr="gte", min_value=0, max_value=1
    )
    check_worthiness_max = FloatFilter(
        field_name="check_worthiness", lookup_expr="lte", min_value=0, max_value=1
    )
    created_after = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = df.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")
    assignee = AssigneeFilter(
        method="filter_assignee", help_text="a user id, `me`, or `none` (unassigned)"
    )
    canonical_only = df.BooleanFilter(
        field_name="canonical",
        lookup_expr="isnull",
        help_text="only claims that are not duplicates",
    )

    class Meta:
        model = Claim
        fields: list[str] = []

    def filter_source(self, queryset, name, value):
        # EXISTS, not a join: a claim in two articles of one source must appear once.
        return queryset.filter(
            Q(pk__in=Claim.objects.filter(appearances__article__source_id=value).values("pk"))
        )

    def filter_article(self, queryset, name, value):
        return queryset.filter(
            pk__in=Claim.objects.filter(appearances__article_id=value).values("pk")
        )

    def _clean(self) -> None:
        super()._clean()
        if self._cleaned_data.get("assignee") == "me":
            # The caller's id, so that the SQL is the same as for `?assignee=<their id>`.
            user = getattr(self.request, "user", None)
            if user is None or not user.is_authenticated:
                self._errors["assignee"] = ErrorList(["Sign in to use `me`."])
            else:
                self._cleaned_data["assignee"] = user.pk

    def filter_assignee(self, queryset, name, value):
        if value is Unassigned.NONE:
            return queryset.filter(assignee__isnull=True)
        return queryset.filter(assignee_id=value)


class EvidenceFilter(FilterSet):
    claim = IntegerFilter(field_name="claim_id")
    stance = df.ChoiceFilter(choices=Evidence.Stance.choices)

    class Meta:
        model = Evidence
        fields: list[str] = []
