"""The embedded PostgreSQL (used when DATABASE_URL is unset) starts, serves and stops."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest

from core.embedded_postgres import ensure_running, stop


@pytest.fixture
def scratch_dir():
    # Not pytest's tmp_path: the server runs as another user, and pytest keeps resetting
    # its own temp root to 0700 (a concurrent pytest run would lock the server out).
    path = Path(tempfile.mkdtemp(prefix="claims-embedded-pg-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.timeout(120)
def test_embedded_postgres_starts_serves_and_stops(scratch_dir: Path):
    pgdata = scratch_dir / "pgdata"
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
