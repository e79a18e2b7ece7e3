"""core.database: the health check tells a dropped connection from a live one without
sending a query, and a request after a drop gets a fresh connection, not an error."""

from __future__ import annotations

import time

import psycopg
import pytest
from django.db import close_old_connections, connection

pytestmark = pytest.mark.django_db(transaction=True)


def _backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _other_connection() -> psycopg.Connection:
    s = connection.settings_dict
    conninfo = psycopg.conninfo.make_conninfo(
        dbname=s["NAME"], user=s["USER"], host=s["HOST"], port=s["PORT"], password=s["PASSWORD"]
    )
    return psycopg.connect(conninfo, autocommit=True)


def _terminate(pid: int) -> None:
    with _other_connection() as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])


def test_a_live_idle_connection_is_usable_without_a_query():
    pid = _backend_pid()
    assert connection.is_usable() is True
    # PostgreSQL's own record of the last statement our connection sent: still ours.
    with _other_connection() as other:
        last = other.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", [pid])
        assert last.fetchone()[0] == "SELECT pg_backend_pid()"


def test_a_terminated_connection_is_seen_and_replaced_before_the_next_request():
    old = _backend_pid()
    _terminate(old)
    deadline = time.monotonic() + 5
    while connection.is_usable() and time.monotonic() < deadline:
        time.sleep(0.02)  # the server's goodbye takes a moment to arrive
    assert connection.is_usable() is False
    # What Django does between requests (request_started / request_finished).
    close_old_connections()
    assert _backend_pid() != old


def test_settings_use_it_with_server_side_binding():
    from django.conf import settings

    database = settings.DATABASES["default"]
    assert database["ENGINE"] == "core.database"
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["OPTIONS"]["server_side_binding"] is True


def test_timestamps_are_read_by_the_fast_loader_as_djangos_own_reads_them():
    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg.pq import Format

    texts = [
        "2026-11-25 01:56:03.768616+00",
        "2026-03-29 01:30:00+02",  # another offset: same instant, Django's tzinfo
        "2024-02-29 23:59:59.999999+00",
        "1850-03-01 12:00:00+00",
        "0001-01-01 00:00:00+00",
        "9999-12-31 23:59:59.999999+00",
    ]
    sql = "SELECT unnest(%s::text[])::timestamptz"
    with connection.cursor() as cursor:
        loader = cursor.cursor.adapters.get_loader(
            psycopg.adapters.types["timestamptz"].oid, Format.TEXT
        )
        assert loader.__name__ == "FastTzLoader" and loader.timezone == connection.timezone
        cursor.execute(sql, [texts])
        fast = [row[0] for row in cursor.fetchall()]
        register_tzloader(connection.timezone, cursor.cursor)  # Django's own, on this cursor
        cursor.execute(sql, [texts])
        django = [row[0] for row in cursor.fetchall()]
    assert fast == django
    assert [value.tzinfo for value in fast] == [value.tzinfo for value in django]
    assert fast[1].isoformat() == "2026-03-28T23:30:00+00:00"
