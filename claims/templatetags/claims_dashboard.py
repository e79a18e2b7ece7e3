"""The dashboard on the admin index: server-drawn SVG bar charts, no JavaScript."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

from claims import permissions
from claims.selectors import (
    dashboard_claims_by_status,
    dashboard_published_per_week,
    dashboard_queue_age,
    dashboard_reviewer_load,
)

register = template.Library()

LABEL_WIDTH = 150
BAR_AREA = 260
BAR_HEIGHT = 18
GAP = 6


def bar_chart(title: str, rows: list[tuple[str, int]], *, empty: str = "") -> dict[str, Any]:
    """Geometry for a horizontal bar chart; the template only places the shapes."""
    top = max((value for _label, value in rows), default=0)
    bars = []
    for i, (label, value) in enumerate(rows):
        y = i * (BAR_HEIGHT + GAP)
        width = round(BAR_AREA * value / top) if top else 0
        bars.append(
            {
                "label": label,
                "value": value,
                "y": y,
                "text_y": y + BAR_HEIGHT - 5,
                "width": width,
                "value_x": LABEL_WIDTH + width + 4,
            }
        )
    return {
        "title": title,
        "bars": bars,
        "height": max(len(rows) * (BAR_HEIGHT + GAP), BAR_HEIGHT),
        "width": LABEL_WIDTH + BAR_AREA + 40,
        "label_width": LABEL_WIDTH,
        "label_x": LABEL_WIDTH - 6,
        "bar_height": BAR_HEIGHT,
        "empty": empty if not rows or top == 0 else "",
    }


@register.inclusion_tag("admin/claims/dashboard.html", takes_context=True)
def claims_dashboard(context: dict[str, Any]) -> dict[str, Any]:
    user = context["request"].user
    if not permissions.can_view(user):
        return {"show": False}
    weeks = dashboard_published_per_week()
    load = dashboard_reviewer_load()
    return {
        "show": True,
        "can_take": permissions.can_take(user),
        "charts": [
            bar_chart(
                _("Claims by status"),
                [(label, n) for _value, label, n in dashboard_claims_by_status()],
                empty=_("No claims yet."),
            ),
            bar_chart(
                _("Verdicts published per week"),
                [(formats.date_format(monday, "SHORT_DATE_FORMAT"), n) for monday, n in weeks],
                empty=_("Nothing published in these weeks."),
            ),
            bar_chart(
                _("Queue age (claims waiting)"),
                dashboard_queue_age(),
                empty=_("The queue is empty."),
            ),
            bar_chart(
                _("Claims in review per reviewer"),
                [(username, in_review) for username, in_review, _awaiting in load],
                empty=_("Nobody holds a claim."),
            ),
        ],
    }
