"""The embedded PostgreSQL (used when DATABASE_URL is unset) starts, serves and stops."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from config.embedded_postgres import ensure_running, stop


@pytest.mark.timeout(120)
def test_embedded_postgres_starts_serves_and_stops(tmp_path: Path):
    pgdata = tmp_path / "pgdata"
    db = ensure_running(pgdata, "claims_probe")
    try:
        with psycopg.connect(
            host=db.socket_dir, port=db.port, user="postgres", dbname="claims_probe"
        ) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            similarity = conn.execute("SELECT similarity(unaccent('Élysée'), 'Elysee')").fetchone()
            assert similarity is not None and similarity[0] == pytest.approx(1.0)
        # A second call finds the running server and the existing database.
        assert ensure_running(pgdata, "claims_probe").socket_dir == db.socket_dir
    finally:
        assert stop(pgdata) is True
    assert stop(pgdata) is False  # nothing left running
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(
            host=db.socket_dir,
            port=db.port,
            user="postgres",
            dbname="claims_probe",
            connect_timeout=2,
        )
