"""The Django side of the chaos harness, run as `python -m tests.chaos.driver CMD` in a
subprocess whose environment points at the chaos PostgreSQL and Redis (never the
machine's): setting up the editor and the webhook endpoint, ingesting articles through
`sources.services.article_ingest`, and the sweeps (what beat runs, every few seconds).

Each command prints one JSON line on stdout. Every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time


def _setup_django() -> None:
    import django

    django.setup()


def _retrying(fn, *, attempts: int = 60, pause: float = 0.5):
    """Run `fn` again while the database is unavailable (a fault the harness injected)."""
    from django.db import InterfaceError, OperationalError, close_old_connections

    for attempt in range(attempts):
        try:
            return fn()
        except (OperationalError, InterfaceError):
            if attempt == attempts - 1:
                raise
            close_old_connections()
            time.sleep(pause)
    return None


def cmd_setup(args: argparse.Namespace) -> dict:
    from django.contrib.auth import get_user_model

    from core.services import token_issue
    from notifications.services import webhook_endpoint_create

    issued = token_issue(username="chaos-editor", role="editor", name="chaos harness")
    editor = get_user_model().objects.get(username="chaos-editor")
    endpoint, _secret = webhook_endpoint_create(
        actor=editor, url=args.receiver_url, events=["claim.queued"], secret=args.secret
    )
    return {"token": issued.key, "endpoint_id": endpoint.pk}


def cmd_ingest(args: argparse.Namespace) -> dict:
    from sources.services import article_ingest
    from tests.chaos.articles import article_text

    created = 0
    for index in range(args.start, args.start + args.count):
        language, text = article_text(index)

        def one(text=text, language=language) -> bool:
            return article_ingest(text=text, language=language, title="chaos").created

        created += bool(_retrying(one))
    return {"created": created}


def cmd_sweep_loop(args: argparse.Namespace) -> dict:
    """Beat's job, shortened: the sweeps every `interval` seconds until the stop file
    appears. Failures (database or Redis down) are printed and the next round tries again."""
    from pathlib import Path

    from django.db import close_old_connections

    from claims.services import extraction_requeue_stale
    from notifications.services import notifications_sweep

    stop = Path(args.stop_file)
    deadline = time.monotonic() + args.max_seconds
    rounds = errors = 0
    while not stop.exists() and time.monotonic() < deadline:
        close_old_connections()
        try:
            requeued = extraction_requeue_stale()
            swept = notifications_sweep()
            if requeued or any(swept.values()):
                print(json.dumps({"requeued": requeued, **swept}), file=sys.stderr, flush=True)
        except Exception as exc:  # the faults are the point: report and go on
            errors += 1
            print(f"sweep failed: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        rounds += 1
        time.sleep(args.interval)
    return {"rounds": rounds, "errors": errors}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    setup = sub.add_parser("setup")
    setup.add_argument("--receiver-url", required=True)
    setup.add_argument("--secret", required=True)
    ingest = sub.add_parser("ingest")
    ingest.add_argument("--start", type=int, required=True)
    ingest.add_argument("--count", type=int, required=True)
    sweep = sub.add_parser("sweep-loop")
    sweep.add_argument("--interval", type=float, default=2.0)
    sweep.add_argument("--stop-file", required=True)
    sweep.add_argument("--max-seconds", type=float, default=600)
    args = parser.parse_args(argv)
    _setup_django()
    handler = {"setup": cmd_setup, "ingest": cmd_ingest, "sweep-loop": cmd_sweep_loop}[args.cmd]
    print(json.dumps(handler(args)), flush=True)


if __name__ == "__main__":
    main()
