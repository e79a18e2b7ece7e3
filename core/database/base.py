"""Django's PostgreSQL backend with a health check that costs a system call, not a query.

With CONN_HEALTH_CHECKS, Django checks a persistent connection before each request reuses
it by sending SELECT 1: a round trip on every API request, a tenth of a millisecond, as
long as the API-key lookup itself. A connection PostgreSQL has dropped (restart,
pg_terminate_backend, idle timeout) is told apart locally instead: the server sends a FATAL
message and closes the socket, so an idle connection whose socket has something to read is
dead. Only a connection that is not idle (inside a transaction) still gets the SELECT 1.

What this cannot see, a server that vanished without closing the socket, SELECT 1 could
not see quickly either: the request then fails on its first query and
core.middleware.DatabaseUnavailableMiddleware answers 503.
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base
from psycopg import pq


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        conn = self.connection
        if conn is None or conn.closed:
            return False
        if conn.info.transaction_status != pq.TransactionStatus.IDLE:
            return super().is_usable()
        try:
            poller = select.poll()
            poller.register(conn.fileno(), select.POLLIN | select.POLLERR | select.POLLHUP)
            # Anything waiting on an idle connection is the server's goodbye (or, rarely, a
            # notice): either way a fresh connection is the safe choice.
            return not poller.poll(0)
        except (OSError, ValueError):
            return False
