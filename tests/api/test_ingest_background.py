"""Issue #19, item 10: with no broker, the demo's web server extracts on a background
thread, so POST /articles/ answers 202 at once with the article `pending`; commands and the
test suite still run tasks inline. Real parts throughout: the API, Celery's eager mode, the
project's Task class, core.background's thread and the extractor."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest
from django.test import override_settings

from config.celery import app
from core import background
from sources.models import Article
from tests import worker

TEXT = (
    "date 2024-03-12 Le ministre, Jean Dupont, a déclaré que le chômage avait baissé "
    "de 12 % en un an."
)

released = threading.Event()
started = threading.Event()


@app.task(name="tests.api.hold_background_thread")
def hold_background_thread() -> None:
    """Keeps the background thread busy until the test releases it."""
    started.set()
    released.wait(30)


@pytest.fixture
def background_thread():
    released.clear()
    started.clear()
    with override_settings(EAGER_TASKS_IN_BACKGROUND=True):
        yield
    released.set()
    # The thread must be gone (and its connection closed) before the database is flushed.
    assert background.stop(timeout=60), "the background thread did not finish its tasks"


@pytest.mark.django_db(transaction=True)
def test_ingest_answers_202_pending_and_the_background_thread_extracts(background_thread, editor):
    assert app.conf.task_always_eager
    hold_background_thread.delay()
    assert started.wait(10), "the background thread never ran the holding task"

    began = time.monotonic()
    response = editor.post("/api/v1/articles/", {"text": TEXT}, format="json")
    answered_in = time.monotonic() - began
    assert response.status_code == 202, response.content
    assert response.json()["extraction_state"] == "pending"
    article_id = response.json()["id"]
    # Nothing ran in the request: the thread is still held, the row still pending.
    assert Article.objects.get(pk=article_id).extraction_state == "pending"
    assert editor.get(f"/api/v1/articles/{article_id}/").json()["extraction_state"] == "pending"
    assert answered_in < 5, f"the POST took {answered_in:.1f} s"

    released.set()
    released_at = time.monotonic()
    deadline = released_at + 60
    while True:
        body = editor.get(f"/api/v1/articles/{article_id}/").json()
        if body["extraction_state"] not in ("pending", "extracting"):
            break
        assert time.monotonic() < deadline, f"still {body['extraction_state']} after 60 s"
        time.sleep(0.1)
    assert body["extraction_state"] == "done", body
    print(
        f"POST answered in {answered_in:.2f} s; done {time.monotonic() - released_at:.1f} s later"
    )
    assert body["claims"], "the article was extracted without claims"
    assert any("chômage" in claim["statement"] for claim in body["claims"]), body["claims"]


@pytest.mark.django_db(transaction=True)
def test_the_test_suite_runs_tasks_inline(editor):
    from django.conf import settings

    assert settings.EAGER_TASKS_IN_BACKGROUND is False
    response = editor.post("/api/v1/articles/", {"text": TEXT}, format="json")
    assert response.status_code == 202
    assert response.json()["extraction_state"] == "done"


@pytest.mark.django_db(transaction=True)
def test_management_commands_run_tasks_inline(tmp_path):
    """A command under the demo's settings (no broker, the variable unset) ends with its
    articles extracted: manage.py turns the background thread on for runserver only."""
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "EAGER_TASKS_IN_BACKGROUND")
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DATABASE_URL": worker.test_database_url(),
        "DEBUG": "false",
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "ingest", str(path)],
        cwd=worker.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    article = Article.objects.get()
    assert article.extraction_state == "done", (article.extraction_state, done.stdout)
    assert article.appearances.exists()


@pytest.mark.django_db(transaction=True)
def test_the_web_servers_thread_first_sweeps_what_a_previous_process_left(background_thread):
    """runserver reloading (or stopping) with an extraction queued loses only the message:
    the row is still `pending`, and the thread config/wsgi.py starts sweeps it up."""
    from django.utils import timezone

    from tests.factories import ArticleFactory

    left = ArticleFactory(extraction_state="pending")
    long_ago = timezone.now() - timezone.timedelta(hours=1)
    Article.objects.filter(pk=left.pk).update(updated_at=long_ago)
    released.set()

    background.start()

    deadline = time.monotonic() + 60
    while Article.objects.get(pk=left.pk).extraction_state in ("pending", "extracting"):
        assert time.monotonic() < deadline, "the startup sweep did not extract the article"
        time.sleep(0.1)
    assert Article.objects.get(pk=left.pk).extraction_state == "done"
    assert left.appearances.exists()
