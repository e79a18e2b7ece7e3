"""An administrator revokes a leaked API key from the admin, in a real Chromium."""

from __future__ import annotations

import urllib.error
import urllib.request

from django.contrib.auth import get_user_model
from django.db import connections

from core.services import token_issue
from tests.e2e.helpers import BROWSER_TEST, PASSWORD, log_in, shot

pytestmark = BROWSER_TEST


def _api_status(live_server, key: str) -> int:
    request = urllib.request.Request(
        f"{live_server.url}/api/v1/users/me/", headers={"Authorization": f"Token {key}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_admin_revokes_a_leaked_key(browser, live_server):
    try:
        _revoke_from_the_admin(browser, live_server)
    finally:
        connections.close_all()  # see test_admin_review


def _revoke_from_the_admin(browser, live_server):
    get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    leaked = token_issue(username="kim", name="leaked bot")
    kept = token_issue(username="lee", name="newsroom bot")
    assert _api_status(live_server, leaked.key) == 200

    page = log_in(browser, live_server, "root")
    page.goto(f"{live_server.url}/admin/core/apitoken/")
    row = page.locator("#result_list tbody tr", has_text="leaked bot")
    assert leaked.key[:8] in row.inner_text()
    assert leaked.key not in page.content()  # only the prefix is ever shown
    row.locator("input.action-select").check()
    page.select_option("select[name=action]", "revoke")
    shot(page, "api-keys-01-selected")
    page.click("button[name=index]")
    page.wait_for_selector(".messagelist .success")
    assert "1 key revoked." in page.inner_text(".messagelist")
    shot(page, "api-keys-02-revoked")

    assert _api_status(live_server, leaked.key) == 401
    assert _api_status(live_server, kept.key) == 200
    page.goto(f"{live_server.url}/admin/core/apitoken/?state=live")
    assert "newsroom bot" in page.content() and "leaked bot" not in page.content()
    page.context.close()
