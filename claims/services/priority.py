"""Review priority: what a desk should check first."""

from __future__ import annotations

import datetime as dt
import math

from django.utils import timezone

# Weights sum to 1 so the priority stays in 0..1 and reads like a score.
WORTHINESS_WEIGHT = 0.6
RECENCY_WEIGHT = 0.25
SPREAD_WEIGHT = 0.15
# A claim from an article a fortnight old is half as urgent as one from today.
RECENCY_HALF_LIFE_DAYS = 14.0
# Past five appearances a claim is "everywhere"; more does not make it more urgent.
SPREAD_SATURATION = 5


def claim_priority(
    *,
    check_worthiness: float,
    published_on: dt.date | None,
    appearances: int,
    today: dt.date | None = None,
) -> float:
    today = today or timezone.localdate()
    if published_on is None:
        recency = 0.5  # unknown date: neither fresh nor stale
    else:
        age_days = max((today - published_on).days, 0)
        recency = math.pow(0.5, age_days / RECENCY_HALF_LIFE_DAYS)
    spread = min(max(appearances, 1), SPREAD_SATURATION) / SPREAD_SATURATION
    score = WORTHINESS_WEIGHT * check_worthiness + RECENCY_WEIGHT * recency + SPREAD_WEIGHT * spread
    return round(min(max(score, 0.0), 1.0), 6)
