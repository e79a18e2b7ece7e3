"""`.values()` querysets compiled to SQL once and re-run with new values.

The claim detail (returned by GET, after every write and on each lease) is four small
queries keyed by one claim id, and the claims list is one query whose values (the
filters, the cursor's position) change on every request while its form rarely does.
Building such a query with the ORM, resolving lookups, joins and ordering and then
compiling the SQL, took longer than PostgreSQL takes to run it: a millisecond and a half
for the detail's four, over half a millisecond for a list page.

Used there and only there, behind one call each that views make without knowing the
trick: `claims.api.listing.claim_rows(view)` and `claims.api.detail.claim_detail_response`.
What it buys, by benchmarks/api.py (2026-12-04, 100,000 claims, a shared 2-core VM, three
runs each way taken in turns, medians): with the ORM building the same `.values()` queries
on every request instead, the list's API/SQL p50 went from 2.9x to 4.4x (p50 6.0 -> 8.6 ms)
and the detail's from 1.8x to 3.9x (4.4 -> 13.8 ms), both past their 3x target. The
latest full run is in docs/benchmarks.md ("API": list 2.5 ms, 2.56x its SQL at a million
claims). tests/api/test_claim_list_properties.py compares the compiled list with the plain
queryset on random filters, so a Django or psycopg change that moves a value shows there.

So a query is built once per *shape* with a marker in place of each value: a value of
the same type that no caller sends (an id below -7e12, a string with control characters,
a datetime in 1970's first second). The compiled SQL, its parameters, the positions where
the markers landed and the compiler's converters are kept; each later call with the same
shape swaps its values in, runs the SQL and converts the rows as `.values()` would.

The shape is whatever changes the SQL text: the caller's `shape` (booleans, enum-like
choices, ordering, page size, which filters are present) plus the number and types of the
values, which CompiledShapes adds itself. Values must reach the SQL as parameters,
unchanged or, for the pattern lookups (`contains`, `icontains`, `startswith`, ...), wrapped
and escaped as Django does; a value the queryset turns into anything else (or puts in the
SQL text) is refused when the shape is first compiled, with the value's name.

Compiled SQL is kept on the connection object: Django gives each thread its own, and the
converters it keeps belong to it. The statement text is then identical on every call, so
psycopg prepares it (settings: server_side_binding).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from decimal import Decimal
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet

# Compiled shapes kept per connection (about 30 KiB each, measured: the compiler holds the
# query); past this the cache starts again. Shapes include page sizes and cursor offsets,
# so a client could make many; a desk's own traffic uses a few dozen.
MAX_SHAPES = 128
_BASE = 7_314_159_265_358


def _marker(value: Any, k: int) -> Any:
    """The k-th marker of value's type (see the module docstring)."""
    if isinstance(value, bool):
        raise TypeError("booleans change the SQL (IS NULL / IS NOT NULL): pass them in shape")
    if isinstance(value, int):
        return -_BASE - k
    if isinstance(value, float):
        return -_BASE - k - 0.25
    if isinstance(value, Decimal):
        return Decimal(-_BASE - k) - Decimal("0.25")
    if isinstance(value, str):
        return f"\x1e{k}\x1f"  # no LIKE wildcard or escape character in it
    if isinstance(value, dt.datetime):
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=_BASE % 10**6 + k)
    if isinstance(value, dt.date):
        return dt.date(1, 1, 1) + dt.timedelta(days=k)
    raise TypeError(f"cannot stand a marker in for {type(value).__name__}: pass ids, not objects")


def _patterns(marker: str) -> tuple[str, ...]:
    """How Django's pattern lookups (i)contains, (i)startswith, (i)endswith wrap a value."""
    return (f"%{marker}%", f"{marker}%", f"%{marker}")


def _leaves(values: dict[str, Any]) -> list[tuple[tuple[str, int | None], Any]]:
    """((name, index in its list or None), value) for every value, lists flattened."""
    leaves = []
    for name in sorted(values):
        value = values[name]
        if isinstance(value, list | tuple):
            leaves += [((name, i), item) for i, item in enumerate(value)]
        else:
            leaves.append(((name, None), value))
    return leaves


def _structure(values: dict[str, Any]) -> tuple:
    return tuple((path, type(value).__name__) for path, value in _leaves(values))


class CompiledShapes:
    def __init__(self, build: Callable[[Hashable, dict[str, Any]], QuerySet]) -> None:
        """`build(shape, values)` returns the `.values()` queryset for that shape and values."""
        self.build = build

    def rows(
        self, shape: Hashable, values: dict[str, Any], *, using: str = DEFAULT_DB_ALIAS
    ) -> list[dict[str, Any]]:
        connection = connections[using]
        cache = connection.__dict__.setdefault("_compiled_values", {})
        key = (self, shape, _structure(values))
        entry = cache.get(key)
        if entry is None:
            if len(cache) >= MAX_SHAPES:
                cache.clear()
            entry = cache[key] = self._compile(connection, shape, values)
        sql, template, slots, compiler, converters, names = entry
        params = list(template)
        leaves = _leaves(values)
        for index, leaf, pattern in slots:
            value = leaves[leaf][1]
            if pattern is None:
                params[index] = value
            else:  # a pattern lookup: the marker inside "%...%", escaped like the ORM does
                marker, wrapped = pattern
                params[index] = wrapped.replace(marker, connection.ops.prep_for_like_query(value))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = compiler.apply_converters(rows, converters)
        return [dict(zip(names, row, strict=False)) for row in rows]

    def _compile(self, connection, shape: Hashable, values: dict[str, Any]) -> tuple:
        leaves = _leaves(values)
        markers = [_marker(value, k) for k, (_path, value) in enumerate(leaves)]
        marked: dict[str, Any] = {}
        for ((name, index), _value), marker in zip(leaves, markers, strict=True):
            if index is None:
                marked[name] = marker
            else:
                marked.setdefault(name, []).append(marker)
        query = self.build(shape, marked).query
        compiler = query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        slots, found = [], set()
        for index, param in enumerate(params):
            for leaf, marker in enumerate(markers):
                if param == marker and type(param) is type(marker):
                    slots.append((index, leaf, None))
                elif isinstance(marker, str) and param in _patterns(marker):
                    slots.append((index, leaf, (marker, param)))
                else:
                    continue
                found.add(leaf)
        missing = [leaves[leaf][0] for leaf in range(len(leaves)) if leaf not in found]
        if missing:
            raise ValueError(
                f"the queryset does not use the values {missing} as SQL parameters (as they "
                "are, or escaped in a pattern lookup)"
            )
        fields = [column[0] for column in compiler.select[: compiler.col_count]]
        # As ValuesIterable names the columns.
        names = (
            list(query.selected)
            if query.selected
            else [
                *query.extra_select,
                *query.values_select,
                *query.annotation_select,
            ]
        )
        return sql, tuple(params), slots, compiler, compiler.get_converters(fields), names


class CompiledValues:
    """A CompiledShapes for a queryset keyed by one value (the claim detail's id)."""

    def __init__(self, build: Callable[[Any], QuerySet]) -> None:
        """`build(value)` returns the `.values()` queryset for one value."""
        self._shapes = CompiledShapes(lambda _shape, values: build(values["value"]))

    def rows(self, value: Any, *, using: str = DEFAULT_DB_ALIAS) -> list[dict[str, Any]]:
        return self._shapes.rows(None, {"value": value}, using=using)
