"""Role users and claims in any workflow status."""

from __future__ import annotations

import pytest
from django.utils import timezone, translation

from claims.models import Claim, ClaimStatus
from tests.factories import ClaimFactory, user_in_group

S = ClaimStatus


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in English; a request made in French (LocaleMiddleware
    activates the language for the thread and leaves it) must not leak into later tests."""
    with translation.override("en"):
        yield
    translation.activate("en")


@pytest.fixture
def make_claim(db):
    """A claim in `status` with the fields that status implies."""

    def make(status: str = S.QUEUED, *, holder=None, **kwargs) -> Claim:
        now = timezone.now()
        fields: dict = {"status": status}
        if status != S.NEW:
            fields["queued_at"] = now
        if status == S.IN_REVIEW:
            holder = holder or user_in_group("reviewer")
            fields |= {"assignee": holder, "lease_expires_at": now + timezone.timedelta(hours=1)}
        if status in (S.AWAITING_APPROVAL, S.PUBLISHED):
            fields |= {"verdict": Claim.Verdict.FALSE, "assignee": holder}
        if status == S.PUBLISHED:
            fields["published_at"] = now
        if status == S.DISMISSED:
            fields["dismissal_reason"] = "not_a_claim"
        return ClaimFactory(**(fields | kwargs))

    return make
