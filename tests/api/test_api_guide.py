"""Every curl example in docs/api.md runs against a live server and answers as documented."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from django.conf import settings

from claims.models import Claim
from core.services import token_issue
from tests.factories import AppearanceFactory, ArticleFactory, ClaimFactory, role_group

GUIDE = settings.BASE_DIR / "docs" / "api.md"
BLOCK = re.compile(r"```sh\n(.*?)```", re.S)
# Prints the status code on the last line of output, whatever the example asks curl for.
CURL = 'curl() { command curl -sS -o /dev/null -w "%{http_code}" "$@"; }\n'


def examples() -> list[tuple[int, str]]:
    found = []
    for block in BLOCK.findall(GUIDE.read_text()):
        match = re.match(r"# expect: (\d{3})\n", block)
        if match:
            found.append((int(match.group(1)), block[match.end() :]))
    return found


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.django_db(transaction=True)
def test_the_api_guide_examples_answer_as_documented(live_server):
    cases = examples()
    assert len(cases) >= 12, "the guide lost its examples"
    for role in ("reviewer", "editor"):
        role_group(role)
    reviewer = token_issue(username="alice", role="reviewer")
    editor = token_issue(username="bob", role="editor")
    claim = ClaimFactory(status="in_review", assignee=reviewer.token.user)
    article = AppearanceFactory(claim=claim, article=ArticleFactory()).article
    env = {
        **os.environ,
        "BASE": live_server.url,
        "TOKEN": reviewer.key,
        "EDITOR_TOKEN": editor.key,
        "CLAIM": str(claim.pk),
        "ARTICLE": str(article.pk),
    }
    for expected, script in cases:
        result = subprocess.run(
            ["bash", "-c", CURL + script], env=env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0, (script, result.stderr)
        assert result.stdout.strip()[-3:] == str(expected), (script, result.stdout)
    claim.refresh_from_db()
    assert claim.status == Claim.Status.PUBLISHED and claim.verdict == "false"
