"""Read-only serializers that shape `.values()` rows without DRF's per-field machinery.

A 50-claim page through DRF's ModelSerializer costs about 50 µs a row (get_attribute,
check_for_none and a to_representation call for each of 18 fields, after building the
fields for every new serializer), several times the SQL that fetched the page. Hot read
endpoints therefore fetch plain rows with `queryset.values(*Serializer.row_lookups())` and
hand the dicts to the same serializer: `FastRowsMixin.to_representation` then runs a
function generated once per class from a plan of the declared fields (one dict display,
see _generate_shaper), and `many=True` reads the time zone once per page. The serializer stays the one
declaration of the shape (and of the OpenAPI schema); model instances still go through
DRF's own path, and tests/core/test_rows.py checks that both paths give the same output.

Views do not call it: serializers of the claims API mix it in (claims.api.serializers)
and the list and detail hand them rows (claims.api.listing, claims.api.detail). What it
buys, by benchmarks/api.py (2026-12-04, 100,000 claims, a shared 2-core VM, three runs each
way taken in turns, medians, the ORM building queries per request in both): the list
through model instances and DRF's fields took p50 16.1 ms, 5.8x its SQL, against 8.6 ms
and 4.4x from plain rows and these shapers. The detail's gain was within that machine's
noise (a few child rows); it needs the shapers anyway, its compiled queries (core.compiled)
return rows, which DRF's fields cannot read through relations (`assignee.username`).

What a plan does per field:
- text, numbers, booleans, JSON and primary keys come out of PostgreSQL as the Python
  values DRF would return, so they are copied (None stays None, as in DRF);
- datetimes are put in the current time zone and written in ISO 8601, as DRF does;
- anything else goes through the field's own to_representation;
- SerializerMethodField methods get the row with attribute access;
- nested read-only serializers (`many=True`) take the list of child rows the selector put
  under the field's name, shaped by the child's own plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.utils import timezone
from rest_framework import ISO_8601, relations, serializers
from rest_framework.settings import api_settings

# Field classes whose to_representation returns database values unchanged.
_COPIED = (
    serializers.CharField,
    serializers.ChoiceField,
    serializers.IntegerField,
    serializers.FloatField,
    serializers.BooleanField,
    serializers.JSONField,
    serializers.ReadOnlyField,
    relations.PrimaryKeyRelatedField,
)


class RowView(dict):
    """A row whose columns read as attributes too, for SerializerMethodField methods."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _lookup(field: serializers.Field) -> str:
    """The `.values()` key of a field: its source with Django's `__` for relations."""
    return field.source.replace(".", "__")


def _copy(value: Any) -> Any:
    return value


def _iso_datetime(value: dt.datetime, zone: dt.tzinfo) -> str:
    """DRF's DateTimeField output (current time zone, ISO 8601, "Z" for UTC) for the aware
    datetimes PostgreSQL returns, without its per-value time zone lookups."""
    text = value.astimezone(zone).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


_COLUMN, _DATETIME, _METHOD, _NESTED = "column", "datetime", "method", "nested"
Step = tuple[str, str, Callable[[Any], Any], str]  # (output name, row key, convert, kind)


class FastRowsList(serializers.ListSerializer):
    """`many=True` for a FastRowsMixin serializer: a list of rows is shaped by the child's
    generated function, with the time zone read once for the whole page."""

    def to_representation(self, data: Any) -> Any:
        if isinstance(data, list) and all(isinstance(row, dict) for row in data):
            shape = type(self.child)._shaper()
            zone = timezone.get_current_timezone()
            return [shape(row, zone) for row in data]
        return super().to_representation(data)


