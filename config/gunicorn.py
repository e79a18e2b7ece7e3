"""gunicorn settings for the web process: `gunicorn -c config/gunicorn.py config.wsgi`.

Threaded workers (gthread) rather than sync ones: a sync worker closes the connection after
every response, so each API call paid a new TCP connection (a millisecond on loopback,
more across a network), and a worker waiting on PostgreSQL could serve nobody else. Each
thread keeps its own database connection (CONN_MAX_AGE), so workers x threads is the
most connections the web tier opens; keep it under PostgreSQL's max_connections.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# Seconds an idle client connection stays open. Longer than a load balancer's idle timeout
# (60 s is common), so the balancer, not gunicorn, closes idle connections: otherwise
# gunicorn may close one just as a request arrives on it and the client sees a reset. Seen
# at 5 s under the load benchmark (2 resets in 5,000 requests).
keepalive = 75
timeout = 60
