"""`.values()` querysets compiled to SQL once and re-run with a new value.

The claim detail (returned by GET, after every write and on each lease) is four small
queries keyed by one claim id. Building each with the ORM, resolving lookups, joins and
ordering and then compiling the SQL, took about a millisecond and a half in all, more than
the four queries take in PostgreSQL. A CompiledValues builds its queryset once, with a
marker where the caller's value goes, keeps the SQL and the compiler's converters, and
then only swaps the value in, runs the SQL and converts the rows as `.values()` would.

Compiled SQL is kept on the connection object: Django gives each thread its own, and the
converters it keeps belong to it. The statement text is then identical on every call, so
psycopg prepares it (settings: server_side_binding).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet

# An id no row can have (ids are positive): marks the parameter that takes the value.
_MARKER = -7_314_159_265_358


class CompiledValues:
    def __init__(self, build: Callable[[Any], QuerySet]) -> None:
        """`build(value)` returns the `.values()` queryset for one value."""
        self.build = build

    def _compile(self, connection) -> tuple:
        queryset = self.build(_MARKER)
        query = queryset.query
        compiler = query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        slots = [i for i, param in enumerate(params) if param == _MARKER]
        if not slots:
            raise ValueError("the queryset does not use the value it was built with")
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

    def rows(self, value: Any, *, using: str = DEFAULT_DB_ALIAS) -> list[dict[str, Any]]:
        connection = connections[using]
        cache = connection.__dict__.setdefault("_compiled_values", {})
        entry = cache.get(self)
        if entry is None:
            entry = cache[self] = self._compile(connection)
        sql, template, slots, compiler, converters, names = entry
        params = list(template)
        for slot in slots:
            params[slot] = value
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = compiler.apply_converters(rows, converters)
        return [dict(zip(names, row, strict=False)) for row in rows]