class FastRowsMixin:
    """Mix into a read-only (Model)Serializer; see the module docstring."""

    _row_plans: dict[type, list[Step]] = {}
    _row_shapers: dict[type, Callable[[dict, dt.tzinfo], dict]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        meta = cls.__dict__.get("Meta")
        if meta is not None and not hasattr(meta, "list_serializer_class"):
            meta.list_serializer_class = FastRowsList

    @classmethod
    def row_lookups(cls) -> list[str]:
        """What to pass to `.values()`: every column the plan reads."""
        return list(
            dict.fromkeys(key for _n, key, _c, kind in cls._plan() if kind in (_COLUMN, _DATETIME))
        )

    @classmethod
    def _plan(cls) -> list[Step]:
        plan = FastRowsMixin._row_plans.get(cls)
        if plan is None:
            plan = [_step(name, field) for name, field in cls().fields.items()]  # type: ignore[attr-defined]
            FastRowsMixin._row_plans[cls] = plan
        return plan

    @classmethod
    def _shaper(cls) -> Callable[[dict, dt.tzinfo], dict]:
        shaper = FastRowsMixin._row_shapers.get(cls)
        if shaper is None:
            shaper = FastRowsMixin._row_shapers[cls] = _generate_shaper(cls._plan(), cls.__name__)
        return shaper

    def to_representation(self, instance: Any) -> Any:
        if not isinstance(instance, dict):
            return super().to_representation(instance)  # type: ignore[misc]
        return self._shaper()(instance, timezone.get_current_timezone())


def _generate_shaper(plan: list[Step], name: str) -> Callable[[dict, dt.tzinfo], dict]:
    """Python source for `shape(row, zone)`, one dict display with an entry per field.

    Following the plan step by step cost about 8 µs a row (a loop, a tuple unpacking and
    a branch per field); one generated expression does the same work in about a third of
    that, which is a few tenths of a millisecond on a page of 50. Names and keys come from
    the serializer's declaration and go in through repr(); converters are passed in as
    globals (c0, c1, …), never as source.
    """
    names: dict[str, Any] = {"iso": _iso_datetime, "RowView": RowView}
    entries = []
    needs_view = False
    for i, (out, key, convert, kind) in enumerate(plan):
        if kind == _METHOD:
            names[f"c{i}"] = convert
            entries.append(f"{out!r}: c{i}(view)")
            needs_view = True
        elif kind == _DATETIME:
            entries.append(f"{out!r}: None if (v := row[{key!r}]) is None else iso(v, zone)")
        elif kind == _NESTED:
            names[f"c{i}"] = convert
            entries.append(f"{out!r}: None if (v := row[{key!r}]) is None else c{i}(v, zone)")
        elif convert is _copy:
            entries.append(f"{out!r}: row[{key!r}]")  # None stays None
        else:
            names[f"c{i}"] = convert
            entries.append(f"{out!r}: None if (v := row[{key!r}]) is None else c{i}(v)")
    body = ",\n        ".join(entries)
    source = (
        "def shape(row, zone):\n"
        + ("    view = RowView(row)\n" if needs_view else "")
        + f"    return {{\n        {body},\n    }}\n"
    )
    exec(compile(source, f"<row shaper of {name}>", "exec"), names)
    return names["shape"]


def _step(name: str, field: Any) -> Step:
    if getattr(field, "write_only", False):
        raise TypeError(f"{name}: FastRowsMixin is for read-only serializers")
    if isinstance(field, serializers.ListSerializer):
        if not isinstance(field.child, FastRowsMixin):
            raise TypeError(f"{name}: nested serializers must use FastRowsMixin too")
        child = type(field.child)
        return (
            name,
            field.source,
            lambda rows, zone: [child._shaper()(row, zone) for row in rows],
            _NESTED,
        )
    if isinstance(field, serializers.SerializerMethodField):
        # Bound to the prototype serializer the plan was built from: such methods must
        # read only the row they are given.
        return name, "", getattr(field.parent, field.method_name), _METHOD
    if isinstance(field, _COPIED):
        return name, _lookup(field), _copy, _COLUMN
    if (
        isinstance(field, serializers.DateTimeField)
        and getattr(field, "format", api_settings.DATETIME_FORMAT).lower() == ISO_8601
        and not hasattr(field, "timezone")
        and settings.USE_TZ
    ):
        return name, _lookup(field), _copy, _DATETIME
    return name, _lookup(field), field.to_representation, _COLUMN
