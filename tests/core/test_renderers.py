"""core.renderers.JSONRenderer writes what DRF's JSONRenderer writes."""

from __future__ import annotations

import datetime as dt
import decimal
import json

from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer as DRFRenderer

from core.renderers import JSONRenderer

DATA = {
    "text": "Le chômage « baisse »\u2028et\u2029 ça",
    "number": 3,
    "float": 0.1,
    "none": None,
    "flag": True,
    "nested": [{"a": [1, 2]}, []],
    "utc": dt.datetime(2026, 11, 24, 23, 40, 22, 123456, tzinfo=dt.UTC),
    "paris": dt.datetime(2026, 7, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    "date": dt.date(2026, 11, 24),
    "lazy": gettext_lazy("Claim"),
    "decimal": decimal.Decimal("1.50"),
    "set": {"x"},
}


def test_same_bytes_as_drf():
    assert JSONRenderer().render(DATA) == DRFRenderer().render(DATA)


def test_line_separators_are_escaped_for_javascript():
    body = JSONRenderer().render({"t": "a\u2028b"})
    assert b"\\u2028" in body and json.loads(body) == {"t": "a\u2028b"}


def test_indent_and_empty_bodies_follow_drf():
    indented = JSONRenderer().render({"a": 1}, "application/json; indent=2")
    assert indented == DRFRenderer().render({"a": 1}, "application/json; indent=2")
    assert JSONRenderer().render(None) == b""
